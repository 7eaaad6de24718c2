package cn.archive.ingest.cli;

import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./archive ingest} (批量入库): walks the given files and folders, ingests each file on a pool
 * of workers (one Tesseract engine per core, and one file more in flight than engines), shows progress, writes the
 * report file and prints a summary. Files already in the archive are reported with their state as
 * duplicates, so a re-run after a crash resumes; documents Elasticsearch did not take are waited
 * for (it is retried with backoff) before the summary.
 */
final class BulkIngest {

    /** Counts of final states; {@code waiting} are stored but were not yet taken by Elasticsearch. */
    record Summary(int ingested, int duplicates, int needsReview, int failed, int waiting) {

        boolean allWell() {
            return failed == 0 && waiting == 0;
        }
    }

    private final IngestPipeline pipeline;
    private final DocumentStore store;
    private final int workers;
    private final PrintStream err;
    private final boolean terminal;
    private final Duration indexWait;

    BulkIngest(IngestPipeline pipeline, DocumentStore store, int workers, PrintStream err, boolean terminal,
               Duration indexWait) {
        this.pipeline = pipeline;
        this.store = store;
        this.workers = workers;
        this.err = err;
        this.terminal = terminal;
        this.indexWait = indexWait;
    }

    Summary run(List<Path> roots, Path reportFile) throws IOException, InterruptedException {
        List<Path> files = collect(roots);
        err.printf("ingesting %d files with %d workers; report: %s%n", files.size(), workers, reportFile);
        IngestProgress progress = new IngestProgress(err, terminal, files.size());
        List<IngestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (IngestReport report = new IngestReport(reportFile)) {
            // One file more in flight than there are OCR engines: while a file is hashed, stored, decoded or
            // indexed (waiting on S3 and Elasticsearch), the others keep every engine, so every core, busy.
            ExecutorService pool = Executors.newFixedThreadPool(workers + 1);
            for (Path file : files) {
                pool.execute(() -> {
                    IngestOutcome o = ingestOne(file);
                    progress.finished(o);
                    if (!o.awaitingIndex()) {
                        report.write(o);
                    }
                    outcomes.add(o);
                });
            }
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            progress.end();
            List<IngestOutcome> waited = awaitIndex(outcomes);
            waited.forEach(report::write);
            Summary summary = summarise(outcomes);
            err.printf("summary: %d ingested, %d duplicates, %d need review, %d failed, %d stored but not yet "
                            + "searchable · %d pages in %s%n", summary.ingested(), summary.duplicates(),
                    summary.needsReview(), summary.failed(), summary.waiting(), progress.pages(),
                    IngestProgress.duration(progress.minutes()));
            outcomes.stream().filter(IngestOutcome::failed)
                    .forEach(o -> err.printf("  FAILED %s: %s%n", o.file(), o.reason()));
            err.println("report: " + report.path());
            return summary;
        }
    }

    /** One file; whatever goes wrong with it is its own outcome, and the worker moves on. */
    private IngestOutcome ingestOne(Path file) {
        try {
            return pipeline.ingest(file, file.toString());
        } catch (RuntimeException | Error e) {
            return new IngestOutcome(file.toString(), null, DocumentStatus.FAILED, false,
                    "internal error while reading it (" + e + "); report this file to the archive's maintainers", null);
        }
    }

    /** Waits for Elasticsearch to take what it refused, then reads where those documents ended. */
    private List<IngestOutcome> awaitIndex(List<IngestOutcome> outcomes) throws InterruptedException, IOException {
        List<IngestOutcome> waiting;
        synchronized (outcomes) {
            waiting = outcomes.stream().filter(IngestOutcome::awaitingIndex).toList();
            outcomes.removeAll(waiting);
        }
        if (waiting.isEmpty()) {
            return List.of();
        }
        err.printf("Elasticsearch did not take %d stored documents; retrying with backoff for up to %s%n",
                pipeline.awaitingIndex(), IngestProgress.duration(indexWait.toSeconds() / 60.0));
        pipeline.awaitIndexed(indexWait);
        List<IngestOutcome> after = new ArrayList<>();
        for (IngestOutcome o : waiting) {
            DocumentStatus now = store.readManifest(o.id()).map(r -> r.status()).orElse(DocumentStatus.STORED);
            after.add(now == DocumentStatus.STORED ? o.withStatus(now, "stored, but Elasticsearch did not answer; "
                    + "run the same ingest again when it is up to index it") : o.withStatus(now, null));
        }
        outcomes.addAll(after);
        return after;
    }

    private static Summary summarise(List<IngestOutcome> outcomes) {
        int ingested = 0;
        int duplicates = 0;
        int review = 0;
        int failed = 0;
        int waiting = 0;
        for (IngestOutcome o : outcomes) {
            if (o.failed()) {
                failed++;
            } else if (o.awaitingIndex()) {
                waiting++;
            } else if (o.duplicate()) {
                duplicates++;
            } else if (o.status() == DocumentStatus.NEEDS_REVIEW) {
                review++;
            } else {
                ingested++;
            }
        }
        return new Summary(ingested, duplicates, review, failed, waiting);
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
