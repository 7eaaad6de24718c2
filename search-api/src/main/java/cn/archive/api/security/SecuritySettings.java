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
 * @param secureCookies        mark the session and CSRF cookies Secure; set when the archive is served over TLS
 *                             ({@code ARCHIVE_SECURE_COOKIES=true})
 */
@Validated
@ConfigurationProperties("archive.security")
public record SecuritySettings(@Min(1) int maxFailedLogins, @Min(1) int maxFailuresPerAddress,
                               @NotNull Duration lockout, boolean secureCookies) {
}
