package cn.archive.ingest.cli;

import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.record.RecordJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report file of a bulk ingest (入库报告): one JSON object per line with {@code file}, {@code id},
 * {@code status}, {@code duplicate}, {@code pages} and {@code reason}, written and flushed as each
 * file finishes, so a run that is killed still leaves what it finished on disk.
 */
final class IngestReport implements AutoCloseable {

    private final Path path;
    private final BufferedWriter out;

    IngestReport(Path path) throws IOException {
        this.path = path;
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    Path path() {
        return path;
    }

    synchronized void write(IngestOutcome o) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", o.file());
        line.put("id", o.id());
        line.put("status", o.status().name());
        line.put("duplicate", o.duplicate());
        line.put("pages", o.pages());
        line.put("reason", o.reason());
        try {
            out.write(RecordJson.mapper().writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
