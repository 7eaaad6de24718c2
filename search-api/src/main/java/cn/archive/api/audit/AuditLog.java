package cn.archive.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * (503) so the audited action is not served. The search index of events is secondary: events are
 * indexed in the background, and {@code GET /api/audit} indexes whatever is missing before it answers.
 */
@Component
public class AuditLog implements AutoCloseable {

    /** Outcomes of an action. */
    public static final String OK = "OK";
    public static final String DENIED = "DENIED";
    public static final String FAILED = "FAILED";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditTrail trail;
    private final AuditIndex index;
    /** Writes the events of {@link #recordWhile} while the request does its work (the trail serialises appends). */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-append");
        t.setDaemon(true);
        return t;
    });

    AuditLog(AuditTrail trail, AuditIndex index) {
        this.trail = trail;
        this.index = index;
    }

    /** Work whose result may only be served once its audit event is durable. */
    @FunctionalInterface
    public interface Audited<T> {
        T run() throws IOException;
    }

    /** Records an action of the authenticated caller. */
    public AuditEvent record(AuditAction action, String target, String outcome, String purpose,
                             Map<String, String> details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return recordAs(userOf(auth), auth == null ? null : roleOf(auth), action, target, outcome, purpose, details);
    }

    /** Records an action for a named user, e.g. a login attempt before anyone is authenticated. */
    public AuditEvent recordAs(String user, String role, AuditAction action, String target, String outcome,
                               String purpose, Map<String, String> details) {
        return stored(append(event(user, role, action, target, outcome, purpose, details)));
    }

    /**
     * Does {@code work} (e.g. the Elasticsearch query of a search) while the caller's OK event for it
     * is written, and returns the work's result only once the event is durable; when the event cannot
     * be written the result is discarded and {@link AuditProblems.Unavailable} (503) thrown, exactly as
     * {@link #record} before the work would. A search then costs the longer of the two instead of
     * their sum. When the work fails after its event was written, a FAILED event follows it, so the
     * trail does not claim a result was served.
     */
    public <T> T recordWhile(AuditAction action, String target, Map<String, String> details, Audited<T> work)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = userOf(auth);
        String role = auth == null ? null : roleOf(auth);
        // Read on the request's thread: the security context and the request are thread-bound.
        AuditEvent event = event(user, role, action, target, OK, null, details);
        Future<AuditEvent> written = writer.submit(() -> trail.append(event));
        T result;
        try {
            result = work.run();
        } catch (IOException | RuntimeException e) {
            if (awaitQuietly(written)) {
                try {
                    recordAs(user, role, action, target, FAILED, null, details);
                } catch (AuditProblems.Unavailable unavailable) {
                    e.addSuppressed(unavailable);
                }
            }
            throw e;
        }
        stored(await(written, action, user));
        return result;
    }

    private AuditEvent event(String user, String role, AuditAction action, String target, String outcome,
                             String purpose, Map<String, String> details) {
        return new AuditEvent(0, Instant.now(), user, role, action.name(), target, outcome, clientAddress(), purpose,
                details == null || details.isEmpty() ? null : new TreeMap<>(details), null, null);
    }

    private AuditEvent append(AuditEvent event) {
        try {
            return trail.append(event);
        } catch (IOException | RuntimeException e) {
            throw unavailable(event.action(), event.user(), e);
        }
    }

    private static AuditEvent await(Future<AuditEvent> written, AuditAction action, String user) {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(action.name(), user, e);
        } catch (ExecutionException e) {
            throw unavailable(action.name(), user, e.getCause() instanceof Exception cause ? cause : e);
        }
    }

    /** Whether the event was written; its failure is logged (the work failed too, and that is what is thrown). */
    private static boolean awaitQuietly(Future<AuditEvent> written) {
        try {
            written.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            log.error("audit event could not be written, and the audited work failed as well", e.getCause());
            return false;
        }
    }

    private static AuditProblems.Unavailable unavailable(String action, String user, Exception e) {
        log.error("audit event {} for {} could not be written; the action is refused", action, user, e);
        return new AuditProblems.Unavailable(e);
    }

    private AuditEvent stored(AuditEvent written) {
        if (index != null) {
            index.indexLater(written);
        }
        return written;
    }

    /** The caller's role without Spring's ROLE_ prefix. */
    public static String roleOf(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
    }

    private static String userOf(Authentication auth) {
        return auth == null ? null : auth.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Lets an event being written finish when the application stops. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
