package cn.archive.api.security;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as problem details. A browser navigating is sent to the login page; a browser's
 * script gets a plain 401 (no Basic challenge, so no password dialog pops up); a program gets the
 * {@code WWW-Authenticate: Basic} challenge. Every refusal of an authenticated user is audited.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    private final AuditLog audit;

    SecurityProblems(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String accept = request.getHeader("Accept");
        if ("navigate".equals(request.getHeader("Sec-Fetch-Mode"))
                || "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
            response.sendRedirect("/login.html");
            return;
        }
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"archive\"");
        }
        Problems.write(response, 401, "Authentication required",
                "Log in at /login.html, or send HTTP Basic credentials (curl -u user:password).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean csrf = e instanceof CsrfException;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            // Nobody to hold to account (an anonymous POST fails the CSRF check before authentication):
            // answered as unauthenticated and not audited, so strangers cannot fill the trail.
            commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
            return;
        }
        try {
            audit.record(AuditAction.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(), AuditLog.DENIED,
                    null, Map.of("reason", csrf ? "missing or wrong CSRF token" : "role"));
        } catch (RuntimeException auditFailure) {
            // Refused either way; that the refusal went unaudited is logged with its cause.
            log.error("denied {} {} could not be audited", request.getMethod(), request.getRequestURI(), auditFailure);
        }
        Problems.write(response, 403, "Forbidden", csrf
                ? "This request needs the CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
                : "Your role may not do this. Ask an ADMIN for the right, or a VIEWER may file an access request.");
    }
}
