package cn.archive.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./archive verify} on a real store and index: a consistent archive passes; a document
 * dropped from the index is missing, an edited manifest makes its index entry stale, an entry with
 * no manifest is orphaned, an original with other bytes is corrupt; reindex repairs the index.
 */
class VerifierTest {

    @TempDir
    Path dir;

    private TestArchive archive;
    private IngestPipeline pipeline;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
        pipeline = archive.pipeline();
    }

    @AfterEach
    void tearDown() throws Exception {
        pipeline.close();
        archive.close();
    }

    private String ingest(String name, String customer, long seed) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "客户名称：" + customer),
                ScanFactory.cjkFont(), 0.1, 100, seed)));
        IngestOutcome o = pipeline.ingest(file, name);
        assertThat(o.failed()).as(o.reason()).isFalse();
        return o.id();
    }

    @Test
    void aConsistentArchivePassesAndEachKindOfDamageIsNamed() throws Exception {
        String dropped = ingest("a.png", "昆明春城花卉有限公司", 1);
        String edited = ingest("b.png", "贵阳筑城建材有限公司", 2);
        String damaged = ingest("c.png", "兰州黄河机电有限公司", 3);
        archive.index.refresh();
        assertThat(new Verifier(archive.store, archive.index).verify(true).consistent()).isTrue();

        archive.index.client().delete(d -> d.index(archive.alias).id(dropped));
        ArchiveRecord manifest = archive.store.readManifest(edited).orElseThrow();
        archive.store.writeManifest(manifest.withAssignedArchiveNo("KH-2020-999999"));
        String ghost = "f".repeat(64);
        archive.index.client().index(i -> i.index(archive.alias).id(ghost).document(manifest));
        archive.store.objects().put("originals/" + damaged, "not the scan any more".getBytes(), "image/png");
        archive.index.refresh();

        Verifier.Report report = new Verifier(archive.store, archive.index).verify(true);

        assertThat(report.consistent()).isFalse();
        assertThat(report.missing()).singleElement().asString().startsWith(dropped);
        assertThat(report.stale()).singleElement().asString().startsWith(edited);
        assertThat(report.orphaned()).singleElement().asString().startsWith(ghost);
        assertThat(report.corrupt()).singleElement().asString().startsWith(damaged).contains("no longer hash");

        new Reindexer(archive.store, archive.index).rebuild(n -> { });
        archive.index.refresh();
        Verifier.Report after = new Verifier(archive.store, archive.index).verify(true);
        assertThat(after.missing()).isEmpty();
        assertThat(after.stale()).isEmpty();
        assertThat(after.orphaned()).isEmpty();
        assertThat(after.corrupt()).as("reindex cannot repair an original").hasSize(1);
    }
}
