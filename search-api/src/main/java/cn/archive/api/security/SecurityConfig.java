package cn.archive.api.security;

import cn.archive.api.user.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what (interfaces.md, Roles). Browsers log in through {@code /login.html} and hold a
 * session, with CSRF tokens on every unsafe request (cookie {@code XSRF-TOKEN}, header
 * {@code X-XSRF-TOKEN}); programs send HTTP Basic on every request and need no token, unless a
 * browser marks the request as cross-site. Users live in the object store, bcrypt-hashed; failed
 * logins are throttled and lock the user for a while. Region scopes and masking are applied where the
 * data is read (search query, record, original), not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    // The login page and the built UI's assets (web/: hashed script and style files, no data in them).
    private static final String[] PUBLIC = {"/login.html", "/assets/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/error"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, SessionLogin login, AccountStore accounts,
                            LoginThrottle throttle, SecuritySettings settings) throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(c -> {
            c.sameSite("Strict").path("/");
            if (settings.secureCookies()) {
                c.secure(true); // behind a TLS proxy the request looks plain; otherwise Secure follows the request
            }
        });
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/documents").hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.GET, "/api/review").hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.PUT, "/api/documents/*/fields").hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.GET, "/api/documents/*/revisions", "/api/documents/*/revisions/*")
                        .hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/documents/**", "/api/search", "/api/search/**", "/api/suggest")
                        .hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST, Roles.VIEWER)
                        .requestMatchers(HttpMethod.POST, "/api/access-requests").hasRole(Roles.VIEWER)
                        .requestMatchers(HttpMethod.GET, "/api/access-requests")
                        .hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST, Roles.VIEWER)
                        .requestMatchers(HttpMethod.POST, "/api/access-requests/*/decision")
                        .hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasAnyRole(Roles.ADMIN, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                        .requestMatchers("/api/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                        .successHandler(login).failureHandler(login))
                .logout(out -> out.logoutUrl("/logout").logoutSuccessHandler(login))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // The cookie's value itself is the token (app.js and login.js send it back as is).
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(needsCsrfToken()))
                .addFilterAfter(new CsrfCookie(), CsrfFilter.class)
                .addFilterBefore(new CallerFilter.AddressThrottle(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CallerFilter(accounts), AuthorizationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED)));
        return http.build();
    }

    /**
     * Unsafe requests need the CSRF token when the browser's session carries them (no Authorization
     * header), and also when a browser sends them from another site (Fetch Metadata) with cached
     * Basic credentials. A program's own Basic request needs none.
     */
    private static RequestMatcher needsCsrfToken() {
        return (HttpServletRequest request) -> {
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
                return false;
            }
            String site = request.getHeader("Sec-Fetch-Site");
            boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
            return request.getHeader("Authorization") == null || crossSite;
        };
    }

    /** Sets the XSRF-TOKEN cookie on every browser request, so the login page and app.js can send it back. */
    private static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
            if (request.getHeader("Authorization") == null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
