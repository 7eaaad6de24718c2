package cn.archive.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what (interfaces.md, Roles). HTTP Basic for programs and, for now, the browser;
 * passwords are bcrypt-hashed in memory from the environment. Unsafe requests that a browser marks
 * as cross-site are refused, so cached credentials cannot be ridden by another site.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/documents").hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.GET, "/api/documents/*/original").hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST)
                        .requestMatchers(HttpMethod.GET, "/api/documents/**", "/api/search")
                        .hasAnyRole(Roles.ADMIN, Roles.ARCHIVIST, Roles.VIEWER)
                        .requestMatchers("/api/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(crossSiteUnsafe()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"))
                        .frameOptions(f -> f.deny())
                        .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED)));
        return http.build();
    }

    /** An unsafe method sent by a browser from another site (Fetch Metadata); programs send no such header. */
    private static RequestMatcher crossSiteUnsafe() {
        return (HttpServletRequest request) -> {
            String method = request.getMethod();
            boolean unsafe = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
            String site = request.getHeader("Sec-Fetch-Site");
            return unsafe && site != null && !site.equals("same-origin") && !site.equals("none");
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(InitialUsers initial, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        users.add(user("admin", initial.admin(), "ARCHIVE_ADMIN_PASSWORD", Roles.ADMIN, encoder));
        users.add(user("archivist", initial.archivist(), "ARCHIVE_ARCHIVIST_PASSWORD", Roles.ARCHIVIST, encoder));
        users.add(user("viewer", initial.viewer(), "ARCHIVE_VIEWER_PASSWORD", Roles.VIEWER, encoder));
        users.add(user("auditor", initial.auditor(), "ARCHIVE_AUDITOR_PASSWORD", Roles.AUDITOR, encoder));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String name, String password, String variable, String role, PasswordEncoder encoder) {
        if (password == null || password.length() < 12) {
            throw new IllegalStateException(variable + " must be set to a password of at least 12 characters "
                    + "(./archive start generates one and stores it under the data dir)");
        }
        return User.withUsername(name).password(encoder.encode(password)).roles(role).build();
    }
}
