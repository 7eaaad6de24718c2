package cn.archive.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessRequestTest {

    private static final String DOC = "a".repeat(64);
    private static final Instant ASKED = Instant.parse("2026-11-23T08:00:00Z");

    private final AccessRequest pending = new AccessRequest("r1", DOC, "viewer", "核对合同原件", 3, AccessRequest.PENDING,
            ASKED, null, null, null, null);

    @Test
    void anApprovedRequestGrantsItsDocumentForItsDaysAndThenRunsOutByItself() {
        Instant approved = ASKED.plus(Duration.ofHours(2));
        AccessRequest grant = pending.decided(true, "archivist", "同意", approved);

        assertThat(grant.validUntil()).isEqualTo(approved.plus(Duration.ofDays(3)));
        assertThat(grant.grants(DOC, approved.plus(Duration.ofDays(2)))).isTrue();
        assertThat(grant.grants(DOC, approved.plus(Duration.ofDays(3)))).isFalse();
        assertThat(grant.grants("b".repeat(64), approved.plus(Duration.ofHours(1)))).as("another document").isFalse();
    }

    @Test
    void pendingAndRejectedRequestsGrantNothing() {
        AccessRequest rejected = pending.decided(false, "archivist", "用途不充分", ASKED.plusSeconds(60));

        assertThat(pending.grants(DOC, ASKED.plusSeconds(120))).isFalse();
        assertThat(rejected.grants(DOC, ASKED.plusSeconds(120))).isFalse();
        assertThat(rejected.validUntil()).isNull();
        assertThat(rejected.decidedBy()).isEqualTo("archivist");
    }
}
