package cn.archive.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./archive extract} tells a user who gives it something it cannot read. */
class ArchiveCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ArchiveCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileFailsWithAMessageThatNamesItAndSaysWhatToDo(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("客户档案-0001.jpg");

        assertEquals(1, run("extract", missing.toString()));

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("FAILED", line.get("status").asText());
        assertEquals(missing.toString(), line.get("file").asText());
        assertEquals("no such file: " + missing + "; check the path", line.get("error").asText());
    }

    @Test
    void aFolderIsSentToIngestAndAReadableFileIsNotDoubted(@TempDir Path dir) throws IOException {
        assertTrue(ArchiveCli.unreadable(dir).contains("is a folder; extract reads files"));
        Path file = Files.writeString(dir.resolve("scan.png"), "x");
        assertNull(ArchiveCli.unreadable(file));
    }

    @Test
    void helpPrintsTheUsageAndAnUnknownOptionIsNotTakenForAFile() {
        assertEquals(0, run("extract", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: archive extract FILE…"));

        assertEquals(2, run("extract", "--pages=1", "scan.png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown option '--pages=1'"), err.toString());
        assertEquals("usage: archive extract FILE…  (OCR and field extraction of each file, one JSON record per line;"
                + " folders go to 'archive ingest')\n", out.toString(StandardCharsets.UTF_8));
    }
}
