package cn.archive.api.access;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Caller;
import cn.archive.api.security.PersonalDataMasker;
import cn.archive.api.security.Roles;
import cn.archive.ingest.record.ArchiveRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What stands between a stored document and its caller: the region scope (outside it, the document
 * does not exist: 404), masking for roles without the right to personal data, the access request a
 * VIEWER needs for an original, and the audit event written before anything is served.
 */
@Component
public class DocumentGuard {

    private final AuditLog audit;
    private final AccessRequestStore requests;

    DocumentGuard(AuditLog audit, AccessRequestStore requests) {
        this.audit = audit;
        this.requests = requests;
    }

    /** The record as the caller may see it, after auditing the view. */
    public ArchiveRecord view(ArchiveRecord record, Authentication auth) {
        requireInScope(record);
        boolean unmasked = Roles.seesPersonalData(auth);
        audit.record(unmasked ? AuditAction.UNMASKED_VIEW : AuditAction.RECORD_VIEW, record.id(), AuditLog.OK, null, null);
        return unmasked ? record : PersonalDataMasker.mask(record);
    }

    /**
     * Allows a page preview after auditing it, or throws 404 outside the scope. Returns whether the
     * page must be redacted for the caller ({@code PageRedactor.redact} with the page's OCR words)
     * before it is sent; a page without located words must not go unredacted to such a caller.
     */
    public boolean preview(ArchiveRecord record, Authentication auth, int page) {
        requireInScope(record);
        boolean redact = !Roles.seesPersonalData(auth);
        audit.record(AuditAction.PREVIEW, record.id(), AuditLog.OK, null,
                Map.of("page", Integer.toString(page), "redacted", Boolean.toString(redact)));
        return redact;
    }

    /**
     * Allows a download of the original, or throws (404 outside the scope, 403 for a VIEWER without
     * a running grant); the download is audited with the grant's purpose before a byte is sent.
     */
    public void download(ArchiveRecord record, Authentication auth, String range) throws IOException {
        requireInScope(record);
        Map<String, String> details = new HashMap<>();
        if (range != null) {
            details.put("range", range.length() > 100 ? range.substring(0, 100) : range);
        }
        String purpose = null;
        if (!Roles.seesPersonalData(auth)) {
            Optional<AccessRequest> grant = requests.of(auth.getName()).stream()
                    .filter(r -> r.grants(record.id(), Instant.now())).findFirst();
            if (grant.isEmpty()) {
                audit.record(AuditAction.ACCESS_DENIED, record.id(), AuditLog.DENIED, null,
                        Map.of("reason", "no approved access request for the original"));
                throw new AccessProblems.NoGrant(record.id());
            }
            purpose = grant.get().purpose();
            details.put("accessRequest", grant.get().id());
        }
        audit.record(AuditAction.ORIGINAL_DOWNLOAD, record.id(), AuditLog.OK, purpose, details);
    }

    /**
     * The answer for a document the caller may not know of: the same 404 whether it does not exist or
     * lies outside the caller's region scope, so its existence is not disclosed.
     */
    public static RuntimeException notFound(String id) {
        return new AccessProblems.Hidden(id);
    }

    /** A document outside the caller's scope is refused as if it did not exist; the probe is audited. */
    public void requireInScope(ArchiveRecord record) {
        if (!Caller.maySee(record)) {
            audit.record(AuditAction.ACCESS_DENIED, record.id(), AuditLog.DENIED, null,
                    Map.of("reason", "outside the caller's region scope"));
            throw new AccessProblems.Hidden(record.id());
        }
    }
}
