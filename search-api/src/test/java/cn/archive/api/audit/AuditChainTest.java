package cn.archive.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.archive.ingest.store.S3ObjectStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trail in a real S3 bucket: appended in order across restarts, intact when untouched, and
 * broken — at the right event — by every kind of tampering with the stored objects.
 */
class AuditChainTest {

    private S3ObjectStore store;

    @BeforeEach
    void aFreshBucketWithFiveEvents() throws IOException {
        ArchiveServices.Endpoints s = ArchiveServices.get();
        store = new S3ObjectStore(s.s3Endpoint(), s.accessKey(), s.secretKey(), s.newBucket());
        store.ensureBucket();
        AuditTrail trail = new AuditTrail(store);
        for (int i = 1; i <= 5; i++) {
            trail.append(event("user" + i));
        }
    }

    private static AuditEvent event(String user) {
        return new AuditEvent(0, Instant.now(), user, "VIEWER", "SEARCH", null, "OK", "127.0.0.1", null,
                Map.of("q", "西湖精密"), null, null);
    }

    @Test
    void anUntouchedTrailIsIntactAndARestartedWriterContinuesIt() throws IOException {
        AuditEvent sixth = new AuditTrail(store).append(event("after-restart"));

        assertThat(sixth.seq()).isEqualTo(6);
        AuditVerifier.Result result = AuditVerifier.verify(store);
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.events()).isEqualTo(6);
    }

    @Test
    void anEditedEventBreaksTheChainAtThatEvent() throws IOException {
        String json = read(3).replace("\"user3\"", "\"someone-else\"");
        store.put(AuditTrail.key(3), json.getBytes(StandardCharsets.UTF_8), "application/json");

        AuditVerifier.Result result = AuditVerifier.verify(store);

        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void anEditedEventWithARecomputedHashBreaksTheLinkToTheNext() throws IOException {
        AuditEvent original = new AuditTrail(store).read(3).orElseThrow();
        AuditEvent forged = new AuditEvent(3, original.time(), "someone-else", original.role(), original.action(),
                original.target(), original.outcome(), original.clientAddress(), original.purpose(), original.details(),
                original.prevHash(), null);
        store.put(AuditTrail.key(3), AuditChain.toJson(AuditChain.seal(forged, original.prevHash())), "application/json");

        AuditVerifier.Result result = AuditVerifier.verify(store);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.problem()).contains("does not link");
    }

    @Test
    void aRemovedEventBreaksTheChain() throws IOException {
        store.delete(AuditTrail.key(2));

        AuditVerifier.Result result = AuditVerifier.verify(store);

        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void garbageInPlaceOfAnEventBreaksTheChain() throws IOException {
        store.put(AuditTrail.key(5), "not json".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(AuditVerifier.verify(store).brokenAt()).isEqualTo(5);
    }

    @Test
    void whenTheStoreCannotBeWrittenTheActionIsRefused() {
        ArchiveServices.Endpoints s = ArchiveServices.get();
        // A bucket that was never created: every write fails, as when the S3 server is unreachable.
        AuditTrail broken = new AuditTrail(new S3ObjectStore(s.s3Endpoint(), s.accessKey(), s.secretKey(), s.newBucket()));

        assertThatThrownBy(() -> new AuditLog(broken, null).recordAs("viewer", "VIEWER", AuditAction.SEARCH, null,
                AuditLog.OK, null, Map.of())).isInstanceOf(AuditProblems.Unavailable.class);
    }

    @Test
    void whenTheStoreCannotBeWrittenTheResultOfTheAuditedWorkIsNotServed() {
        ArchiveServices.Endpoints s = ArchiveServices.get();
        AuditTrail broken = new AuditTrail(new S3ObjectStore(s.s3Endpoint(), s.accessKey(), s.secretKey(), s.newBucket()));
        AuditLog log = new AuditLog(broken, null);

        // The work succeeds while its event is being written; the event fails, so the result is refused.
        assertThatThrownBy(() -> log.recordWhile(AuditAction.SEARCH, null, Map.of("q", "西湖精密"), () -> "the hits"))
                .isInstanceOf(AuditProblems.Unavailable.class);
    }

    @Test
    void workDoneWhileItsEventIsWrittenIsServedOnlyWithTheEventStored() throws IOException {
        AuditTrail trail = new AuditTrail(store);
        AuditLog log = new AuditLog(trail, null);

        String served = log.recordWhile(AuditAction.SEARCH, null, Map.of("q", "数控车床"), () -> "the hits");

        assertThat(served).isEqualTo("the hits");
        AuditEvent stored = new AuditTrail(store).read(6).orElseThrow();
        assertThat(stored.action()).isEqualTo("SEARCH");
        assertThat(stored.outcome()).isEqualTo(AuditLog.OK);
        assertThat(stored.details()).containsEntry("q", "数控车床");
        assertThat(AuditVerifier.verify(store).intact()).isTrue();
    }

    @Test
    void workThatFailsAfterItsEventWasWrittenIsFollowedByAFailedEvent() throws IOException {
        AuditLog log = new AuditLog(new AuditTrail(store), null);

        assertThatThrownBy(() -> log.recordWhile(AuditAction.SEARCH, null, Map.of("q", "华联"), () -> {
            throw new IOException("Elasticsearch went away");
        })).isInstanceOf(IOException.class).hasMessage("Elasticsearch went away");

        AuditTrail trail = new AuditTrail(store);
        assertThat(trail.read(6).orElseThrow().outcome()).isEqualTo(AuditLog.OK);
        AuditEvent failed = trail.read(7).orElseThrow();
        assertThat(failed.outcome()).isEqualTo(AuditLog.FAILED);
        assertThat(failed.details()).containsEntry("q", "华联");
        assertThat(trail.lastSeq()).isEqualTo(7);
    }

    private String read(long seq) throws IOException {
        try (var in = store.get(AuditTrail.key(seq))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
