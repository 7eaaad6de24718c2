package cn.archive.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events for the caller of the current request. Fail closed: an event is durable in the
 * object store before this returns, and when it cannot be written this throws {@link AuditProblems.Unavailable}
 * (503) so the audited action is not served. The search index of events is secondary and catches up.
 */
@Component
public class AuditLog {

    /** Outcomes of an action. */
    public static final String OK = "OK";
    public static final String DENIED = "DENIED";
    public static final String FAILED = "FAILED";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditTrail trail;
    private final AuditIndex index;

    AuditLog(AuditTrail trail, AuditIndex index) {
        this.trail = trail;
        this.index = index;
    }

    /** Records an action of the authenticated caller. */
    public AuditEvent record(AuditAction action, String target, String outcome, String purpose,
                             Map<String, String> details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? null : auth.getName();
        return recordAs(user, auth == null ? null : roleOf(auth), action, target, outcome, purpose, details);
    }

    /** Records an action for a named user, e.g. a login attempt before anyone is authenticated. */
    public AuditEvent recordAs(String user, String role, AuditAction action, String target, String outcome,
                               String purpose, Map<String, String> details) {
        AuditEvent event = new AuditEvent(0, Instant.now(), user, role, action.name(), target, outcome,
                clientAddress(), purpose, details == null || details.isEmpty() ? null : new TreeMap<>(details), null, null);
        AuditEvent written;
        try {
            written = trail.append(event);
        } catch (IOException | RuntimeException e) {
            log.error("audit event {} for {} could not be written; the action is refused", action, user, e);
            throw new AuditProblems.Unavailable(e);
        }
        try {
            index.index(written);
        } catch (IOException | RuntimeException e) {
            // The trail in the object store holds it; GET /api/audit indexes what is missing before it answers.
            log.warn("audit event {} is stored but not yet indexed: {}", written.seq(), e.toString());
        }
        return written;
    }

    /** The caller's role without Spring's ROLE_ prefix. */
    public static String roleOf(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
