package cn.archive.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.hostile.HostileFixtures;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index dropped and rebuilt from the store alone gives the same documents: the same ids, the
 * same count and every field equal; a FAILED document stays out of it.
 */
class ReindexEqualityTest {

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

    @Test
    void theRebuiltIndexHoldsTheSameIdsCountAndFields() throws Exception {
        List<String> customers = List.of("哈尔滨冰城乳业有限公司", "长沙湘江机械有限公司", "南宁绿城医药有限公司");
        for (int i = 0; i < customers.size(); i++) {
            Path file = dir.resolve("r" + i + ".png");
            Files.write(file, ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2021-00030" + i,
                    "客户名称：" + customers.get(i), "所属行业：机械制造", "手机：1380571223" + i), ScanFactory.cjkFont(),
                    0.3, 100, 300 + i)));
            assertThat(pipeline.ingest(file, file.getFileName().toString()).failed()).isFalse();
        }
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, HostileFixtures.corruptPdf());
        assertThat(pipeline.ingest(broken, "broken.pdf").failed()).isTrue();
        archive.index.refresh();
        Map<String, ArchiveRecord> before = new HashMap<>();
        for (String id : archive.store.manifestIds()) {
            archive.index.get(id).ifPresent(r -> before.put(id, r));
        }
        long count = archive.index.count();

        List<String> dropped = List.copyOf(archive.index.currentIndices());
        archive.index.client().indices().delete(d -> d.index(dropped));
        Reindexer.Result result = new Reindexer(archive.store, archive.index).rebuild(n -> { });
        archive.index.refresh();

        assertThat(count).isEqualTo(3);
        assertThat(result.indexed()).isEqualTo(3);
        assertThat(result.skipped()).as("the failed document").isEqualTo(1);
        assertThat(archive.index.count()).isEqualTo(count);
        Map<String, ArchiveRecord> after = new HashMap<>();
        for (String id : before.keySet()) {
            archive.index.get(id).ifPresent(r -> after.put(id, r));
        }
        assertThat(after).isEqualTo(before);
    }
}
