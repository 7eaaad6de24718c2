package cn.archive.api.preview;

import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/pages/{n}/preview}: a PNG of page n (1-based) at screen size, or
 * {@code ?size=thumb} for a thumbnail; 404 for a page the document does not have.
 */
@RestController
class PreviewController {

    private final PagePreviews previews;

    PreviewController(PagePreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/api/documents/{id}/pages/{page}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String id, @PathVariable String page,
                                   @RequestParam(name = "size", required = false) String size) throws IOException {
        return preview(id, page, size, Set.of()); // region scopes: issue 5
    }

    ResponseEntity<byte[]> preview(String id, String page, String size, Set<String> regionScope) throws IOException {
        PreviewSize s = PreviewSize.parse(size);
        int n = page.matches("[0-9]{1,5}") ? Integer.parseInt(page) : 0;
        try {
            DocumentStore.requireId(id);
        } catch (IllegalArgumentException e) {
            throw new PreviewProblems.NoSuchPage(id.replaceAll("[^0-9a-zA-Z]", "?"), n);
        }
        byte[] png = previews.preview(id, n, s, regionScope).orElseThrow(() -> new PreviewProblems.NoSuchPage(id, n));
        // The page of a stored original never changes: the browser may keep it, privately.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .eTag("\"" + id + "-" + n + "-" + s.key() + "\"")
                .body(png);
    }
}
