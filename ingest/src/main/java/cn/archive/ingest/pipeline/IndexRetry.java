package cn.archive.ingest.pipeline;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexing that survives an Elasticsearch outage (索引重试): a document whose index request fails
 * stays STORED in the object store (with everything read from it) and is indexed again on a
 * backoff schedule until Elasticsearch answers, then its manifest moves to its final state. No
 * operator action is needed; a process that dies meanwhile leaves it STORED for the next run.
 */
final class IndexRetry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexRetry.class);

    private final DocumentStore store;
    private final SearchIndex index;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Map<String, ArchiveRecord> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-retry");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean aliasReady;
    private boolean scheduled;
    private Duration delay;

    IndexRetry(DocumentStore store, SearchIndex index, Duration firstDelay, Duration maxDelay) {
        this.store = store;
        this.index = index;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.delay = firstDelay;
    }

    /**
     * Indexes {@code done} and writes its final manifest; when Elasticsearch fails, keeps it for a
     * retry and returns false. An object store failure is thrown: nothing is acknowledged then.
     */
    boolean indexOrRetryLater(ArchiveRecord done) throws IOException {
        return indexOrRetryLater(done, false);
    }

    /**
     * As {@link #indexOrRetryLater(ArchiveRecord)} for a record the manifest already holds as it is (a
     * saved review): the manifest is left alone, so an outage never sets a reviewed record back to STORED.
     */
    boolean indexHeldOrRetryLater(ArchiveRecord held) throws IOException {
        return indexOrRetryLater(held, true);
    }

    private boolean indexOrRetryLater(ArchiveRecord done, boolean manifestHoldsIt) throws IOException {
        try {
            indexNow(done);
        } catch (IndexUnavailable e) {
            log.warn("Elasticsearch did not take document {} ({}); it is retried", done.id(), e.getCause().getMessage());
            if (!manifestHoldsIt) {
                // What was read is made durable now, so neither the retry nor a resumed run reads the pages again.
                store.writeManifest(done.withStatus(DocumentStatus.STORED, null));
            }
            pending.put(done.id(), done);
            schedule();
            return false;
        }
        if (!manifestHoldsIt) {
            store.writeManifest(done);
        }
        return true;
    }

    /** Documents stored but waiting for Elasticsearch. */
    int pending() {
        return pending.size();
    }

    /** Waits until every pending document is indexed or {@code timeout} passes; true when none is left. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        return pending.isEmpty();
    }

    private void indexNow(ArchiveRecord done) throws IndexUnavailable {
        try {
            if (!aliasReady) {
                // Never index before the alias exists: Elasticsearch would auto-create a plain index under its name.
                index.ensureIndex();
                aliasReady = true;
            }
            index.index(done);
        } catch (IOException | RuntimeException e) {
            throw new IndexUnavailable(e);
        }
    }

    private synchronized void schedule() {
        if (!scheduled && !scheduler.isShutdown()) {
            scheduled = true;
            scheduler.schedule(this::retryAll, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retryAll() {
        boolean allWent = true;
        for (ArchiveRecord done : pending.values()) {
            try {
                if (superseded(done)) {
                    pending.remove(done.id(), done);
                    continue;
                }
                indexNow(done);
                store.writeManifest(done);
                pending.remove(done.id(), done);
            } catch (IndexUnavailable | IOException e) {
                allWent = false;
                break; // still down: wait longer rather than hammer it with every document
            }
        }
        synchronized (this) {
            scheduled = false;
            delay = allWent ? firstDelay : min(delay.multipliedBy(2), maxDelay);
        }
        if (!pending.isEmpty()) {
            log.info("{} documents stored and waiting for Elasticsearch; next try in {} s", pending.size(),
                    delay.toSeconds());
            schedule();
        }
    }

    /** A newer revision in the store (a review saved meanwhile) replaces this one: it is not indexed over it. */
    private boolean superseded(ArchiveRecord done) throws IOException {
        return store.readManifest(done.id()).map(now -> now.revision() > done.revision()).orElse(false);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** Elasticsearch refused or did not answer; the cause says how. */
    private static final class IndexUnavailable extends Exception {
        IndexUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
