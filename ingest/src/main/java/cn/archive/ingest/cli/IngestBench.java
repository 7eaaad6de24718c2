package cn.archive.ingest.cli;

import cn.archive.ingest.config.ArchiveSettings;
import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.ocr.StageTimes;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./archive bench ingest …} (入库基准): figures, not pass/fail. <b>throughput</b>: the same
 * pages through the whole pipeline (hash, S3, OCR, extraction, Elasticsearch) with one worker per
 * core, beside as many single-threaded {@code tesseract} processes on the same pre-rendered pages,
 * each reading its share from a list; the ratio tesseract time / pipeline time (goal ≥ 0.90).
 * <b>memory-pages</b> and <b>memory-pdf</b>: resident set while ingesting many pages, and the peak
 * while reading one long scanned PDF. Each run uses its own bucket and index alias and removes them.
 */
final class IngestBench {

    private final Map<String, String> env;
    private final PrintStream out;
    private final int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    IngestBench(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    int run(String what, int n, List<Path> scans) throws Exception {
        Path work = Files.createTempDirectory("archive-bench-");
        out.printf("bench %s: %d pages from %d scans, %d workers, OMP_THREAD_LIMIT=%s, max heap %d MB%n", what, n,
                scans.size(), workers, env.get("OMP_THREAD_LIMIT"), Runtime.getRuntime().maxMemory() >> 20);
        try {
            switch (what) {
                case "throughput" -> throughput(BenchPages.pages(scans, n, work.resolve("pages")), work);
                case "memory-pages" -> memory(BenchPages.pages(scans, n, work.resolve("pages")), work);
                case "memory-pdf" -> memory(List.of(BenchPages.scannedPdf(scans, n, work.resolve("scanned.pdf"))), work);
                default -> throw new IllegalArgumentException("unknown benchmark '" + what
                        + "': use throughput, memory-pages or memory-pdf");
            }
        } finally {
            deleteTree(work); // a thousand generated pages are a few hundred MB
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void throughput(List<Path> pages, Path work) throws Exception {
        CpuUse cpu = CpuUse.start();
        double tesseract = tesseract(pages, work);
        out.printf("tesseract ×%d (single-threaded, pages pre-rendered): %.1f s, %.1f pages/min%n", workers, tesseract,
                pages.size() / tesseract * 60);
        out.println("  " + cpu.report());
        double pipeline = ingest(pages, work);
        out.printf("pipeline (./archive ingest, %d workers):               %.1f s, %.1f pages/min%n", workers, pipeline,
                pages.size() / pipeline * 60);
        out.printf("ratio (tesseract time / pipeline time): %.2f   goal ≥ 0.90%n", tesseract / pipeline);
    }

    private void memory(List<Path> files, Path work) throws Exception {
        double seconds;
        RssSampler rss = new RssSampler(Duration.ofMillis(500));
        try (rss) {
            seconds = ingest(files, work);
        }
        out.printf("ingested in %.1f s; resident set: after warm-up (10%% of the run) %d MB, at the end %d MB, "
                + "growth %.1f%% (goal < 10%%), peak %d MB (VmHWM %d MB); heap peak %d MB%n", seconds,
                rss.warm() >> 20, rss.last() >> 20, rss.growthPercent(), rss.peak() >> 20, RssSampler.highWater() >> 20,
                RssSampler.heapPeak() >> 20);
        out.println("resident set (MB) at each tenth of the run: " + rss.deciles());
    }

    /** Seconds for the pipeline to ingest {@code files} into a throw-away bucket and index. */
    private double ingest(List<Path> files, Path work) throws Exception {
        ArchiveSettings s = ArchiveSettings.fromEnvironment(env);
        String name = "bench-" + System.currentTimeMillis();
        S3ObjectStore objects = new S3ObjectStore(s.s3Endpoint(), s.s3AccessKey(), s.s3SecretKey(), name);
        objects.ensureBucket();
        DocumentStore store = new DocumentStore(objects);
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(env), workers);
             SearchIndex index = new SearchIndex(s.esUrl(), name)) {
            index.ensureIndex();
            try (IngestPipeline pipeline = new IngestPipeline(new RecordReader(new DocumentReader(engines),
                    new FieldExtractor(), PipelineSettings.defaults()), store, index)) {
                StageTimes.reset();
                CpuUse cpu = CpuUse.start();
                long t0 = System.nanoTime();
                PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
                BulkIngest bulk = new BulkIngest(pipeline, store, workers, quiet, false, Duration.ofMinutes(5));
                BulkIngest.Summary summary = bulk.run(files, work.resolve("report.jsonl"));
                double seconds = (System.nanoTime() - t0) / 1e9;
                out.println("  " + cpu.report());
                out.printf("  %d ingested, %d need review, %d failed%n", summary.ingested(), summary.needsReview(),
                        summary.failed());
                printStages(files.size());
                index.currentIndices().forEach(i -> deleteQuietly(index, i));
                return seconds;
            } finally {
                for (String key : objects.list("")) {
                    objects.delete(key);
                }
            }
        }
    }

    /** Time per stage summed over the workers, and per page; "read" holds decode, engine and ocr.*. */
    private void printStages(int pages) {
        out.println("  stage times, summed over workers (ms total, count, ms per page):");
        StageTimes.snapshot().forEach((stage, v) -> out.printf("    %-24s %8d ms %6d× %7.1f ms/page%n", stage, v[0], v[1],
                (double) v[0] / pages));
    }

    private static void deleteQuietly(SearchIndex index, String physical) {
        try {
            index.client().indices().delete(d -> d.index(physical));
        } catch (IOException e) {
            // a leftover benchmark index is harmless; it carries the bench- prefix
        }
    }

    /** Wall seconds for {@code workers} tesseract processes, each reading its share of the pages from a list file. */
    private double tesseract(List<Path> pages, Path work) throws Exception {
        OcrSettings settings = OcrSettings.defaults(env);
        List<Path> lists = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            List<String> share = new ArrayList<>();
            for (int i = w; i < pages.size(); i += workers) {
                share.add(pages.get(i).toString());
            }
            lists.add(Files.write(work.resolve("tesseract-list-" + w + ".txt"), share));
        }
        long t0 = System.nanoTime();
        List<Process> running = new ArrayList<>();
        for (Path list : lists) {
            ProcessBuilder pb = new ProcessBuilder("tesseract", list.toString(), "stdout", "-l", settings.language(),
                    "--psm", String.valueOf(settings.pageSegMode()), "--tessdata-dir", settings.dataPath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            running.add(pb.start());
        }
        for (Process p : running) {
            if (p.waitFor() != 0) {
                throw new IOException("tesseract exited with " + p.exitValue());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
