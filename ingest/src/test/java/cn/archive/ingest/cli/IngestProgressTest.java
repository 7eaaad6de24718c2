package cn.archive.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.record.DocumentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the operator sees during a bulk ingest, on a terminal and in a log. */
class IngestProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inALogEachFileGetsAPlainLineWithItsStateRateAndTimeLeft() {
        IngestProgress progress = new IngestProgress(err, false, 3);

        progress.finished(new IngestOutcome("a.jpg", "1", DocumentStatus.INDEXED, false, null, 2));
        progress.finished(new IngestOutcome("b.pdf", null, DocumentStatus.FAILED, false, "the file is empty (0 bytes)", null));

        assertThat(shown()).doesNotContain("\r").contains("[1/3] a.jpg → INDEXED · ")
                .contains("[2/3] b.pdf → FAILED (the file is empty (0 bytes))").contains("pages/min").contains("ETA");
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndFailuresKeepALineOfTheirOwn() {
        IngestProgress progress = new IngestProgress(err, true, 2);

        progress.finished(new IngestOutcome("a.jpg", "1", DocumentStatus.INDEXED, false, null, 1));
        progress.finished(new IngestOutcome("b.pdf", null, DocumentStatus.FAILED, false, "damaged", null));
        progress.end();

        assertThat(shown()).contains("\r").contains("[" + "=".repeat(15) + " ".repeat(15) + "] 1/2 files")
                .contains("[" + "=".repeat(30) + "] 2/2 files").contains("FAILED b.pdf: damaged\n")
                .doesNotContain("a.jpg");
    }

    @Test
    void timeLeftReadsAsHoursMinutesAndSeconds() {
        assertThat(IngestProgress.duration(0.5)).isEqualTo("30s");
        assertThat(IngestProgress.duration(2.25)).isEqualTo("2m15s");
        assertThat(IngestProgress.duration(125)).isEqualTo("2h05m");
    }
}
