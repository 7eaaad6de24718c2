package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecuritySettings(3, 5, Duration.ofMinutes(15), false), clock);

    @Test
    void aUserIsLockedAfterTheThirdFailureInARowUntilTheLockoutEnds() {
        throttle.failed("wang", "10.0.0.1");
        throttle.failed("wang", "10.0.0.2");
        assertThat(throttle.userLocked("wang")).isFalse();
        throttle.failed("wang", "10.0.0.3");
        assertThat(throttle.userLocked("wang")).isTrue();
        assertThat(throttle.userLocked("li")).isFalse();

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.userLocked("wang")).isFalse();
    }

    @Test
    void anAddressGuessingManyNamesIsLockedToo() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.addressLocked("10.0.0.9")).isTrue();
        assertThat(throttle.addressLocked("10.0.0.8")).isFalse();
    }

    @Test
    void aSuccessForgivesEarlierFailures() {
        throttle.failed("wang", "10.0.0.1");
        throttle.failed("wang", "10.0.0.1");
        throttle.succeeded("wang", "10.0.0.1");
        throttle.failed("wang", "10.0.0.1");

        assertThat(throttle.userLocked("wang")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
