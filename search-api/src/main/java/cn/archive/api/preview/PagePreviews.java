package cn.archive.api.preview;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Page previews, made once from the original on first request and kept in the object store beside
 * it as derived objects ({@code derived/<id>/page-<n>-<size>.png}): rebuildable, so losing them
 * costs only time. A document outside the caller's region scope has no previews.
 */
@Component
class PagePreviews {

    private final DocumentStore store;

    PagePreviews(DocumentStore store) {
        this.store = store;
    }

    static String key(String id, int page, PreviewSize size) {
        return "derived/" + DocumentStore.requireId(id) + "/page-" + page + "-" + size.key() + ".png";
    }

    /** The PNG of a page, or empty when there is no such document or page for this caller. */
    Optional<byte[]> preview(String id, int page, PreviewSize size, Set<String> regionScope) throws IOException {
        Optional<ArchiveRecord> found = store.readManifest(id);
        if (found.isEmpty() || page < 1 || !inScope(found.get(), regionScope)
                || (found.get().pages() != null && page > found.get().pages())) {
            return Optional.empty();
        }
        ArchiveRecord record = found.get();
        String key = key(id, page, size);
        if (store.objects().stat(key).isPresent()) {
            try (InputStream in = store.objects().get(key)) {
                return Optional.of(in.readAllBytes());
            }
        }
        if (store.statOriginal(id).isEmpty()) {
            return Optional.empty();
        }
        byte[] png = render(record, page, size);
        if (png != null) {
            store.objects().put(key, png, "image/png");
        }
        return Optional.ofNullable(png);
    }

    private byte[] render(ArchiveRecord record, int page, PreviewSize size) throws IOException {
        // PDFBox and ImageIO read at random: the original goes to a temporary file, never whole into heap.
        Path tmp = Files.createTempFile("preview-", ".bin");
        try {
            try (InputStream in = store.openOriginal(record.id())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return PageRenderer.render(tmp, record.original().contentType(), page, size);
        } catch (IOException | RuntimeException e) {
            throw new PreviewProblems.Unrenderable(record.id(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Region scopes are areas (华东…); an empty scope sees everything. */
    static boolean inScope(ArchiveRecord record, Set<String> regionScope) {
        if (regionScope.isEmpty()) {
            return true;
        }
        String area = record.customer() == null || record.customer().region() == null ? null
                : record.customer().region().area();
        return area != null && regionScope.contains(area);
    }
}
