package cn.archive.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./archive ingest} killed with SIGKILL in the middle of a batch and run again: every file
 * ends in exactly one final state, none twice, none missing, in the store, the index and the report.
 * The command line runs as its own process, as an operator runs it.
 */
class ResumeAfterKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SCANS = 6;

    @TempDir
    Path dir;

    private TestArchive archive;

    @BeforeEach
    void setUp() throws Exception {
        archive = new TestArchive();
    }

    @AfterEach
    void tearDown() throws Exception {
        archive.close();
    }

    @Test
    void aBatchKilledMidwayAndRunAgainEndsWithEveryFileInExactlyOneFinalState() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("room-101"));
        for (int i = 0; i < SCANS; i++) {
            Files.write(inbox.resolve("scan-" + i + ".png"), ScanFactory.png(ScanFactory.page(List.of("客户档案登记表",
                    "档案编号：KH-2024-00010" + i, "客户名称：苏州工业园区精工" + i + "号有限公司", "客户等级：普通客户"),
                    ScanFactory.cjkFont(), 0.2 * i, 100, 100 + i)));
        }
        Files.writeString(inbox.resolve("not-a-scan.pdf"), "<html><body>a web page</body></html>");

        Process first = cli(dir.resolve("first.jsonl"), inbox);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.matches("\\[[1-9]\\d*/\\d+] .*scan-.*")) {
                // wait until a scan has been finished, while the other worker is in the middle of one
            }
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        first.waitFor(30, TimeUnit.SECONDS);

        Path report = dir.resolve("second.jsonl");
        Process second = cli(report, inbox);
        second.getErrorStream().transferTo(System.err);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(second.exitValue()).as("the web page named .pdf failed, so the exit is non-zero").isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(report)) {
            lines.add(JSON.readTree(l));
        }
        Map<String, String> statusByFile = lines.stream().collect(Collectors.toMap(
                n -> Path.of(n.get("file").asText()).getFileName().toString(), n -> n.get("status").asText()));
        assertThat(lines).as("one line per file, none twice").hasSize(SCANS + 1);
        assertThat(statusByFile).containsEntry("not-a-scan.pdf", "FAILED").hasSize(SCANS + 1);
        statusByFile.forEach((file, status) -> {
            if (!file.equals("not-a-scan.pdf")) {
                assertThat(status).as(file).isIn("INDEXED", "NEEDS_REVIEW");
            }
        });
        List<String> ids = archive.store.manifestIds();
        assertThat(ids).hasSize(SCANS).doesNotHaveDuplicates();
        for (String id : ids) {
            ArchiveRecord manifest = archive.store.readManifest(id).orElseThrow();
            assertThat(manifest.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW);
        }
        archive.index.refresh();
        assertThat(archive.index.count()).isEqualTo(SCANS);
    }

    private Process cli(Path report, Path folder) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ArchiveCli.class.getName(), "ingest", "--report", report.toString(), folder.toString());
        pb.environment().putAll(archive.cliEnvironment());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
