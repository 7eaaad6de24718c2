package cn.archive.api.security;

import cn.archive.api.user.Account;
import cn.archive.api.user.AccountStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks the caller's account up afresh on every request, so an ADMIN's change (role, region scope,
 * disabling) reaches sessions that were opened before it, and keeps it for {@link Caller}. Also
 * refuses client addresses the throttle has locked, before any password is checked (429).
 */
class CallerFilter extends OncePerRequestFilter {

    static final String ACCOUNT = CallerFilter.class.getName() + ".account";

    private final AccountStore accounts;

    CallerFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Account account = accounts.find(auth.getName()).filter(Account::enabled).orElse(null);
        if (account == null) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            Problems.write(response, 401, "Authentication required", "This user no longer exists or was disabled.");
            return;
        }
        String authority = "ROLE_" + account.role();
        if (auth.getAuthorities().size() != 1 || !auth.getAuthorities().iterator().next().getAuthority().equals(authority)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    auth.getPrincipal(), null, List.of(new SimpleGrantedAuthority(authority))));
        }
        request.setAttribute(ACCOUNT, account);
        chain.doFilter(request, response);
    }

    /** Refuses logins from an address that failed too often, before its password costs a bcrypt check. */
    static class AddressThrottle extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        AddressThrottle(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean login = request.getHeader("Authorization") != null
                    || "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
            if (login && throttle.addressLocked(request.getRemoteAddr())) {
                response.setHeader("Retry-After", "900");
                Problems.write(response, 429, "Too many failed logins",
                        "Too many failed logins from this address; wait and try again later.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
