package cn.archive.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords of the four initial users, from {@code ARCHIVE_ADMIN_PASSWORD} and its siblings.
 * There are no defaults: {@code ./archive start} generates missing ones and prints them once.
 *
 * @param admin     password of {@code admin} (ADMIN)
 * @param archivist password of {@code archivist} (ARCHIVIST)
 * @param viewer    password of {@code viewer} (VIEWER)
 * @param auditor   password of {@code auditor} (AUDITOR)
 */
@ConfigurationProperties("archive.users")
public record InitialUsers(String admin, String archivist, String viewer, String auditor) {
}
