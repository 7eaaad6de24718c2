package cn.archive.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads accepted before a crash are finished after it, on the real S3 server and Elasticsearch
 * with real OCR: the app's in-memory queue is lost, the markers in the object store are not.
 */
class UploadBacklogTest {

    @TempDir
    Path dir;

    private TestArchive archive;
    private IngestPipeline pipeline;
    private ThreadPoolExecutor queue;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
        pipeline = archive.pipeline();
        queue = newQueue();
    }

    @AfterEach
    void tearDown() throws Exception {
        // Let OCR in flight finish: closing an engine under a running recognition aborts the JVM.
        queue.shutdown();
        queue.awaitTermination(2, TimeUnit.MINUTES);
        pipeline.close();
        archive.close();
    }

    private static ThreadPoolExecutor newQueue() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
    }

    private UploadBacklog backlog() {
        return new UploadBacklog(archive.store, pipeline, queue, Duration.ofMinutes(5));
    }

    /** Stores a scan as an upload does and notes it in the backlog, then "crashes" before it is read. */
    private String uploadedBeforeACrash(String customer, long seed) throws Exception {
        Path file = dir.resolve("scan-" + seed + ".png");
        Files.write(file, ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "客户名称：" + customer),
                ScanFactory.cjkFont(), 0.2, 100, seed)));
        IngestPipeline.Accepted accepted = pipeline.accept(file, file.getFileName().toString());
        assertThat(accepted.status()).isEqualTo(DocumentStatus.STORED);
        backlog().accepted(accepted.id());
        assertThat(accepted.id()).isEqualTo(Sha256.of(file));
        return accepted.id();
    }

    private List<String> markers() throws Exception {
        return archive.store.objects().list(UploadBacklog.PREFIX);
    }

    private void drain() throws InterruptedException {
        queue.shutdown();
        assertThat(queue.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        queue = newQueue();
    }

    @Test
    void anUploadStoredBeforeACrashIsReadAndIndexedByTheSweepAfterTheRestart() throws Exception {
        String id = uploadedBeforeACrash("贵阳黔灵茶叶有限公司", 11);
        assertThat(markers()).containsExactly(UploadBacklog.PREFIX + id);

        UploadBacklog afterRestart = backlog();
        assertThat(afterRestart.sweep()).isEqualTo(1);
        drain();

        assertThat(archive.store.readManifest(id)).hasValueSatisfying(m ->
                assertThat(m.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW));
        assertThat(archive.index.get(id)).isPresent();
        assertThat(markers()).as("a finished upload leaves no marker").isEmpty();
        assertThat(backlog().sweep()).isZero();
    }

    @Test
    void aFinishedDocumentsMarkerIsDroppedWithoutReadingItAgain() throws Exception {
        String id = uploadedBeforeACrash("南宁绿城糖业有限公司", 12);
        pipeline.process(id); // finished, but the app died before it removed the marker

        assertThat(backlog().sweep()).isZero();

        assertThat(markers()).isEmpty();
        assertThat(queue.getCompletedTaskCount()).isZero();
    }

    @Test
    void whenTheQueueIsFullTheRestWaitsForTheNextSweep() throws Exception {
        String first = uploadedBeforeACrash("海口椰风食品有限公司", 13);
        String second = uploadedBeforeACrash("三亚南山旅游有限公司", 14);
        String third = uploadedBeforeACrash("琼海万泉河农业有限公司", 15);
        CountDownLatch release = new CountDownLatch(1);
        queue.execute(() -> await(release)); // the one worker is busy; one queue place is left

        UploadBacklog backlog = backlog();
        assertThat(backlog.sweep()).isEqualTo(1);
        assertThat(markers()).hasSize(3);

        release.countDown();
        drain();
        assertThat(markers()).as("the first is finished; the other two still wait").hasSize(2);
        backlog = backlog();
        assertThat(backlog.sweep()).as("one to the free worker, one to the queue place").isEqualTo(2);
        drain();

        for (String id : List.of(first, second, third)) {
            assertThat(archive.store.readManifest(id)).hasValueSatisfying(m ->
                    assertThat(m.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW));
        }
        assertThat(markers()).isEmpty();
    }

    @Test
    void aMarkerThatNamesNoDocumentIsRemoved() throws Exception {
        archive.store.objects().put(UploadBacklog.PREFIX + "a".repeat(64), new byte[0], "text/plain");
        archive.store.objects().put(UploadBacklog.PREFIX + "not-an-id", new byte[0], "text/plain");

        assertThat(backlog().sweep()).isZero();

        assertThat(markers()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
