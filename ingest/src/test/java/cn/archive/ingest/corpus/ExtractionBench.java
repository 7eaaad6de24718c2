package cn.archive.ingest.corpus;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.record.ArchiveRecord;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./archive bench extraction [--split tuning|heldout] [--count N] [--threads N] [--keep DIR]}:
 * generates a corpus split into a temporary folder, reads every file through the same
 * {@link RecordReader} as {@code ./archive extract}, and prints per-field accuracy against the ground
 * truth, the share of files with every key field right, upright vs rotated, and pages per minute.
 */
public final class ExtractionBench {

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScanCorpus.Split split = ScanCorpus.Split.TUNING;
        int count = 60;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = ScanCorpus.Split.valueOf(args[++i].toUpperCase());
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "': use --split tuning|heldout, --count N, --threads N, --keep DIR");
            }
        }
        Path dir = keep != null ? keep : Files.createTempDirectory("archive-corpus-");
        out.printf("generating %d files of the %s split into %s%n", count, split.name().toLowerCase(), dir);
        List<ScanCorpus.CorpusFile> files = ScanCorpus.generate(split, count, dir);
        BenchScore score = new BenchScore();
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        out.printf("reading with %d thread(s), language %s, OMP_THREAD_LIMIT=%s%n", threads, settings.language(),
                System.getenv("OMP_THREAD_LIMIT"));
        long t0 = System.nanoTime();
        try (OcrEnginePool engines = new OcrEnginePool(settings, threads)) {
            RecordReader reader = new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                    PipelineSettings.defaults());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<ArchiveRecord>> results = new ArrayList<>();
            for (ScanCorpus.CorpusFile f : files) {
                results.add(pool.submit(() -> reader.extract(f.file(), f.file().getFileName().toString())));
            }
            for (int i = 0; i < files.size(); i++) {
                ScanCorpus.CorpusFile f = files.get(i);
                Map<KeyFields, String> truth = KeyFields.of(f.truth());
                Map<KeyFields, String> read = KeyFields.of(results.get(i).get());
                score.add(f, truth, read);
                score.misses(f, truth, read).forEach(m -> out.println("  miss " + m));
            }
            pool.shutdown();
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        score.print(out, minutes);
        if (keep == null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
