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
import cn.archive.ingest.record.RecordJson;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line behind {@code ./archive extract}, {@code ingest} and {@code reindex}.
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
            err.println("usage: archive-cli extract FILE… | ingest PATH… | reindex | bench-ocr IMAGE…");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> extract(rest, out, err);
                case "ingest" -> ingest(rest, err);
                case "reindex" -> reindex(err);
                case "bench-ocr" -> OcrBench.run(rest, 5, out);
                default -> {
                    err.println("unknown command '" + args[0] + "': use extract, ingest or reindex");
                    yield 2;
                }
            };
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int extract(List<String> files, PrintStream out, PrintStream err) throws IOException {
        if (files.isEmpty()) {
            err.println("usage: archive extract FILE…");
            return 2;
        }
        int failed = 0;
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), 1)) {
            RecordReader reader = new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                    PipelineSettings.defaults());
            for (String file : files) {
                try {
                    out.println(RecordJson.mapper().writeValueAsString(reader.extract(Path.of(file), file)));
                } catch (RejectedFileException | OcrException | IOException e) {
                    failed++;
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("file", file);
                    error.put("status", "FAILED");
                    error.put("error", e.getMessage());
                    out.println(RecordJson.mapper().writeValueAsString(error));
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int ingest(List<String> paths, PrintStream err) throws IOException {
        if (paths.isEmpty()) {
            err.println("usage: archive ingest PATH…");
            return 2;
        }
        ArchiveSettings settings = ArchiveSettings.fromEnvironment(System.getenv());
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), workers);
             SearchIndex index = new SearchIndex(settings.esUrl(), settings.indexAlias())) {
            DocumentStore store = connect(settings, index);
            IngestPipeline pipeline = new IngestPipeline(new RecordReader(new DocumentReader(engines),
                    new FieldExtractor(), PipelineSettings.defaults()), store, index);
            BulkIngest.Summary summary = new BulkIngest(pipeline, workers, err).run(paths.stream().map(Path::of).toList());
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    private static int reindex(PrintStream err) throws IOException {
        ArchiveSettings settings = ArchiveSettings.fromEnvironment(System.getenv());
        try (SearchIndex index = new SearchIndex(settings.esUrl(), settings.indexAlias())) {
            DocumentStore store = connect(settings, index);
            Reindexer.Result result = new Reindexer(store, index).rebuild(n -> err.print("\rreindexed " + n));
            err.println();
            err.printf("reindex done: %d documents in %s (%d not searchable: stored, failed)%n",
                    result.indexed(), result.index(), result.skipped());
            return 0;
        }
    }

    private static DocumentStore connect(ArchiveSettings settings, SearchIndex index) throws IOException {
        S3ObjectStore objects = new S3ObjectStore(settings.s3Endpoint(), settings.s3AccessKey(), settings.s3SecretKey(),
                settings.s3Bucket());
        objects.ensureBucket();
        index.ensureIndex();
        return new DocumentStore(objects);
    }
}
