package cn.archive.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.store.S3ObjectStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit index over real Elasticsearch and S3: events recorded through {@link AuditLog} are
 * indexed in the background and all readable once {@link AuditIndex#catchUp} has run, and events
 * the index lost are indexed again from the trail, wherever they are in it.
 */
class AuditIndexTest {

    private AuditTrail trail;
    private SearchIndex documents;
    private AuditIndex index;

    @BeforeEach
    void aFreshTrailAndIndex() throws IOException {
        ArchiveServices.Endpoints s = ArchiveServices.get();
        S3ObjectStore store = new S3ObjectStore(s.s3Endpoint(), s.accessKey(), s.secretKey(), s.newBucket());
        store.ensureBucket();
        trail = new AuditTrail(store);
        documents = new SearchIndex(s.esUrl(), s.newAlias());
        index = new AuditIndex(documents);
        index.ensureIndex();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        documents.close();
    }

    private static AuditEvent event(String user) {
        return new AuditEvent(0, Instant.now(), user, "VIEWER", "SEARCH", null, "OK", "127.0.0.1", null,
                Map.of("q", "西湖精密"), null, null);
    }

    private AuditPage all() throws IOException {
        return index.search(new AuditQuery(null, null, null, null, null, 0, 200));
    }

    @Test
    void eventsRecordedThroughTheLogAreAllReadableAfterCatchUp() throws IOException {
        AuditLog log = new AuditLog(trail, index);
        for (int i = 1; i <= 30; i++) {
            log.recordAs("user" + i, "VIEWER", AuditAction.SEARCH, null, AuditLog.OK, null, Map.of("q", "华联"));
        }

        index.catchUp(trail);

        AuditPage page = all();
        assertThat(page.total()).isEqualTo(30);
        assertThat(page.events().get(0).seq()).isEqualTo(30);
        assertThat(page.events().get(0).user()).isEqualTo("user30");
    }

    @Test
    void eventsTheIndexLostAreIndexedFromTheTrailWhereverTheyAre() throws IOException {
        Set<Long> lost = Set.of(1L, 77L, 78L, 140L, 150L);
        for (int i = 1; i <= 150; i++) {
            AuditEvent written = trail.append(event("user" + i));
            if (!lost.contains(written.seq())) {
                index.index(written);
            }
        }

        index.catchUp(trail);

        assertThat(all().total()).isEqualTo(150);
        for (long seq : lost) {
            String hash = trail.read(seq).orElseThrow().hash();
            AuditPage page = index.search(new AuditQuery("user" + seq, null, null, null, null, 0, 10));
            assertThat(page.events()).as("event " + seq).singleElement()
                    .satisfies(e -> assertThat(e.hash()).isEqualTo(hash));
        }
    }
}
