package cn.archive.api.user;

import cn.archive.api.audit.AuditAction;
import cn.archive.api.audit.AuditLog;
import cn.archive.api.security.InitialUsers;
import cn.archive.api.security.Roles;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the four initial users (admin, archivist, viewer, auditor) from {@code ARCHIVE_*_PASSWORD}
 * the first time the archive starts on a store without them. Afterwards the store is what counts:
 * the environment no longer changes a password, an ADMIN does, through {@code /api/users}.
 */
@Component
class InitialAccounts implements InitializingBean {

    private final AccountStore accounts;
    private final InitialUsers initial;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    InitialAccounts(AccountStore accounts, InitialUsers initial, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.initial = initial;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        create("admin", initial.admin(), "ARCHIVE_ADMIN_PASSWORD", Roles.ADMIN);
        create("archivist", initial.archivist(), "ARCHIVE_ARCHIVIST_PASSWORD", Roles.ARCHIVIST);
        create("viewer", initial.viewer(), "ARCHIVE_VIEWER_PASSWORD", Roles.VIEWER);
        create("auditor", initial.auditor(), "ARCHIVE_AUDITOR_PASSWORD", Roles.AUDITOR);
    }

    private void create(String name, String password, String variable, String role) throws IOException {
        if (accounts.find(name).isPresent()) {
            return;
        }
        if (password == null || password.length() < Usernames.MIN_PASSWORD) {
            throw new IllegalStateException(variable + " must be set to a password of at least "
                    + Usernames.MIN_PASSWORD + " characters to create user '" + name
                    + "' (./archive start generates one and stores it under the data dir)");
        }
        Instant now = Instant.now();
        accounts.save(new Account(name, encoder.encode(password), role, Set.of(), true, now, now));
        audit.recordAs("system", null, AuditAction.USER_CHANGE, name, AuditLog.OK, null,
                Map.of("change", "created from the environment", "role", role));
    }
}
