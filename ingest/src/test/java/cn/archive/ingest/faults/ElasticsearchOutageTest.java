package cn.archive.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TcpForwarder;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch goes away in the middle of ingestion (a real network failure through a forwarder
 * in front of the real server): documents stay STORED with what was read from them, and become
 * searchable on their own once it is back.
 */
class ElasticsearchOutageTest {

    @TempDir
    Path dir;

    private TestArchive archive;
    private TcpForwarder forwarder;
    private SearchIndex indexViaForwarder;
    private IngestPipeline pipeline;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
        forwarder = new TcpForwarder(archive.services.esUrl());
        indexViaForwarder = new SearchIndex(forwarder.url(), archive.alias);
        pipeline = archive.pipeline(archive.store, indexViaForwarder);
    }

    @AfterEach
    void tearDown() throws Exception {
        pipeline.close();
        indexViaForwarder.close();
        forwarder.close();
        archive.close();
    }

    @Test
    void documentsStayStoredWhileElasticsearchIsDownAndAreIndexedWhenItIsBack() throws Exception {
        Path scan = dir.resolve("form.png");
        Files.write(scan, ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2023-000901",
                "客户名称：宁波港城物流有限公司", "客户等级：重点客户"), ScanFactory.cjkFont(), 0.3, 200, 901)));
        forwarder.stop();

        IngestOutcome outcome = pipeline.ingest(scan, "form.png");

        assertThat(outcome.failed()).as("an index outage is not the file's fault: %s", outcome.reason()).isFalse();
        assertThat(outcome.status()).isEqualTo(DocumentStatus.STORED);
        ArchiveRecord stored = archive.store.readManifest(outcome.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(stored.archiveNo()).as("what was read is kept, so no second OCR").isEqualTo("KH-2023-000901");
        assertThat(pipeline.awaitingIndex()).isEqualTo(1);

        forwarder.start();

        assertThat(pipeline.awaitIndexed(Duration.ofMinutes(2))).as("indexed after Elasticsearch came back").isTrue();
        ArchiveRecord done = archive.store.readManifest(outcome.id()).orElseThrow();
        assertThat(done.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW);
        assertThat(archive.index.get(outcome.id()))
                .hasValueSatisfying(r -> assertThat(r.archiveNo()).isEqualTo("KH-2023-000901"));
    }

    @Test
    void aSavedRevisionWaitsForElasticsearchAndARetryNeverBringsBackAnOlderOne() throws Exception {
        ArchiveRecord second = revision(2, "宁波港城物流有限公司");
        ArchiveRecord third = revision(3, "宁波港城国际物流有限公司");
        archive.store.writeManifest(second);
        forwarder.stop();

        assertThat(pipeline.indexRevision(second)).as("Elasticsearch is down").isFalse();
        assertThat(pipeline.awaitingIndex()).isEqualTo(1);
        assertThat(archive.store.readManifest(second.id())).as("the saved review is not set back to STORED")
                .contains(second);
        // Meanwhile the next review is saved and indexed by another instance that still reaches Elasticsearch.
        archive.store.writeManifest(third);
        archive.index.indexAndWait(third);
        forwarder.start();

        assertThat(pipeline.awaitIndexed(Duration.ofMinutes(2))).isTrue();
        assertThat(archive.store.readManifest(third.id())).contains(third);
        assertThat(archive.index.get(third.id())).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo(3));
    }

    private static ArchiveRecord revision(int n, String name) {
        return new ArchiveRecord("c".repeat(64), "form.png", "KH-2023-000903", false, null,
                new Customer(name, null, null, null, null, null, null, null, null, null), null, null, null,
                Map.of("customer.name", 1.0), DocumentStatus.INDEXED, null, 1, "客户名称：" + name, null,
                Instant.parse("2026-11-20T02:00:00Z"), n, "archivist", Instant.parse("2026-11-26T04:00:00Z").plusSeconds(n));
    }

    @Test
    void aConnectionCutMidRequestIsRetriedToo() throws Exception {
        Path scan = dir.resolve("cut.png");
        Files.write(scan, ScanFactory.png(ScanFactory.page(List.of("客户意见反馈单", "客户名称：青岛海滨食品有限公司"),
                ScanFactory.cjkFont(), -0.4, 150, 902)));
        IngestOutcome first = pipeline.ingest(scan, "cut.png");
        assertThat(first.failed()).isFalse();

        forwarder.stop(); // cuts the client's pooled keep-alive connections as well
        Path other = dir.resolve("cut2.png");
        Files.write(other, ScanFactory.png(ScanFactory.page(List.of("客户意见反馈单", "客户名称：厦门鹭岛茶业有限公司"),
                ScanFactory.cjkFont(), 0.6, 150, 903)));
        IngestOutcome second = pipeline.ingest(other, "cut2.png");
        forwarder.start();

        assertThat(second.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(pipeline.awaitIndexed(Duration.ofMinutes(2))).isTrue();
        archive.index.refresh();
        assertThat(archive.index.count()).isEqualTo(2);
    }
}
