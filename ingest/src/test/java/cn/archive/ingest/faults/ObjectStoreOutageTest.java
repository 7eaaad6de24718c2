package cn.archive.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TcpForwarder;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 server goes away (a real network failure through a forwarder): nothing is acknowledged,
 * the error says what failed and what to do, and running the same ingest again completes it.
 */
class ObjectStoreOutageTest {

    @TempDir
    Path dir;

    private TestArchive archive;
    private TcpForwarder forwarder;
    private IngestPipeline pipeline;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
        forwarder = new TcpForwarder(archive.services.s3Endpoint());
        pipeline = archive.pipeline(archive.storeAt(forwarder.url()), archive.index);
    }

    @AfterEach
    void tearDown() throws Exception {
        pipeline.close();
        forwarder.close();
        archive.close();
    }

    @Test
    void nothingIsAcknowledgedWhileS3IsDownAndTheSameIngestCompletesAfterwards() throws Exception {
        Path scan = dir.resolve("ledger.png");
        Files.write(scan, ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2022-000777",
                "客户名称：合肥科大电子有限公司"), ScanFactory.cjkFont(), 0.2, 150, 777)));
        String id = Sha256.of(scan);
        forwarder.stop();

        IngestOutcome down = pipeline.ingest(scan, "ledger.png");

        assertThat(down.failed()).isTrue();
        assertThat(down.reason()).contains("object store").contains("S3").contains("run the same ingest again");
        assertThat(archive.store.readManifest(id)).as("no manifest, so nothing acknowledged").isEmpty();
        assertThat(archive.store.statOriginal(id)).isEmpty();

        forwarder.start();
        IngestOutcome resumed = pipeline.ingest(scan, "ledger.png");

        assertThat(resumed.failed()).as(resumed.reason()).isFalse();
        assertThat(resumed.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW);
        assertThat(archive.store.readManifest(id)).hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(resumed.status()));
        assertThat(archive.index.get(id)).isPresent();
    }
}
