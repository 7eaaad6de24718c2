package cn.archive.api.inbox;

import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the inbox folder (收件夹) and ingests what lands there, through the same bounded queue
 * as uploads: when the queue is full, files simply wait in the folder for a later look. A file is
 * moved to {@code .done/} once it has been stored and read (the store, not the folder, is the
 * archive), or to {@code .failed/} with a {@code .reason.txt} beside it when it is refused or cannot
 * be read. While the object store is down, or after a crash, files stay where they are.
 */
@Component
public class InboxWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final InboxProperties props;
    private final IngestPipeline pipeline;
    private final ThreadPoolExecutor queue;
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    public InboxWatcher(InboxProperties props, IngestPipeline pipeline, ThreadPoolExecutor ingestExecutor) {
        this.props = props;
        this.pipeline = pipeline;
        this.queue = ingestExecutor;
    }

    /** Looks at the folder once; returns how many files were taken. */
    int poll() throws IOException {
        Path inbox = props.path();
        Instant settled = Instant.now().minus(props.settleTime());
        int taken = 0;
        for (Path file : waiting(inbox)) {
            if (inFlight.contains(file) || Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
                continue;
            }
            if (queue.getQueue().remainingCapacity() == 0) {
                break; // back-pressure: the rest waits in the folder
            }
            try {
                IngestPipeline.Accepted accepted = pipeline.accept(file, file.getFileName().toString());
                if (accepted.status() == DocumentStatus.STORED) {
                    inFlight.add(file);
                    try {
                        queue.execute(() -> processAndFile(inbox, file, accepted.id()));
                    } catch (RejectedExecutionException e) {
                        inFlight.remove(file);
                        break; // stored already; taken again (a duplicate still STORED) when there is room
                    }
                } else if (accepted.status() == DocumentStatus.FAILED) {
                    refuse(inbox, file, "the same file was refused before as document " + accepted.id());
                } else {
                    moveTo(inbox.resolve(".done"), file);
                }
                taken++;
            } catch (RejectedFileException e) {
                refuse(inbox, file, e.getMessage());
            } catch (IOException e) {
                log.warn("inbox: could not store {} ({}); it stays in the inbox and is tried again", file, e.getMessage());
                break;
            }
        }
        return taken;
    }

    /**
     * Reads and indexes a stored file, then files it away. It stays in the inbox until then, so a
     * crash meanwhile leaves it to be taken again (as a duplicate still STORED) after a restart.
     */
    private void processAndFile(Path inbox, Path file, String id) {
        try {
            ArchiveRecord done = pipeline.process(id);
            if (done.status() == DocumentStatus.FAILED) {
                refuse(inbox, file, done.error());
            } else {
                moveTo(inbox.resolve(".done"), file);
            }
        } catch (IOException | RuntimeException e) {
            log.error("inbox: processing of document {} ({}) failed; it stays in the inbox and is taken again", id,
                    file.getFileName(), e);
        } finally {
            inFlight.remove(file);
        }
    }

    private static void refuse(Path inbox, Path file, String reason) throws IOException {
        Path failed = moveTo(inbox.resolve(".failed"), file);
        Files.writeString(failed.resolveSibling(failed.getFileName() + ".reason.txt"), reason + "\n",
                StandardCharsets.UTF_8);
        log.warn("inbox: {} refused: {}", file.getFileName(), reason);
    }

    /** Files in the folder and below, oldest name first, leaving out hidden ones and the .done/.failed folders. */
    private static List<Path> waiting(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(inbox.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path moveTo(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(n + "-" + file.getFileName());
        }
        return Files.move(file, target);
    }

    @Override
    public synchronized void start() {
        Path inbox = props.path();
        if (inbox == null) {
            return;
        }
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the inbox folder " + inbox + " (ARCHIVE_INBOX): "
                    + e.getMessage(), e);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "inbox"));
        timer.scheduleWithFixedDelay(this::pollLogged, 0, props.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("inbox: watching {} every {} s", inbox.toAbsolutePath(), props.pollInterval().toSeconds());
    }

    private void pollLogged() {
        try {
            poll();
        } catch (IOException | RuntimeException e) {
            log.warn("inbox: could not look at {} ({}); trying again", props.folder(), e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
