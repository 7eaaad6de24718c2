package cn.archive.api.preview;

import cn.archive.api.access.DocumentGuard;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/pages/{n}/preview}: a PNG of page n (1-based) at screen size, or
 * {@code ?size=thumb} for a thumbnail; 404 for a page the document does not have or a document outside
 * the caller's region scope. Roles that may not see personal information get the page redacted.
 */
@RestController
class PreviewController {

    private final PagePreviews previews;
    private final DocumentStore store;
    private final DocumentGuard guard;

    PreviewController(PagePreviews previews, DocumentStore store, DocumentGuard guard) {
        this.previews = previews;
        this.store = store;
        this.guard = guard;
    }

    @GetMapping("/api/documents/{id}/pages/{page}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String id, @PathVariable String page,
                                   @RequestParam(name = "size", required = false) String size,
                                   Authentication auth) throws IOException {
        PreviewSize s = PreviewSize.parse(size);
        int n = page.matches("[0-9]{1,5}") ? Integer.parseInt(page) : 0;
        try {
            DocumentStore.requireId(id);
        } catch (IllegalArgumentException e) {
            throw new PreviewProblems.NoSuchPage(id.replaceAll("[^0-9a-zA-Z]", "?"), n);
        }
        ArchiveRecord record = store.readManifest(id).orElseThrow(() -> new PreviewProblems.NoSuchPage(id, n));
        boolean redact = guard.preview(record, auth, n); // 404 outside the scope; audited
        byte[] png = previews.preview(record, n, s, redact).orElseThrow(() -> new PreviewProblems.NoSuchPage(id, n));
        // The page of a stored original never changes: the browser may keep it, privately.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .eTag("\"" + id + "-" + n + "-" + s.key() + (redact ? "-redacted" : "") + "\"")
                .body(png);
    }
}
