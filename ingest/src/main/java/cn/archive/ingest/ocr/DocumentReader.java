package cn.archive.ingest.ocr;

import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.intake.RejectedFileException.Reason;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Reads a document's text page by page (读取文本): images and multi-page TIFFs are OCR'd; a PDF
 * page with text of its own (born-digital) keeps that text, a scanned PDF page is rendered and
 * OCR'd. Only one page image is in memory at a time, so a 500-page scan keeps the heap flat.
 */
public final class DocumentReader {

    /** A page with fewer visible characters than this is treated as a scan. */
    private static final int MIN_BORN_DIGITAL_CHARS = 10;

    private final OcrEnginePool engines;
    private final Duration parseTimeout;
    private final ExecutorService parser = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pdf-text");
        t.setDaemon(true);
        return t;
    });
    // Scanned PDF pages are read on these while the file's own thread renders the next page: one
    // thread per engine, kept, so Tesseract's native memory stays with the same few threads.
    private final ExecutorService pageReaders;

    public DocumentReader(OcrEnginePool engines) {
        this(engines, Duration.ofSeconds(120));
    }

    /** @param parseTimeout longest time reading a PDF's own text may take before the file fails */
    public DocumentReader(OcrEnginePool engines, Duration parseTimeout) {
        this.engines = engines;
        this.parseTimeout = parseTimeout;
        this.pageReaders = Executors.newFixedThreadPool(Math.max(1, engines.size()), r -> {
            Thread t = new Thread(r, "pdf-page-ocr");
            t.setDaemon(true);
            return t;
        });
    }

    /** What was read from a whole document. */
    public record ReadResult(List<OcrPage> pages) {

        public String text() {
            return String.join("\f", pages.stream().map(OcrPage::text).toList());
        }

        /** Mean confidence over pages, weighted by their text length. */
        public double confidence() {
            double weighted = 0;
            long chars = 0;
            for (OcrPage p : pages) {
                int n = p.text().strip().length();
                weighted += p.confidence() * n;
                chars += n;
            }
            return chars == 0 ? 0.0 : weighted / chars;
        }
    }

    public ReadResult read(Path file, String mediaType) throws RejectedFileException, OcrException, IOException {
        return read(file, mediaType, FieldRegions.NONE);
    }

    /**
     * Reads the document and, on each OCR'd page, the {@code regions} extraction asks for again on
     * their own (see {@link TesseractEngine#recognise(BufferedImage, FieldRegions)}), while that
     * page's image is still in memory: the image is gone once its page is read, as before.
     * Born-digital PDF pages have no image and are not read again.
     */
    public ReadResult read(Path file, String mediaType, FieldRegions regions)
            throws RejectedFileException, OcrException, IOException {
        return switch (mediaType) {
            case "application/pdf" -> readPdf(file, regions);
            case "image/jpeg", "image/png", "image/tiff" -> readImage(file, mediaType, regions);
            default -> throw new RejectedFileException(Reason.UNSUPPORTED_TYPE, "cannot read " + mediaType);
        };
    }

    private ReadResult readImage(Path file, String mediaType, FieldRegions regions) throws RejectedFileException, OcrException, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new RejectedFileException(Reason.UNREADABLE, "no image decoder accepts this " + mediaType
                        + " file; it may be damaged or truncated");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                // A truncated JPEG decodes "successfully" into a half-gray page; the decoder only warns.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                int count = reader.getNumImages(true);
                List<OcrPage> pages = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    checkPixels(reader.getWidth(i), reader.getHeight(i), i + 1);
                    long t = System.nanoTime();
                    // A colour JPEG is read as its luma, gray already (see JpegGray); anything else as stored.
                    BufferedImage page = JpegGray.applies(reader, i) ? JpegGray.read(reader, i) : reader.read(i);
                    StageTimes.since("decode", t);
                    if (!warnings.isEmpty()) {
                        throw new RejectedFileException(Reason.UNREADABLE, "page " + (i + 1) + " of the image is "
                                + "damaged or truncated (" + warnings.get(0) + "): scan it again");
                    }
                    pages.add(engines.withEngine(e -> recognise(e, page, regions)));
                }
                return new ReadResult(pages);
            } catch (IOException | RuntimeException e) {
                throw new RejectedFileException(Reason.UNREADABLE, "the image could not be decoded ("
                        + e.getMessage() + "); it may be damaged or truncated: scan it again", e);
            } finally {
                reader.dispose();
            }
        }
    }

    private ReadResult readPdf(Path file, FieldRegions regions) throws RejectedFileException, OcrException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            if (form != null && form.hasXFA()) {
                // An XFA form's content lives in an XML packet that no renderer here shows, and XML from
                // a stranger is where external-entity attacks hide: refuse it rather than index a blank.
                throw new RejectedFileException(Reason.UNREADABLE, "the PDF is an XFA form, whose content the archive "
                        + "cannot render; print it to a plain PDF and ingest that");
            }
            List<String> texts = ownText(file);
            PDFRenderer renderer = new PDFRenderer(pdf);
            int dpi = engines.settings().dpi();
            // A long scan's pages are spread over the engines (one engine reading a 300-page scan page
            // after page leaves the other cores idle), at most one rendered page waiting per engine, so
            // memory holds a few page images however long the document is. Pages stay in order.
            List<Future<OcrPage>> pages = new ArrayList<>(pdf.getNumberOfPages());
            Deque<Future<OcrPage>> inFlight = new ArrayDeque<>();
            try {
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    String own = i < texts.size() ? texts.get(i) : "";
                    if (own.replaceAll("\\s", "").length() >= MIN_BORN_DIGITAL_CHARS) {
                        pages.add(CompletableFuture.completedFuture(OcrPage.bornDigital(own)));
                        continue;
                    }
                    var box = pdf.getPage(i).getMediaBox();
                    checkPixels(Math.round(box.getWidth() / 72f * dpi), Math.round(box.getHeight() / 72f * dpi), i + 1);
                    while (inFlight.size() >= Math.max(1, engines.size())) {
                        awaitPage(inFlight.removeFirst());
                    }
                    BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                    Future<OcrPage> page = pageReaders.submit(() -> engines.withEngine(e -> recognise(e, image, regions)));
                    pages.add(page);
                    inFlight.addLast(page);
                }
                List<OcrPage> read = new ArrayList<>(pages.size());
                for (Future<OcrPage> page : pages) {
                    read.add(awaitPage(page));
                }
                return new ReadResult(read);
            } finally {
                pages.forEach(p -> p.cancel(false)); // a failed page fails the file: its later pages are not read
            }
        } catch (InvalidPasswordException e) {
            throw encrypted(e);
        } catch (IOException e) {
            throw new RejectedFileException(Reason.UNREADABLE, "the PDF could not be opened (" + e.getMessage()
                    + "); it may be damaged: export or scan it again", e);
        }
    }

    /** A page read on another thread, its failure thrown here as it would have been by reading it here. */
    private static OcrPage awaitPage(Future<OcrPage> page) throws OcrException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while a page of the PDF was being read");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcrException ocr) {
                throw ocr;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new OcrException("a page of the PDF could not be read: " + cause.getMessage());
        }
    }

    private static OcrPage recognise(TesseractEngine engine, BufferedImage page, FieldRegions regions)
            throws OcrException {
        return regions == FieldRegions.NONE ? engine.recognise(page) : engine.recognise(page, regions);
    }

    /** The PDF's own text per page through Tika, given up after the parse timeout (a parser can loop on a crafted file). */
    private List<String> ownText(Path file) throws RejectedFileException {
        Future<List<String>> parse = parser.submit(() -> TikaPdfText.pages(file));
        try {
            return parse.get(parseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new RejectedFileException(Reason.UNREADABLE, "reading the PDF's text took longer than "
                    + parseTimeout.toSeconds() + " s and was stopped; the file may be crafted or damaged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedFileException(Reason.UNREADABLE, "interrupted while reading the PDF's text", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidPasswordException || String.valueOf(cause.getMessage()).contains("password")) {
                throw encrypted(cause);
            }
            throw new RejectedFileException(Reason.UNREADABLE, "the PDF could not be parsed (" + cause.getMessage()
                    + "); it may be damaged: export or scan it again", cause);
        }
    }

    private static RejectedFileException encrypted(Throwable cause) {
        return new RejectedFileException(Reason.UNREADABLE, "the PDF is encrypted with a password; "
                + "save an unprotected copy and ingest that", cause);
    }

    private void checkPixels(long width, long height, int page) throws RejectedFileException {
        long max = engines.settings().maxPixels();
        if (width <= 0 || height <= 0 || width * height > max) {
            throw new RejectedFileException(Reason.TOO_LARGE, "page " + page + " claims " + width + "×" + height
                    + " pixels, more than the limit of " + max + "; rescan at 300 dpi");
        }
    }
}
