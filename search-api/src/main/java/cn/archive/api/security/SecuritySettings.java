package cn.archive.api.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How logins are guarded; bound from {@code archive.security.*} in {@code application.yml}.
 *
 * @param maxFailedLogins      failed logins of one user in a row before the user is locked
 * @param maxFailuresPerAddress failed logins from one client address in a row before it is refused (429)
 * @param lockout              how long a lock lasts; a later correct password still fails until it ends
 * @param secureCookies        always mark the CSRF cookie Secure (the session cookie: {@code server.servlet.session.cookie.secure});
 *                             set when a TLS proxy serves the archive ({@code ARCHIVE_SECURE_COOKIES=true}). Without
 *                             it, cookies are Secure whenever the request itself came over TLS
 */
@Validated
@ConfigurationProperties("archive.security")
public record SecuritySettings(@Min(1) int maxFailedLogins, @Min(1) int maxFailuresPerAddress,
                               @NotNull Duration lockout, boolean secureCookies) {
}
