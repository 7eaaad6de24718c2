package cn.archive.ingest.ocr;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A measurement for choosing {@link TesseractEngine#EMAIL_HEIGHT}, not a product path: reads each
 * e-mail box of a cached OCR run again on the prepared page image (rebuilt as {@link TesseractEngine}
 * prepares it) as the pipeline does, twice its size, scaled to 40..80 px tall, and scaled to 60 px and made
 * black and white at Otsu's threshold ("bin60": a third opinion tried for boxes whose readings disagree), and prints every
 * reading against the truth, then how many of each were right. FILES_DIR holds the corpus files with
 * their truth ({@code ExtractionBench --keep}), CACHE_DIR the pages of {@code ExtractionBench --ocr-cache};
 * the "as-is" column reproduces the cache's own re-reading. Usage (test classpath, OMP_THREAD_LIMIT=1):
 * {@code EmailRereadExperiment FILES_DIR CACHE_DIR [INDEX…]} (INDEX: 4-digit file indexes to read only those).
 */
public final class EmailRereadExperiment {

    private EmailRereadExperiment() {
    }

    public static void main(String[] args) throws Exception {
        Path files = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        java.util.Set<String> only = new java.util.HashSet<>(List.of(args).subList(2, args.length));
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        Map<String, int[]> score = new LinkedHashMap<>();
        try (LineReader eng = new LineReader(settings, "eng")) {
            eachEmailBox(files, cache, only, settings, (name, truth, page, prepared, box) -> {
                String cached = page.rereads().stream().filter(r -> r.field().equals(box.field()) && r.row() == box.row())
                        .map(FieldReading::text).findFirst().orElse("?");
                Map<String, FieldReading> readings = new LinkedHashMap<>();
                readings.put("as-is", eng.read(prepared, box));
                readings.put("x2", scaled(eng, prepared, box, 2.0));
                int xh = box.height();
                for (int target : new int[] {40, 50, 60, 70, 80}) {
                    readings.put("h" + target, scaled(eng, prepared, box, (double) target / Math.max(1, xh)));
                }
                readings.put("bin60", binarised(eng, prepared, box, 60.0 / Math.max(1, xh)));
                StringBuilder line = new StringBuilder(String.format("%s %s cached=%s", name.substring(0, 11), truth, cached));
                for (var e : readings.entrySet()) {
                    String t = norm(e.getValue().text());
                    boolean ok = t.equals(truth);
                    score.computeIfAbsent(e.getKey(), k -> new int[2])[ok ? 0 : 1]++;
                    line.append(String.format("  %s:%s%s(%.2f)", e.getKey(), ok ? "+" : "-", t, e.getValue().confidence()));
                }
                System.out.println(line + "  h=" + box.height());
            });
        }
        score.forEach((k, v) -> System.out.printf("%s right %d of %d%n", k, v[0], v[0] + v[1]));
    }

    /** What a measurement does with one e-mail box of a cached OCR run. */
    interface EmailBox {
        /**
         * @param name     the corpus file's name
         * @param truth    the address printed on it
         * @param page     the cached page the box is on
         * @param prepared that page's image as {@link TesseractEngine} prepares it
         * @param box      the box {@code FieldRereads} asks for on that page
         */
        void read(String name, String truth, OcrPage page, BufferedImage prepared, FieldRegion box) throws Exception;
    }

    /**
     * Every e-mail box the pipeline would read again on the pages of a cached run ({@code cache}) of the corpus files
     * in {@code files} with an address in their truth, those of the 4-digit indexes {@code only} where it is not
     * empty, each on its page rebuilt as {@link #prepared}.
     */
    static void eachEmailBox(Path files, Path cache, java.util.Set<String> only, OcrSettings settings, EmailBox visitor)
            throws Exception {
        FieldRegions regions = new FieldExtractor().rereadRegions();
        try (PageOrientation orientation = PageOrientation.load(settings.dataPath())) {
            for (Path json : cachedPages(cache)) {
                String name = json.getFileName().toString().replace(".pages.json", "");
                if (!only.isEmpty() && !only.contains(name.substring(7, 11))) {
                    continue;
                }
                JsonNode truthNode = RecordJson.mapper().readTree(files.resolve(name + ".json").toFile());
                String truth = truthNode.path("customer").path("email").asText(null);
                int rotation = truthNode.path("scan").path("rotation").asInt(0);
                if (truth == null) {
                    continue;
                }
                List<OcrPage> pages = RecordJson.mapper().readValue(json.toFile(), new TypeReference<List<OcrPage>>() { });
                List<BufferedImage> images = null;
                for (int i = 0; i < pages.size(); i++) {
                    OcrPage page = pages.get(i);
                    List<FieldRegion> boxes = regions.of(page).stream().filter(r -> r.field().equals("customer.email")).toList();
                    if (boxes.isEmpty()) {
                        continue;
                    }
                    if (images == null) {
                        images = images(files.resolve(name), settings.dpi());
                    }
                    BufferedImage prepared = prepared(images.get(i), rotation, orientation, settings);
                    for (FieldRegion box : boxes) {
                        visitor.read(name, truth, page, prepared, box);
                    }
                }
            }
        }
    }

    /** The page files of a cached OCR run ({@code ExtractionBench --ocr-cache}), in name order. */
    static List<Path> cachedPages(Path cache) throws java.io.IOException {
        try (var s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".pages.json")).sorted().toList();
        }
    }

    /** A scanned page as {@link TesseractEngine} prepares it: turned upright (if fed turned), straightened, rules erased. */
    static BufferedImage prepared(BufferedImage image, int rotation, PageOrientation orientation, OcrSettings settings) {
        BufferedImage gray = PageImages.gray(image);
        if (rotation != 0) {
            gray = PageImages.quarterTurn(gray, orientation.clockwiseTurn(gray, settings.dpi()));
        }
        BufferedImage prepared = Deskew.straighten(gray);
        if (prepared == gray) {
            prepared = PageImages.copy(gray);
        }
        RuledLines.erase(prepared);
        return prepared;
    }

    static String norm(String t) {
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("^[._-]+|[._-]+$", "");
    }

    /** The box cut out (left edge snapped as the reader would), scaled by {@code s}, read whole. */
    static FieldReading scaled(LineReader reader, BufferedImage page, FieldRegion box, double s) throws OcrException {
        return read(reader, scaledCrop(page, box, s), box);
    }

    private static BufferedImage scaledCrop(BufferedImage page, FieldRegion box, double s) {
        int y = Math.max(0, box.y());
        int h = Math.min(page.getHeight(), box.y() + box.height()) - y;
        int x = Math.max(0, LineReader.snapLeft(page, box, y, h));
        int w = Math.min(page.getWidth(), box.x() + box.width()) - x;
        BufferedImage crop = page.getSubimage(x, y, w, h);
        int sw = (int) Math.round(w * s);
        int sh = (int) Math.round(h * s);
        BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(crop, 0, 0, sw, sh, null);
        g.dispose();
        return out;
    }

    private static FieldReading read(LineReader reader, BufferedImage out, FieldRegion box) throws OcrException {
        return reader.read(out, new FieldRegion(box.field(), box.row(), 0, 0, out.getWidth(), out.getHeight(),
                box.characters(), 0, box.language()));
    }

    /** As {@link #scaled}, the scaled box then made black and white at Otsu's threshold. */
    static FieldReading binarised(LineReader reader, BufferedImage page, FieldRegion box, double s) throws OcrException {
        BufferedImage out = scaledCrop(page, box, s);
        byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int threshold = PageImages.threshold(px); // levels below it are ink
        for (int k = 0; k < px.length; k++) {
            px[k] = (px[k] & 0xff) < threshold ? 0 : (byte) 255;
        }
        return read(reader, out, box);
    }

    static List<BufferedImage> images(Path file, int dpi) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        if (file.toString().endsWith(".pdf")) {
            try (var pdf = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    out.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
                }
            }
            return out;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in, false, true);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                out.add(JpegGray.applies(reader, i) ? JpegGray.read(reader, i) : reader.read(i));
            }
            reader.dispose();
        }
        return out;
    }
}
