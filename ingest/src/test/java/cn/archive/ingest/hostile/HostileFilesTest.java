package cn.archive.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import cn.archive.ingest.testsupport.TestArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-file corpus, one test per file, through the whole pipeline on the real services:
 * each bad file ends FAILED with a reason an archivist understands, and the next file is read as
 * if nothing had happened.
 */
class HostileFilesTest {

    private static TestArchive archive;
    private static IngestPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() throws IOException {
        archive = new TestArchive();
        pipeline = archive.pipeline();
    }

    @AfterAll
    static void close() throws IOException {
        pipeline.close();
        archive.close();
    }

    private IngestOutcome ingest(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return pipeline.ingest(file, name);
    }

    private IngestOutcome failedWith(String name, byte[] bytes) throws IOException {
        IngestOutcome o = ingest(name, bytes);
        assertThat(o.status()).as("%s: %s", name, o.reason()).isEqualTo(DocumentStatus.FAILED);
        if (o.id() != null) {
            ArchiveRecord manifest = archive.store.readManifest(o.id()).orElseThrow();
            assertThat(manifest.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(manifest.error()).isEqualTo(o.reason());
            assertThat(archive.store.statOriginal(o.id())).as("the original of a failed file is kept").isPresent();
        }
        return o;
    }

    @Test
    void anEmptyFileFails() throws IOException {
        assertThat(failedWith("empty.jpg", new byte[0]).reason()).contains("empty");
    }

    @Test
    void aTruncatedJpegFailsAsDamaged() throws IOException {
        assertThat(failedWith("truncated.jpg", HostileFixtures.truncatedJpeg()).reason())
                .contains("damaged or truncated").contains("scan it again");
    }

    @Test
    void aCorruptPdfFailsAsDamaged() throws IOException {
        assertThat(failedWith("corrupt.pdf", HostileFixtures.corruptPdf()).reason()).contains("PDF").contains("damaged");
    }

    @Test
    void anEncryptedPdfFailsAskingForAnUnprotectedCopy() throws IOException {
        assertThat(failedWith("encrypted.pdf", HostileFixtures.encryptedPdf()).reason())
                .contains("encrypted").contains("unprotected copy");
    }

    @Test
    void aPdfWithAnXfaFormAndAnExternalEntityFailsWithoutReadingTheEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD-4711");

        IngestOutcome o = failedWith("form.pdf", HostileFixtures.xfaWithExternalEntity(secret.toString()));

        assertThat(o.reason()).contains("XFA").contains("print it to a plain PDF");
        assertThat(archive.store.readManifest(o.id()).orElseThrow().text()).isNull();
    }

    @Test
    void anHtmlFileNamedPdfFailsAsUnsupported() throws IOException {
        assertThat(failedWith("contract.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes()).reason()).contains("text/html").contains("accepted are JPEG, PNG, TIFF and PDF");
    }

    @Test
    void aZipBombIsRefusedByItsTypeWithoutBeingUnpacked() throws IOException {
        assertThat(failedWith("scans.jpg", HostileFixtures.zipBomb(100)).reason()).contains("application/zip")
                .contains("does not read");
    }

    @Test
    void aPixelBombPngIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        byte[] bomb = HostileFixtures.pixelBombPng(60_000, 60_000);
        assertThat(bomb.length).as("a tiny file").isLessThan(200);

        assertThat(failedWith("bomb.png", bomb).reason()).contains("60000×60000").contains("more than the limit");
    }

    @Test
    void anUnsupportedTypeFails() throws IOException {
        assertThat(failedWith("notes.txt", "客户名称：某某公司\n".getBytes()).reason()).contains("text/plain")
                .contains("accepted are JPEG, PNG, TIFF and PDF");
    }

    @Test
    void aThreeHundredPagePdfIsReadPageByPage() throws IOException {
        IngestOutcome o = ingest("ledger-300.pdf", HostileFixtures.manyPagePdf(300));

        assertThat(o.failed()).as(o.reason()).isFalse();
        assertThat(o.pages()).isEqualTo(300);
        assertThat(archive.store.readManifest(o.id()).orElseThrow().text()).contains("page 300");
    }

    @Test
    void aPdfWhoseTextTakesTooLongToParseFailsWithTheTimeout() throws IOException {
        Path file = dir.resolve("slow.pdf");
        Files.write(file, HostileFixtures.manyPagePdf(300));
        RecordReader impatient = new RecordReader(new DocumentReader(archive.engines, Duration.ofMillis(1)),
                new FieldExtractor(), PipelineSettings.defaults());

        assertThatThrownBy(() -> impatient.extract(file, "slow.pdf")).isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("took longer than").hasMessageContaining("was stopped");
    }

    @Test
    void hostileFileNamesAreKeptAsHarmlessMetadataNeverAsPaths() throws IOException {
        List<String> names = List.of("../../etc/passwd.pdf", "scan\u0000.pdf", "长".repeat(100) + ".pdf",
                "\u202Egpj.exe\u202C.pdf");
        for (int i = 0; i < names.size(); i++) {
            Path file = dir.resolve("name-" + i + ".pdf");
            try (var pdf = HostileFixtures.textPdf(1, "Customer file with a hostile name " + i)) {
                pdf.save(file.toFile());
            }
            IngestOutcome o = pipeline.ingest(file, names.get(i));

            assertThat(o.failed()).as(o.reason()).isFalse();
            String kept = archive.store.readManifest(o.id()).orElseThrow().file();
            assertThat(kept).doesNotContain("/", "..", "\u0000", "\u202E", "\u202C");
            assertThat(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(archive.store.objects().list("originals/")).contains("originals/" + o.id());
        }
    }

    @Test
    void theWorkerKeepsGoingAfterEveryKindOfHostileFile() throws IOException {
        ingest("again-empty.jpg", new byte[0]);
        ingest("again-truncated.jpg", HostileFixtures.truncatedJpeg());
        ingest("again-corrupt.pdf", HostileFixtures.corruptPdf());
        ingest("again-bomb.png", HostileFixtures.pixelBombPng(60_000, 60_000));

        IngestOutcome good = ingest("good.png", ScanFactory.png(ScanFactory.page(List.of("客户档案登记表",
                "档案编号：KH-2023-000555", "客户名称：太原晋阳煤机有限公司"), ScanFactory.cjkFont(), 0.5, 100, 555)));

        assertThat(good.status()).as(good.reason()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW);
        assertThat(archive.index.get(good.id())).isPresent();
    }
}
