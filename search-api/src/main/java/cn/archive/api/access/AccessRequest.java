package cn.archive.api.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A viewer's request to use a document's original (《客户档案使用申请表》): for what purpose and for
 * how many days. An ARCHIVIST or ADMIN approves or rejects it; an approved request is a grant that
 * runs out by itself at {@code validUntil}.
 *
 * @param id          the request's id (UUID)
 * @param documentId  the document asked for
 * @param requester   the viewer who asked
 * @param purpose     why, in the requester's words (recorded with every download it allows)
 * @param days        how long the grant should last once approved (1–30)
 * @param status      PENDING, APPROVED or REJECTED
 * @param decidedBy   who approved or rejected it
 * @param note        the decider's note
 * @param validUntil  when an approved grant ends
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessRequest(String id, String documentId, String requester, String purpose, int days, String status,
                            Instant requestedAt, String decidedBy, Instant decidedAt, String note, Instant validUntil) {

    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    AccessRequest decided(boolean approve, String decider, String decisionNote, Instant now) {
        return new AccessRequest(id, documentId, requester, purpose, days, approve ? APPROVED : REJECTED, requestedAt,
                decider, now, decisionNote, approve ? now.plus(java.time.Duration.ofDays(days)) : null);
    }

    /** Whether this request lets its requester download the original now. */
    boolean grants(String documentId, Instant now) {
        return APPROVED.equals(status) && this.documentId.equals(documentId) && validUntil != null
                && now.isBefore(validUntil);
    }
}
