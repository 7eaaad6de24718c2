package cn.archive.api.security;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every failed login, by form or HTTP Basic, is counted by the throttle and audited; a success clears
 * the counts. (Successful form logins are audited by {@link SessionLogin}; an HTTP Basic request is
 * audited as the action it performs, not as a login.)
 */
@Component
class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginEvents(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = abbreviate(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        boolean badPassword = event instanceof AuthenticationFailureBadCredentialsEvent;
        if (badPassword) {
            throttle.failed(user, address);
        }
        try {
            audit.recordAs(user, null, AuditAction.LOGIN, user, badPassword ? AuditLog.FAILED : AuditLog.DENIED, null,
                    Map.of("reason", event.getException().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            // The login is refused either way; the failure to audit it is logged with its cause.
            log.error("failed login of '{}' could not be audited", user, e);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String abbreviate(String name) {
        return name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
    }
}
