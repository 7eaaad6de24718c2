package cn.archive.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit trail (审计日志): who did what to which document or user, when, from where,
 * with what outcome and for what purpose. Events are chained: each carries the hash of the one
 * before it, and its own hash covers every other field, so changing, removing or inserting an event
 * breaks the chain ({@code ./archive audit verify}).
 *
 * @param seq           position in the trail, from 1, without gaps
 * @param time          when it happened (server clock)
 * @param user          who (the name tried, for a failed login)
 * @param role          the user's role then, when known
 * @param action        what, one of {@link AuditAction}
 * @param target        the document id, user name or access request the action was on
 * @param outcome       OK, DENIED or FAILED
 * @param clientAddress the address the request came from
 * @param purpose       the purpose given (access requests and the downloads they allow)
 * @param details       what else identifies the action (search query and filters, changed fields)
 * @param prevHash      hash of event {@code seq - 1}; 64 zeros for the first
 * @param hash          SHA-256 over this event's canonical JSON without {@code hash}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"seq", "time", "user", "role", "action", "target", "outcome", "clientAddress", "purpose",
        "details", "prevHash", "hash"})
public record AuditEvent(long seq, Instant time, String user, String role, String action, String target,
                         String outcome, String clientAddress, String purpose, Map<String, String> details,
                         String prevHash, String hash) {

    /** The first event's {@code prevHash}. */
    public static final String GENESIS = "0".repeat(64);

    AuditEvent withHash(String newHash) {
        return new AuditEvent(seq, time, user, role, action, target, outcome, clientAddress, purpose, details,
                prevHash, newHash);
    }
}
