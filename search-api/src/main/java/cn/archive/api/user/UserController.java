package cn.archive.api.user;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.Roles;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users, their roles and region scopes, managed by ADMIN ({@code /api/users}); {@code /api/me} tells
 * any user who they are to the archive. Every change is audited, without the password.
 */
@RestController
class UserController {

    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.ARCHIVIST, Roles.VIEWER, Roles.AUDITOR);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserController(AccountStore accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A new user. */
    record NewUser(String username, String password, String role, Set<String> regions) {
    }

    /** Changes to a user; absent fields stay as they are. */
    record UserChange(String password, String role, Set<String> regions, Boolean enabled) {
    }

    @GetMapping("/api/me")
    Account.View me(Authentication auth) throws IOException {
        return accounts.find(auth.getName()).map(Account::view).orElseThrow(() -> new UserProblems.NotFound(auth.getName()));
    }

    @GetMapping("/api/users")
    List<Account.View> list() throws IOException {
        return accounts.all().stream().map(Account::view).toList();
    }

    @GetMapping("/api/users/{username}")
    Account.View get(@PathVariable String username) throws IOException {
        return find(username).view();
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    Account.View create(@RequestBody NewUser request) throws IOException {
        if (request == null || !Usernames.valid(request.username())) {
            throw new UserProblems.Invalid("username must be 2–32 characters: a lowercase letter, then lowercase "
                    + "letters, digits, '.', '_' or '-'.");
        }
        checkPassword(request.password());
        String role = role(request.role());
        Set<String> regions = regions(request.regions());
        if (accounts.find(request.username()).isPresent()) {
            throw new UserProblems.Conflict("User '" + request.username() + "' exists; change it with PUT /api/users/"
                    + request.username() + ".");
        }
        Instant now = Instant.now();
        Account account = new Account(request.username(), encoder.encode(request.password()), role, regions, true, now, now);
        audit.record(AuditAction.USER_CHANGE, account.username(), AuditLog.OK, null,
                Map.of("change", "created", "role", role, "regions", String.join(",", new TreeSet<>(regions))));
        accounts.save(account);
        return account.view();
    }

    @PutMapping("/api/users/{username}")
    Account.View change(@PathVariable String username, @RequestBody UserChange change, Authentication auth)
            throws IOException {
        Account old = find(username);
        if (change == null) {
            throw new UserProblems.Invalid("Send a JSON object with any of password, role, regions, enabled.");
        }
        boolean self = username.equals(auth.getName());
        if (self && (change.enabled() != null && !change.enabled() || change.role() != null
                && !Roles.ADMIN.equals(change.role()))) {
            throw new UserProblems.Conflict("An ADMIN cannot disable or demote themself; ask another ADMIN, so the "
                    + "archive always keeps one.");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        String hash = old.passwordHash();
        if (change.password() != null) {
            checkPassword(change.password());
            hash = encoder.encode(change.password());
            changed.put("password", "changed");
        }
        String role = change.role() == null ? old.role() : role(change.role());
        Set<String> regions = change.regions() == null ? old.regions() : regions(change.regions());
        boolean enabled = change.enabled() == null ? old.enabled() : change.enabled();
        changed.put("role", role);
        changed.put("regions", String.join(",", new TreeSet<>(regions)));
        changed.put("enabled", Boolean.toString(enabled));
        Account updated = new Account(username, hash, role, regions, enabled, old.createdAt(), Instant.now());
        audit.record(AuditAction.USER_CHANGE, username, AuditLog.OK, null, changed);
        accounts.save(updated);
        return updated.view();
    }

    private Account find(String username) throws IOException {
        return accounts.find(username).orElseThrow(() -> new UserProblems.NotFound(username));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < Usernames.MIN_PASSWORD || password.length() > 72) {
            throw new UserProblems.Invalid("password must be " + Usernames.MIN_PASSWORD
                    + "–72 characters (bcrypt reads no further).");
        }
    }

    private static String role(String role) {
        if (role == null || !ROLES.contains(role)) {
            throw new UserProblems.Invalid("role must be one of ADMIN, ARCHIVIST, VIEWER, AUDITOR.");
        }
        return role;
    }

    private static Set<String> regions(Set<String> regions) {
        if (regions == null) {
            return Set.of();
        }
        for (String r : regions) {
            if (!Usernames.AREAS.contains(r)) {
                throw new UserProblems.Invalid("regions must be areas of " + Usernames.AREAS + ", not '" + r
                        + "'; an empty list means every area.");
            }
        }
        return Set.copyOf(regions);
    }
}
