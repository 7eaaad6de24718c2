package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.api.audit.AuditTrail;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.store.S3ObjectStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fail closed over HTTP: when the audit trail's bucket goes away (an S3 outage for the trail alone,
 * so the caller's account can still be read), a search and a suggestion answer 503 and show nothing,
 * although Elasticsearch answered their query while the event was being written.
 */
class AuditOutageTest extends SecurityStack {

    private static final ArchiveServices.Endpoints S3 = ArchiveServices.get();
    private static final String TRAIL_BUCKET = S3.newBucket();
    /**
     * An index (so an audit index) of its own: this trail numbers its events from 1 too, and must not
     * overwrite the shared trail's events in the shared audit index.
     */
    private static final String OWN_ALIAS = S3.newAlias();

    /** The trail in a bucket of its own, which the test removes, and an index of its own. */
    @TestConfiguration
    static class TrailOfItsOwn {
        @Bean(destroyMethod = "close")
        @Primary
        SearchIndex indexOfItsOwn() throws IOException {
            SearchIndex index = new SearchIndex(S3.esUrl(), OWN_ALIAS);
            index.ensureIndex();
            return index;
        }

        @Bean
        @Primary
        AuditTrail trailOfItsOwn() throws IOException {
            S3ObjectStore store = new S3ObjectStore(S3.s3Endpoint(), S3.accessKey(), S3.secretKey(), TRAIL_BUCKET);
            store.ensureBucket();
            return new AuditTrail(store);
        }
    }

    @Test
    void withoutTheTrailASearchIs503AndShowsNothing() throws Exception {
        assertThat(index.alias()).isEqualTo(OWN_ALIAS);
        Doc doc = document("华东", "浙江省", "杭州市", "西湖区");
        String search = "/api/search?q=" + enc(doc.name());
        Response before = get("admin", search);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.body()).contains(doc.id());

        removeTrailBucket();

        Response after = get("admin", search);
        assertThat(after.status()).isEqualTo(503);
        assertThat(after.header("Retry-After")).isEqualTo("30");
        assertThat(after.json().get("title").asText()).isEqualTo("Audit trail unavailable");
        assertThat(after.body()).doesNotContain(doc.id()).doesNotContain(doc.name()).doesNotContain("hits");
        Response suggestion = get("admin", "/api/suggest?q=" + enc(doc.name().substring(0, 4)));
        assertThat(suggestion.status()).isEqualTo(503);
        assertThat(suggestion.body()).doesNotContain(doc.name());
    }

    private static void removeTrailBucket() throws Exception {
        S3ObjectStore store = new S3ObjectStore(S3.s3Endpoint(), S3.accessKey(), S3.secretKey(), TRAIL_BUCKET);
        for (String key : store.list("")) {
            store.delete(key);
        }
        MinioClient.builder().endpoint(S3.s3Endpoint()).credentials(S3.accessKey(), S3.secretKey()).build()
                .removeBucket(RemoveBucketArgs.builder().bucket(TRAIL_BUCKET).build());
    }
}
