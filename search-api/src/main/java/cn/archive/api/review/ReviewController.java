package cn.archive.api.review;

import cn.archive.api.access.DocumentGuard;
import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Caller;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue and its edits (双重验证, issue 6): ARCHIVIST and ADMIN list the documents that
 * need a clerk and save a confirmed or corrected record as a new revision; ARCHIVIST, ADMIN and
 * AUDITOR read a document's revisions. Everything is region-scoped (404 outside the scope) and
 * audited; who may call what is in {@code SecurityConfig}.
 */
@RestController
class ReviewController {

    private final ReviewQueue queue;
    private final RecordReviews reviews;
    private final DocumentGuard guard;
    private final AuditLog audit;

    ReviewController(ReviewQueue queue, RecordReviews reviews, DocumentGuard guard, AuditLog audit) {
        this.queue = queue;
        this.reviews = reviews;
        this.guard = guard;
        this.audit = audit;
    }

    @GetMapping("/api/review")
    ReviewQueue.Page queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size)
            throws IOException {
        if (page < 0 || size < 1 || size > ReviewQueue.MAX_SIZE) {
            throw new ReviewProblems.BadRequest("page counts from 0, and size is 1 to " + ReviewQueue.MAX_SIZE + ".");
        }
        if ((long) (page + 1) * size > ReviewQueue.MAX_WINDOW) {
            throw new ReviewProblems.BadRequest("Only the first " + ReviewQueue.MAX_WINDOW + " queued documents can be "
                    + "paged to; review the oldest first.");
        }
        audit.record(AuditAction.SEARCH, "/api/review", AuditLog.OK, null,
                Map.of("view", "review-queue", "page", Integer.toString(page)));
        return queue.list(page, size, Caller.regionScope());
    }

    @PutMapping("/api/documents/{id}/fields")
    ArchiveRecord save(@PathVariable String id, @RequestBody(required = false) FieldCorrection fields,
                       Authentication auth) throws IOException {
        return reviews.save(validId(id), fields, auth.getName());
    }

    @GetMapping("/api/documents/{id}/revisions")
    List<RecordReviews.RevisionSummary> revisions(@PathVariable String id) throws IOException {
        return reviews.revisions(validId(id));
    }

    @GetMapping("/api/documents/{id}/revisions/{revision}")
    ArchiveRecord revision(@PathVariable String id, @PathVariable int revision, Authentication auth) throws IOException {
        return guard.view(reviews.revision(validId(id), revision), auth); // scope of that revision, audit, masking
    }

    private static String validId(String id) {
        try {
            return DocumentStore.requireId(id);
        } catch (IllegalArgumentException e) {
            throw new ReviewProblems.BadRequest("A document id is the 64-character lowercase hex SHA-256 of the original.");
        }
    }
}
