package cn.archive.api.security;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The browser's session login ({@code POST /login} from {@code login.html}) and logout. A login is
 * audited before the session is handed out; if the audit cannot be written the session is dropped
 * again and the browser is told to retry (fail closed).
 */
@Component
class SessionLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionLogin.class);

    private final AuditLog audit;

    SessionLogin(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        try {
            audit.recordAs(auth.getName(), AuditLog.roleOf(auth), AuditAction.LOGIN, auth.getName(), AuditLog.OK, null, null);
        } catch (ErrorResponseException e) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/login.html?unavailable");
            return;
        }
        response.sendRedirect("/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        // Already audited (with the real reason) and counted by LoginEvents. The page gets one answer for
        // a wrong password, a locked and a disabled user alike, so it does not tell which names exist.
        response.sendRedirect("/login.html?error");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null) {
            try {
                audit.recordAs(auth.getName(), AuditLog.roleOf(auth), AuditAction.LOGOUT, auth.getName(), AuditLog.OK,
                        null, null);
            } catch (ErrorResponseException e) {
                // The session is gone already; refusing the logout would only keep it in the browser.
                log.error("logout of '{}' could not be audited", auth.getName(), e);
            }
        }
        response.sendRedirect("/login.html?logout");
    }
}
