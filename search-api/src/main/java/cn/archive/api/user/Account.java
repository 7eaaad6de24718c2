package cn.archive.api.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;

/**
 * A user of the archive (用户) as kept in the object store: a bcrypt hash, never the password; one
 * role of interfaces.md; the areas (华东…) the user may see, none meaning all of them.
 *
 * @param username     login name
 * @param passwordHash bcrypt hash
 * @param role         ADMIN, ARCHIVIST, VIEWER or AUDITOR
 * @param regions      areas in scope; empty means every area
 * @param enabled      false locks the user out for good (kept, so the audit trail's names stay meaningful)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(String username, String passwordHash, String role, Set<String> regions, boolean enabled,
                      Instant createdAt, Instant updatedAt) {

    public Account {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    /** What the API shows of an account: everything but the hash. */
    public record View(String username, String role, Set<String> regions, boolean enabled, Instant createdAt,
                       Instant updatedAt) {
    }

    public View view() {
        return new View(username, role, regions, enabled, createdAt, updatedAt);
    }
}
