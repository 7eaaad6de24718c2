package cn.archive.api.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.hostile.HostileFixtures;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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
 * The inbox on the real S3 server and Elasticsearch: a scan dropped into the folder is stored,
 * read and indexed; a file that is not a scan goes to {@code .failed/} with its reason; when the
 * ingest queue is full, files wait in the folder instead of piling up in memory.
 */
class InboxWatcherTest {

    @TempDir
    Path inbox;

    private TestArchive archive;
    private IngestPipeline pipeline;
    private ThreadPoolExecutor queue;
    private InboxWatcher watcher;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
        pipeline = archive.pipeline();
        queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        watcher = new InboxWatcher(new InboxProperties(inbox.toString(), Duration.ofSeconds(1), Duration.ofMillis(500)),
                pipeline, queue);
    }

    @AfterEach
    void tearDown() throws Exception {
        // Let OCR in flight finish: closing an engine under a running recognition aborts the JVM.
        queue.shutdown();
        queue.awaitTermination(2, TimeUnit.MINUTES);
        pipeline.close();
        archive.close();
    }

    private Path drop(String name, byte[] bytes) throws Exception {
        Path file = inbox.resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10))); // finished writing
        return file;
    }

    private static byte[] scan(String customer, long seed) {
        return ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "客户名称：" + customer), ScanFactory.cjkFont(),
                0.2, 100, seed));
    }

    @Test
    void aScanDroppedIntoTheInboxIsStoredReadAndIndexed() throws Exception {
        Path file = drop("scan-1.png", scan("石家庄燕赵纺织有限公司", 1));
        String id = Sha256.of(file);

        assertThat(watcher.poll()).isEqualTo(1);
        drain();

        assertThat(archive.store.readManifest(id)).hasValueSatisfying(m ->
                assertThat(m.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW));
        assertThat(archive.index.get(id)).isPresent();
        assertThat(inbox.resolve(".done/scan-1.png")).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNotAScanGoesToFailedWithItsReason() throws Exception {
        drop("minutes.pdf", "<html><body>meeting minutes</body></html>".getBytes());

        assertThat(watcher.poll()).isZero();

        assertThat(inbox.resolve(".failed/minutes.pdf")).exists();
        assertThat(Files.readString(inbox.resolve(".failed/minutes.pdf.reason.txt"))).contains("text/html");
    }

    @Test
    void whenTheQueueIsFullFilesWaitInTheFolder() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        queue.execute(() -> await(release)); // the one worker is busy
        queue.execute(() -> { });            // and the one queue place taken
        Path waiting = drop("scan-2.png", scan("呼和浩特草原乳品有限公司", 2));

        assertThat(watcher.poll()).isZero();
        assertThat(waiting).exists();
        assertThat(archive.store.manifestIds()).isEmpty();

        release.countDown();
        while (queue.getQueue().remainingCapacity() == 0) {
            Thread.sleep(50);
        }
        String id = Sha256.of(waiting);
        assertThat(watcher.poll()).isEqualTo(1);
        assertThat(archive.store.manifestIds()).containsExactly(id);
        drain();
        assertThat(waiting).doesNotExist();
        assertThat(inbox.resolve(".done/scan-2.png")).exists();
    }

    @Test
    void aFileStoredBeforeACrashButNeverReadIsTakenAgainAndFinished() throws Exception {
        Path file = drop("scan-4.png", scan("西宁高原牧业有限公司", 4));
        String id = pipeline.accept(file, "scan-4.png").id(); // the app died right after this

        assertThat(watcher.poll()).isEqualTo(1);
        drain();

        assertThat(archive.store.readManifest(id)).hasValueSatisfying(m ->
                assertThat(m.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW));
        assertThat(inbox.resolve(".done/scan-4.png")).exists();
    }

    @Test
    void aFileThatCannotBeReadGoesToFailedWithItsReason() throws Exception {
        drop("bomb.png", HostileFixtures.pixelBombPng(60_000, 60_000));

        assertThat(watcher.poll()).isEqualTo(1);
        drain();

        assertThat(Files.readString(inbox.resolve(".failed/bomb.png.reason.txt"))).contains("60000×60000");
    }

    private void drain() throws InterruptedException {
        queue.shutdown();
        assertThat(queue.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws Exception {
        Path fresh = inbox.resolve("scan-3.png");
        Files.write(fresh, scan("拉萨雪域旅游有限公司", 3)); // modified just now

        assertThat(watcher.poll()).isZero();
        assertThat(fresh).exists();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
