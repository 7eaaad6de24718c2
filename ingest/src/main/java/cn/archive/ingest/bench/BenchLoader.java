package cn.archive.ingest.bench;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a new index version with synthetic records straight through the bulk API (no OCR, no object
 * store) and switches the alias to it, the way a reindex rolls out: searches answer from the old
 * index until the new one is complete.
 */
final class BenchLoader {

    private static final int BATCH = 250;
    private static final int ATTEMPTS = 5;

    private final SearchIndex index;
    private final PrintStream out;

    BenchLoader(SearchIndex index, PrintStream out) {
        this.index = index;
        this.out = out;
    }

    void load(int documents, int threads) throws Exception {
        String target = index.createVersion();
        // No refreshes while loading: one segment flush at the end instead of one a second.
        index.client().indices().putSettings(s -> s.index(target).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        SyntheticRecords records = new SyntheticRecords(documents);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int start; (start = next.getAndAdd(BATCH)) < documents; ) {
                        List<ArchiveRecord> batch = new ArrayList<>(BATCH);
                        for (int i = start; i < Math.min(documents, start + BATCH); i++) {
                            batch.add(records.document(i));
                        }
                        bulk(target, batch);
                        int n = done.addAndGet(batch.size());
                        if (n % 20_000 < BATCH) {
                            out.printf("loaded %,d / %,d (%.0f docs/s)%n", n, documents, n / seconds(t0));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (Exception e) {
            index.client().indices().delete(d -> d.index(target)); // a half-filled version is of no use
            throw e;
        } finally {
            pool.shutdownNow();
        }
        index.client().indices().putSettings(s -> s.index(target).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        index.client().indices().refresh(r -> r.index(target));
        index.switchAlias(target);
        out.printf("loaded %,d documents into %s in %.0f s; alias %s switched to it%n", documents, target,
                seconds(t0), index.alias());
    }

    /**
     * One batch, again after a timeout: a busy two-core machine can stall a bulk request past the
     * client's 30 s, and indexing by id makes a repeat harmless.
     */
    private void bulk(String target, List<ArchiveRecord> batch) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                List<String> failures = index.bulk(target, batch);
                if (failures.isEmpty()) {
                    return;
                }
                if (attempt == ATTEMPTS) {
                    throw new IOException(failures.size() + " documents rejected, first: " + failures.get(0));
                }
            } catch (java.net.SocketTimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                out.println("bulk request timed out (attempt " + attempt + "); retrying");
            }
            Thread.sleep(2000L * attempt);
        }
    }

    private static double seconds(long t0) {
        return Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
    }
}
