package cn.archive.api.document;

import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Uploads that were accepted (stored, answered 202) and are not finished yet. A marker per document
 * under {@value #PREFIX} in the object store is written before the 202 and removed once the document
 * is INDEXED, NEEDS_REVIEW or FAILED. After a crash or a restart the in-memory ingest queue is gone,
 * so the markers are swept when the app starts and every few minutes after: a document still STORED
 * goes on the queue again. An accepted upload is therefore never left unread waiting for an operator,
 * and the sweep reads only the markers, not every manifest of the archive.
 */
@Component
class UploadBacklog implements SmartLifecycle {

    /** Where the markers live in the object store; a marker's key ends with the document's id. */
    static final String PREFIX = "backlog/uploads/";

    private static final Logger log = LoggerFactory.getLogger(UploadBacklog.class);
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    private final DocumentStore store;
    private final ObjectStore objects;
    private final IngestPipeline pipeline;
    private final ThreadPoolExecutor queue;
    private final Duration interval;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    @Autowired
    UploadBacklog(DocumentStore store, IngestPipeline pipeline, ThreadPoolExecutor ingestExecutor) {
        this(store, pipeline, ingestExecutor, DEFAULT_INTERVAL);
    }

    UploadBacklog(DocumentStore store, IngestPipeline pipeline, ThreadPoolExecutor ingestExecutor, Duration interval) {
        this.store = store;
        this.objects = store.objects();
        this.pipeline = pipeline;
        this.queue = ingestExecutor;
        this.interval = interval;
    }

    /** Notes a stored upload as not finished; durable before this returns, so before the 202. */
    void accepted(String id) throws IOException {
        objects.put(PREFIX + DocumentStore.requireId(id), Instant.now().toString().getBytes(StandardCharsets.UTF_8),
                "text/plain");
    }

    /**
     * Puts a stored document on the ingest queue. False when the queue is full: the marker keeps the
     * document for a later sweep. A document already queued or being read is not queued twice.
     */
    boolean submit(String id) {
        if (!inFlight.add(id)) {
            return true;
        }
        try {
            queue.execute(() -> {
                try {
                    process(id);
                } finally {
                    inFlight.remove(id);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.remove(id);
            return false;
        }
    }

    private void process(String id) {
        try {
            ArchiveRecord done = pipeline.process(id);
            if (finished(done.status())) {
                objects.delete(PREFIX + id);
            }
            // Still STORED: Elasticsearch refused it and the pipeline retries; the marker stays until then.
        } catch (IOException | RuntimeException e) {
            log.error("processing of uploaded document {} failed; it stays STORED and the next sweep (within {} min)"
                    + " takes it again", id, interval.toMinutes(), e);
        }
    }

    /**
     * Looks at every marker once: queues what is still STORED, drops the markers of finished
     * documents. Stops early when the queue is full. Returns how many documents were queued.
     */
    int sweep() throws IOException {
        int queued = 0;
        for (String key : objects.list(PREFIX)) {
            String id = key.substring(PREFIX.length());
            if (inFlight.contains(id)) {
                continue;
            }
            Optional<ArchiveRecord> manifest = id.matches("[0-9a-f]{64}") ? store.readManifest(id) : Optional.empty();
            if (manifest.isEmpty()) {
                log.warn("upload backlog: {} names no document in the store; removed", key);
                objects.delete(key);
            } else if (finished(manifest.get().status())) {
                objects.delete(key);
            } else if (submit(id)) {
                queued++;
            } else {
                break; // back-pressure: the rest waits for the next sweep
            }
        }
        if (queued > 0) {
            log.info("upload backlog: {} stored upload(s) put on the ingest queue again", queued);
        }
        return queued;
    }

    private static boolean finished(DocumentStatus status) {
        return status == DocumentStatus.INDEXED || status == DocumentStatus.NEEDS_REVIEW
                || status == DocumentStatus.FAILED;
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (IOException | RuntimeException e) {
            log.warn("upload backlog: could not sweep ({}); trying again in {} min", e.getMessage(), interval.toMinutes());
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "upload-backlog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweepLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
