package cn.archive.ingest.cli;

import cn.archive.ingest.config.ArchiveSettings;
import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrException;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.pipeline.Reindexer;
import cn.archive.ingest.pipeline.Verifier;
import cn.archive.ingest.record.RecordJson;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line behind {@code ./archive extract}, {@code ingest}, {@code reindex} and {@code verify}.
 * Exit codes: 0 all well, 1 some file failed, 2 wrong usage or the stack is unreachable.
 */
public final class ArchiveCli {

    private ArchiveCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: archive-cli extract FILE… | ingest [--report FILE] PATH… | reindex | verify | bench-ocr IMAGE…");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> extract(rest, out, err);
                case "ingest" -> ingest(rest, err);
                case "reindex" -> reindex(err);
                case "verify" -> verify(rest, out, err);
                case "bench-ocr" -> OcrBench.run(rest, 5, out);
                case "bench-ingest" -> benchIngest(rest, out);
                default -> {
                    err.println("unknown command '" + args[0] + "': use extract, ingest, reindex or verify");
                    yield 2;
                }
            };
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int extract(List<String> files, PrintStream out, PrintStream err) throws IOException {
        if (files.isEmpty() || files.contains("--help") || files.contains("-h")) {
            (files.isEmpty() ? err : out).println("usage: archive extract FILE…  (OCR and field extraction of each file,"
                    + " one JSON record per line; folders go to 'archive ingest')");
            return files.isEmpty() ? 2 : 0;
        }
        for (String file : files) {
            if (file.startsWith("-") && !Files.exists(Path.of(file))) {
                err.println("unknown option '" + file + "': extract takes only files (write ./" + file
                        + " for a file whose name begins with a dash)");
                return 2;
            }
        }
        int failed = 0;
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), 1)) {
            RecordReader reader = new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                    PipelineSettings.defaults());
            for (String file : files) {
                String problem = unreadable(Path.of(file));
                try {
                    if (problem == null) {
                        out.println(RecordJson.mapper().writeValueAsString(reader.extract(Path.of(file), file)));
                        continue;
                    }
                } catch (RejectedFileException | OcrException | IOException e) {
                    problem = e.getMessage();
                }
                failed++;
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("file", file);
                error.put("status", "FAILED");
                error.put("error", problem);
                out.println(RecordJson.mapper().writeValueAsString(error));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /**
     * Why {@code file} cannot be read at all, said so that the user knows what to do, or null when it can be.
     * (The exceptions' own messages are the bare path.)
     */
    static String unreadable(Path file) {
        if (!Files.exists(file)) {
            return "no such file: " + file + "; check the path";
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder; extract reads files (give its files, or ingest the folder with ./archive ingest)";
        }
        if (!Files.isReadable(file)) {
            return "cannot read " + file + ": permission denied; let the user running the archive read it";
        }
        return null;
    }

    private static int ingest(List<String> args, PrintStream err) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(args);
        Path report = null;
        int at = paths.indexOf("--report");
        if (at >= 0 && at + 1 < paths.size()) {
            report = Path.of(paths.get(at + 1));
            paths.subList(at, at + 2).clear();
        }
        if (paths.isEmpty()) {
            err.println("usage: archive ingest [--report FILE] PATH…");
            return 2;
        }
        Map<String, String> env = System.getenv();
        ArchiveSettings settings = ArchiveSettings.fromEnvironment(env);
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        Duration indexWait = Duration.ofSeconds(Long.parseLong(env.getOrDefault("ARCHIVE_INDEX_WAIT_SECONDS", "600")));
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(env), workers);
             SearchIndex index = new SearchIndex(settings.esUrl(), settings.indexAlias())) {
            DocumentStore store = connectStore(settings);
            try {
                index.ensureIndex();
            } catch (IOException | RuntimeException e) {
                // Not fatal: originals are stored and read now, and indexed (with backoff) when it answers.
                err.println("warning: Elasticsearch at " + settings.esUrl() + " does not answer (" + e.getMessage()
                        + "); files are stored and read, and indexed when it is back");
            }
            try (IngestPipeline pipeline = new IngestPipeline(new RecordReader(new DocumentReader(engines),
                    new FieldExtractor(), PipelineSettings.defaults()), store, index)) {
                BulkIngest.Summary summary = new BulkIngest(pipeline, store, workers, err, System.console() != null,
                        indexWait).run(paths.stream().map(Path::of).toList(), report != null ? report : defaultReport(env));
                return summary.allWell() ? 0 : 1;
            }
        }
    }

    /** Reports go beside the stack's data when there is one, else into the working directory. */
    private static Path defaultReport(Map<String, String> env) {
        String name = "ingest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".jsonl";
        String data = env.get("ARCHIVE_DATA_DIR");
        return data != null ? Path.of(data, "reports", name) : Path.of(name);
    }

    /** bench-ingest KIND PAGES [SCAN…]: KIND is throughput, memory-pages or memory-pdf. */
    private static int benchIngest(List<String> args, PrintStream out) throws Exception {
        if (args.size() < 3) {
            throw new IllegalArgumentException("usage: bench-ingest throughput|memory-pages|memory-pdf PAGES SCAN…");
        }
        List<Path> scans = args.subList(2, args.size()).stream().map(Path::of).toList();
        return new IngestBench(System.getenv(), out).run(args.get(0), Integer.parseInt(args.get(1)), scans);
    }

    private static int verify(List<String> args, PrintStream out, PrintStream err) throws IOException {
        ArchiveSettings settings = ArchiveSettings.fromEnvironment(System.getenv());
        try (SearchIndex index = new SearchIndex(settings.esUrl(), settings.indexAlias())) {
            DocumentStore store = connectStore(settings);
            Verifier.Report r = new Verifier(store, index).verify(!args.contains("--no-hash"));
            r.missing().forEach(l -> out.println("MISSING  " + l));
            r.stale().forEach(l -> out.println("STALE    " + l));
            r.orphaned().forEach(l -> out.println("ORPHANED " + l));
            r.corrupt().forEach(l -> out.println("CORRUPT  " + l));
            err.printf("verify: %d manifests (%d not yet indexed), %d missing from the index, %d stale, %d orphaned, "
                    + "%d corrupt%n", r.manifests(), r.waiting(), r.missing().size(), r.stale().size(),
                    r.orphaned().size(), r.corrupt().size());
            if (!r.consistent()) {
                err.println("'./archive reindex' rebuilds the index from the store (fixes missing, stale and orphaned "
                        + "index entries); a corrupt original must be restored from a backup or scanned again");
            }
            return r.consistent() ? 0 : 1;
        }
    }

    private static int reindex(PrintStream err) throws IOException {
        ArchiveSettings settings = ArchiveSettings.fromEnvironment(System.getenv());
        try (SearchIndex index = new SearchIndex(settings.esUrl(), settings.indexAlias())) {
            DocumentStore store = connectStore(settings);
            index.ensureIndex();
            Reindexer.Result result = new Reindexer(store, index).rebuild(n -> err.print("\rreindexed " + n));
            err.println();
            err.printf("reindex done: %d documents in %s (%d not searchable: stored, failed)%n",
                    result.indexed(), result.index(), result.skipped());
            return 0;
        }
    }

    private static DocumentStore connectStore(ArchiveSettings settings) throws IOException {
        S3ObjectStore objects = new S3ObjectStore(settings.s3Endpoint(), settings.s3AccessKey(), settings.s3SecretKey(),
                settings.s3Bucket());
        objects.ensureBucket();
        return new DocumentStore(objects);
    }
}
