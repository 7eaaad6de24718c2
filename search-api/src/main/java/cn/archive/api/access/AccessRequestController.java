package cn.archive.api.access;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Caller;
import cn.archive.api.security.Roles;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access requests for originals: a VIEWER asks with a purpose and a number of days; an ARCHIVIST or
 * ADMIN approves or rejects; a viewer lists their own requests, deciders list those on documents in
 * their scope. Requests and decisions are audited.
 */
@RestController
class AccessRequestController {

    private final AccessRequestStore requests;
    private final DocumentStore documents;
    private final DocumentGuard guard;
    private final AuditLog audit;

    AccessRequestController(AccessRequestStore requests, DocumentStore documents, DocumentGuard guard, AuditLog audit) {
        this.requests = requests;
        this.documents = documents;
        this.guard = guard;
        this.audit = audit;
    }

    /** What a viewer sends. */
    record NewRequest(String documentId, String purpose, Integer days) {
    }

    /** What a decider sends. */
    record Decision(Boolean approve, String note) {
    }

    @PostMapping("/api/access-requests")
    @ResponseStatus(HttpStatus.CREATED)
    AccessRequest create(@RequestBody NewRequest body, Authentication auth) throws IOException {
        if (body == null || body.documentId() == null || !body.documentId().matches("[0-9a-f]{64}")) {
            throw new AccessProblems.Invalid("documentId must be a document id (64 lowercase hex characters).");
        }
        String purpose = body.purpose() == null ? "" : body.purpose().strip();
        if (purpose.length() < 4 || purpose.length() > 500) {
            throw new AccessProblems.Invalid("purpose must say in 4–500 characters why the original is needed.");
        }
        if (body.days() == null || body.days() < 1 || body.days() > 30) {
            throw new AccessProblems.Invalid("days must be between 1 and 30: how long the grant should last.");
        }
        document(body.documentId());
        AccessRequest request = new AccessRequest(UUID.randomUUID().toString(), body.documentId(), auth.getName(),
                purpose, body.days(), AccessRequest.PENDING, Instant.now(), null, null, null, null);
        audit.record(AuditAction.ACCESS_REQUEST, request.documentId(), AuditLog.OK, purpose,
                Map.of("accessRequest", request.id(), "days", body.days().toString()));
        requests.save(request);
        return request;
    }

    @GetMapping("/api/access-requests")
    List<AccessRequest> list(@RequestParam(required = false) String status, Authentication auth) throws IOException {
        List<AccessRequest> all = Roles.seesPersonalData(auth) ? requests.all() : requests.of(auth.getName());
        boolean scoped = !Caller.regionScope().isEmpty();
        List<AccessRequest> visible = new ArrayList<>();
        for (AccessRequest r : all) {
            if ((status == null || status.equals(r.status())) && (!scoped || visible(r.documentId()))) {
                visible.add(r);
            }
        }
        visible.sort(Comparator.comparing(AccessRequest::requestedAt).reversed());
        return visible;
    }

    @PostMapping("/api/access-requests/{id}/decision")
    AccessRequest decide(@PathVariable String id, @RequestBody Decision decision, Authentication auth) throws IOException {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new AccessProblems.NotFound(id);
        }
        if (decision == null || decision.approve() == null) {
            throw new AccessProblems.Invalid("Send {\"approve\": true} or {\"approve\": false, \"note\": \"why\"}.");
        }
        AccessRequest request = requests.find(id).orElseThrow(() -> new AccessProblems.NotFound(id));
        document(request.documentId());
        if (!AccessRequest.PENDING.equals(request.status())) {
            throw new AccessProblems.AlreadyDecided(request);
        }
        String note = decision.note() == null ? null : decision.note().strip();
        if (note != null && note.length() > 500) {
            throw new AccessProblems.Invalid("note must be at most 500 characters.");
        }
        AccessRequest decided = request.decided(decision.approve(), auth.getName(), note, Instant.now());
        audit.record(AuditAction.ACCESS_DECISION, request.documentId(), AuditLog.OK, request.purpose(),
                Map.of("accessRequest", id, "decision", decided.status(), "requester", request.requester()));
        requests.save(decided);
        return decided;
    }

    /** The document, if the caller may see it; 404 (audited when it exists but is outside the scope) if not. */
    private ArchiveRecord document(String id) throws IOException {
        ArchiveRecord record = documents.readManifest(id).orElseThrow(() -> new AccessProblems.Hidden(id));
        guard.requireInScope(record);
        return record;
    }

    private boolean visible(String documentId) throws IOException {
        return documents.readManifest(documentId).map(Caller::maySee).orElse(false);
    }
}
