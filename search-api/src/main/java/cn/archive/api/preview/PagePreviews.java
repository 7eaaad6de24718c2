package cn.archive.api.preview;

import cn.archive.api.security.PageRedactor;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrException;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.store.DocumentStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Page previews, made once from the original on first request and kept in the object store beside
 * it as derived objects ({@code derived/<id>/page-<n>-<size>.png}): rebuildable, so losing them
 * costs only time. A redacted preview (for roles that may not see personal information) is the
 * screen-size page OCR'd again for word boxes, with every personal word blacked out, kept as its
 * own derived object; its thumbnail is made from the redacted page, never from the clear one.
 */
@Component
class PagePreviews {

    private final DocumentStore store;
    private final OcrEnginePool engines;

    PagePreviews(DocumentStore store, OcrEnginePool engines) {
        this.store = store;
        this.engines = engines;
    }

    static String key(String id, int page, PreviewSize size, boolean redacted) {
        return "derived/" + DocumentStore.requireId(id) + "/page-" + page + "-" + size.key()
                + (redacted ? "-redacted" : "") + ".png";
    }

    /** The PNG of a page, or empty when the document has no such page. Scope is checked by the caller. */
    Optional<byte[]> preview(ArchiveRecord record, int page, PreviewSize size, boolean redact) throws IOException {
        String id = record.id();
        if (page < 1 || (record.pages() != null && page > record.pages())) {
            return Optional.empty();
        }
        String key = key(id, page, size, redact);
        if (store.objects().stat(key).isPresent()) {
            try (InputStream in = store.objects().get(key)) {
                return Optional.of(in.readAllBytes());
            }
        }
        if (store.statOriginal(id).isEmpty()) {
            return Optional.empty();
        }
        byte[] png = redact ? renderRedacted(record, page, size) : render(record, page, size);
        if (png != null) {
            store.objects().put(key, png, "image/png");
        }
        return Optional.ofNullable(png);
    }

    private byte[] render(ArchiveRecord record, int page, PreviewSize size) throws IOException {
        BufferedImage image = image(record, page, size);
        return image == null ? null : PageRenderer.png(image);
    }

    /** OCR at screen size finds the words; the thumbnail is cut down from the redacted page. */
    private byte[] renderRedacted(ArchiveRecord record, int page, PreviewSize size) throws IOException {
        BufferedImage screen = image(record, page, PreviewSize.SCREEN);
        if (screen == null) {
            return null;
        }
        BufferedImage redacted;
        try {
            // OCR turns and straightens the page before it finds words: show the page it read, so
            // every box lies on its word.
            Read read = engines.withEngine(e -> {
                BufferedImage upright = e.upright(screen);
                return new Read(upright, e.recognise(upright).words());
            });
            redacted = PageRedactor.redact(read.page(), read.words(), record.customer());
        } catch (OcrException e) {
            // Without word boxes nothing can be redacted safely: refuse rather than show the page.
            throw new PreviewProblems.Unrenderable(record.id(), e);
        }
        return PageRenderer.png(size == PreviewSize.SCREEN ? redacted : PageRenderer.fit(redacted, size));
    }

    /** A page as OCR saw it, and the words it found there. */
    private record Read(BufferedImage page, List<OcrWord> words) {
    }

    private BufferedImage image(ArchiveRecord record, int page, PreviewSize size) throws IOException {
        // PDFBox and ImageIO read at random: the original goes to a temporary file, never whole into heap.
        Path tmp = Files.createTempFile("preview-", ".bin");
        try {
            try (InputStream in = store.openOriginal(record.id())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return PageRenderer.image(tmp, record.original().contentType(), page, size);
        } catch (IOException | RuntimeException e) {
            throw new PreviewProblems.Unrenderable(record.id(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
