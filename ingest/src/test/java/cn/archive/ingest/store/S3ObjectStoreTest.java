package cn.archive.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.archive.ingest.testsupport.ArchiveServices;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link S3ObjectStore#find}: one GET that tells a missing object from a failing store, on a real S3 server. */
class S3ObjectStoreTest {

    private final ArchiveServices.Endpoints services = ArchiveServices.get();

    @Test
    void findReturnsTheObjectOrEmptyWhenThereIsNone() throws IOException {
        S3ObjectStore store = new S3ObjectStore(services.s3Endpoint(), services.accessKey(), services.secretKey(),
                services.newBucket());
        store.ensureBucket();
        store.put("users/ann.json", "{\"username\":\"ann\"}".getBytes(StandardCharsets.UTF_8), "application/json");

        Optional<InputStream> found = store.find("users/ann.json");
        assertThat(found).isPresent();
        try (InputStream in = found.get()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"username\":\"ann\"}");
        }
        assertThat(store.find("users/bob.json")).isEmpty();
    }

    @Test
    void aStoreThatCannotBeReadIsAnErrorNotAMissingObject() {
        // A bucket that was never created: the server answers NoSuchBucket, which must not read as "no such user".
        S3ObjectStore store = new S3ObjectStore(services.s3Endpoint(), services.accessKey(), services.secretKey(),
                services.newBucket());

        assertThatThrownBy(() -> store.find("users/ann.json")).isInstanceOf(IOException.class)
                .hasMessageContaining("users/ann.json");
    }
}
