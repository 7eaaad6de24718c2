package cn.archive.ingest.cli;

import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.DocumentStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code ./archive ingest}: walks the given files and folders, ingests each file on a pool of
 * workers (one per core, each borrowing its own Tesseract engine), prints a line per file and a
 * summary. Files already in the archive are reported as duplicates, so a re-run resumes.
 */
final class BulkIngest {

    /** Counts of final states. */
    record Summary(int ingested, int duplicates, int needsReview, int failed) {
    }

    private final IngestPipeline pipeline;
    private final int workers;
    private final PrintStream err;

    BulkIngest(IngestPipeline pipeline, int workers, PrintStream err) {
        this.pipeline = pipeline;
        this.workers = workers;
        this.err = err;
    }

    Summary run(List<Path> roots) throws IOException {
        List<Path> files = collect(roots);
        err.printf("ingesting %d files with %d workers%n", files.size(), workers);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<IngestOutcome>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                IngestOutcome outcome = pipeline.ingest(file, file.toString());
                report(done.incrementAndGet(), files.size(), outcome);
                return outcome;
            }));
        }
        pool.shutdown();
        int ingested = 0;
        int duplicates = 0;
        int review = 0;
        List<IngestOutcome> failures = new ArrayList<>();
        for (Future<IngestOutcome> f : futures) {
            IngestOutcome o = join(f);
            if (o.failed()) {
                failures.add(o);
            } else if (o.duplicate()) {
                duplicates++;
            } else if (o.status() == DocumentStatus.NEEDS_REVIEW) {
                review++;
            } else {
                ingested++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("%nsummary: %d ingested, %d duplicates, %d need review, %d failed (%.1f s)%n",
                ingested, duplicates, review, failures.size(), seconds);
        failures.forEach(o -> err.printf("  FAILED %s: %s%n", o.file(), o.reason()));
        return new Summary(ingested, duplicates, review, failures.size());
    }

    private synchronized void report(int n, int total, IngestOutcome o) {
        String what = o.failed() ? "FAILED (" + o.reason() + ")" : o.duplicate() ? "duplicate" : o.status().name();
        err.printf("[%d/%d] %s → %s%n", n, total, o.file(), what);
    }

    private static IngestOutcome join(Future<IngestOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    static List<Path> collect(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IOException("no such file or folder: " + root);
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
