package cn.archive.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address and locks either for a while after too
 * many in a row, so passwords cannot be guessed at speed. In memory: a restart forgives, which is
 * acceptable because the counts rebuild within a few attempts.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(SecuritySettings settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean userLocked(String username) {
        return locked("user:" + username);
    }

    boolean addressLocked(String address) {
        return address != null && locked("addr:" + address);
    }

    void failed(String username, String address) {
        count("user:" + username, settings.maxFailedLogins());
        if (address != null) {
            count("addr:" + address, settings.maxFailuresPerAddress());
        }
    }

    void succeeded(String username, String address) {
        failures.remove("user:" + username);
        if (address != null) {
            failures.remove("addr:" + address);
        }
    }

    private boolean locked(String key) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    private void count(String key, int max) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(settings.lockout()).isBefore(now));
        }
        failures.compute(key, (k, f) -> {
            // A lock that has run out, or failures long ago, start the count again.
            int count = f == null || f.last().plus(settings.lockout()).isBefore(now) ? 1 : f.count() + 1;
            Instant until = count >= max ? now.plus(settings.lockout()) : null;
            return new Failures(count, until, now);
        });
    }
}
