package cn.archive.ingest.corpus;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.extract.ReviewPolicy;
import cn.archive.ingest.intake.FileIntake;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.ocr.StageTimes;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.ExtractedFields;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./archive bench extraction [--split tuning|heldout] [--count N] [--threads N] [--keep DIR]
 * [--ocr-cache DIR [--no-reread]] [--only 0306,0434]}: generates a corpus split into a temporary folder, reads every file through the
 * same {@link RecordReader} as {@code ./archive extract}, and prints per-field accuracy against the
 * ground truth, the share of files with every key field right, upright vs rotated, how many wrong
 * key fields the review threshold catches, and pages per minute.
 *
 * <p>{@code --ocr-cache DIR} is for working on extraction rules: the pages OCR read are kept in DIR
 * (one JSON file per corpus file, beside the visual rows the extractor reads, for a person to look at)
 * and read back on the next run instead of OCR'ing again, so a change of rules is measured in
 * seconds. Its figures are those of the same pages; pages per minute is then meaningless. With
 * {@code --no-reread} the cached pages are extracted without the values OCR read again on their own
 * (the e-mail), which shows what the re-reading changes on the very same OCR.
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
        Path cache = null;
        boolean reread = true;
        java.util.Set<String> only = java.util.Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = ScanCorpus.Split.valueOf(args[++i].toUpperCase());
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                case "--ocr-cache" -> cache = Path.of(args[++i]);
                case "--no-reread" -> reread = false;
                case "--only" -> only = java.util.Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "': use --split tuning|heldout, --count N, --threads N, --keep DIR, --ocr-cache DIR [--no-reread], --only N,M");
            }
        }
        Path dir = keep != null ? keep : Files.createTempDirectory("archive-corpus-");
        out.printf("generating %d files of the %s split into %s%n", count, split.name().toLowerCase(), dir);
        List<ScanCorpus.CorpusFile> files = new ArrayList<>();
        if (only.isEmpty()) {
            files = ScanCorpus.generate(split, count, dir);
        } else {
            for (String n : new java.util.TreeSet<>(only)) {
                files.add(ScanCorpus.generate(split, Integer.parseInt(n.strip()), null, dir));
            }
            out.printf("only files %s of them%n", String.join(",", new java.util.TreeSet<>(only)));
        }
        BenchScore score = new BenchScore();
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        PipelineSettings pipeline = PipelineSettings.defaults();
        if (!reread && cache == null) {
            throw new IllegalArgumentException("--no-reread needs --ocr-cache DIR: it extracts the cached pages "
                    + "without their field re-readings, to compare with them on the same OCR");
        }
        out.printf("reading with %d thread(s), language %s from %s, Chinese re-reads from %s, OMP_THREAD_LIMIT=%s%s%s%n",
                threads, settings.language(), settings.dataPath(), settings.rereadDataPath(),
                System.getenv("OMP_THREAD_LIMIT"), cache == null ? "" : ", OCR cache " + cache,
                reread ? "" : ", field re-readings ignored");
        long t0 = System.nanoTime();
        try (OcrEnginePool engines = new OcrEnginePool(settings, threads)) {
            DocumentReader documents = new DocumentReader(engines);
            FieldExtractor extractor = new FieldExtractor();
            RecordReader reader = new RecordReader(documents, extractor, pipeline);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<ArchiveRecord>> results = new ArrayList<>();
            for (ScanCorpus.CorpusFile f : files) {
                Path cached = cache;
                boolean again = reread;
                Callable<ArchiveRecord> read = cached == null
                        ? () -> reader.extract(f.file(), f.file().getFileName().toString())
                        : () -> fromCache(f, cached, reader.intake(), documents, extractor, pipeline, again);
                results.add(pool.submit(read));
            }
            for (int i = 0; i < files.size(); i++) {
                ScanCorpus.CorpusFile f = files.get(i);
                Map<KeyFields, String> truth = KeyFields.of(f.truth());
                ArchiveRecord record = results.get(i).get();
                Map<KeyFields, String> read = KeyFields.of(record);
                score.add(f, truth, read, record.confidence(), record.status() == DocumentStatus.NEEDS_REVIEW);
                score.misses(f, truth, read, record.confidence()).forEach(m -> out.println("  miss " + m));
                score.lowButRight(f, truth, read, record.confidence(), pipeline.reviewThreshold())
                        .forEach(m -> out.println("  low-but-right " + m));
            }
            pool.shutdown();
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        score.print(out, minutes, pipeline.reviewThreshold());
        // Orientation detection runs only for pages read doubtfully (ReadQuality): its share is what it costs.
        Map<String, long[]> stages = StageTimes.snapshot();
        long recognised = stages.getOrDefault("ocr.gray", new long[2])[1];
        long detected = stages.getOrDefault("ocr.osd", new long[2])[1];
        out.printf("orientation detection ran on %d of %d OCR'd pages (%.1f%%)%n", detected, recognised,
                recognised == 0 ? 0.0 : 100.0 * detected / recognised);
        // What the field re-reads cost: how many per OCR'd page (as held in the cache when it is used), and
        // their recognition time against the pages' own.
        long ocrPages = OCR_PAGES.sum();
        out.printf("field re-reads per OCR'd page: %.2f over %d pages%s%n", ocrPages == 0 ? 0.0 : (double) REREADS.values()
                .stream().mapToLong(LongAdder::sum).sum() / ocrPages, ocrPages, new java.util.TreeMap<>(REREADS).toString()
                .replace("=", ": "));
        long[] field = stages.getOrDefault("ocr.field", new long[2]);
        long[] page = stages.getOrDefault("ocr.recognise", new long[2]);
        out.printf("ocr.field %d ms in %d re-reads (%s) against ocr.recognise %d ms in %d page reads: %.1f%%%n", field[0],
                field[1], stages.entrySet().stream().filter(e -> e.getKey().startsWith("ocr.field."))
                        .map(e -> e.getKey().substring(10) + " " + e.getValue()[0] + " ms / " + e.getValue()[1])
                        .collect(java.util.stream.Collectors.joining(", ")),
                page[0], page[1], page[0] == 0 ? 0.0 : 100.0 * field[0] / page[0]);
        if (keep == null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, LongAdder> REREADS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final LongAdder OCR_PAGES = new LongAdder();

    // The same steps as RecordReader.extract and its review decision, with the OCR'd pages kept.
    private static ArchiveRecord fromCache(ScanCorpus.CorpusFile f, Path cache, FileIntake intake,
                                           DocumentReader documents, FieldExtractor extractor,
                                           PipelineSettings pipeline, boolean reread) throws Exception {
        String name = f.file().getFileName().toString();
        Path json = cache.resolve(name + ".pages.json");
        String type = intake.check(f.file());
        List<OcrPage> pages;
        if (Files.exists(json)) {
            pages = RecordJson.mapper().readValue(json.toFile(), new TypeReference<List<OcrPage>>() { });
        } else {
            pages = documents.read(f.file(), type, extractor.rereadRegions()).pages();
            Files.createDirectories(cache);
            RecordJson.mapper().writeValue(json.toFile(), pages);
        }
        Files.writeString(cache.resolve(name + ".rows.txt"), FieldExtractor.readingText(pages));
        for (OcrPage p : pages) {
            if (!p.words().isEmpty()) {
                OCR_PAGES.increment();
            }
            p.rereads().forEach(r -> REREADS.computeIfAbsent(r.field() + "/" + r.model(), k -> new LongAdder()).increment());
        }
        if (!reread) {
            pages = pages.stream().map(p -> p.withRereads(List.of())).toList();
        }
        ExtractedFields fields = extractor.extract(pages);
        ArchiveRecord record = ArchiveRecord.received(name, name, new OriginalInfo(type, Files.size(f.file()), name))
                .withExtraction(fields, pages.size(), "");
        return record.withStatus(ReviewPolicy.needsReview(fields, pipeline.reviewThreshold())
                ? DocumentStatus.NEEDS_REVIEW : DocumentStatus.INDEXED, null);
    }
}
