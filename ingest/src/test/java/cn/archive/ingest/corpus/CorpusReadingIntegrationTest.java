package cn.archive.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.record.ArchiveRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One scanned paper of every corpus kind, read end to end by the real Tesseract exactly as
 * {@code ./archive extract} reads it: every key field a clerk checks must match what is printed.
 * The benchmark ({@code ./archive bench extraction}) measures the rates over many papers; this
 * keeps each kind working end to end. The papers are ones the current setup reads completely (about
 * two in three of the corpus, see README), so a change that breaks a kind shows here at once.
 */
class CorpusReadingIntegrationTest {

    private static OcrEnginePool engines;
    private static RecordReader reader;

    @TempDir
    static Path dir;

    @BeforeAll
    static void engines() {
        engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), 1);
        reader = new RecordReader(new DocumentReader(engines), new FieldExtractor(), PipelineSettings.defaults());
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource({
        "REGISTRATION_FORM, 1007",   // JPEG
        "REGISTRATION_FORM, 1004",   // born-digital PDF
        "CUSTOMER_CARD, 1003",       // JPEG, ruled table
        "CONTRACT, 1003",            // two-page image-only PDF
        "FEEDBACK_FORM, 1000",       // JPEG fed sideways
        "TRANSACTION_LEDGER, 1002",  // multi-page TIFF writer, ruled ledger
        "INDIVIDUAL, 1002"})         // JPEG
    void everyKeyFieldOfAPaperIsReadAsPrinted(PaperKind kind, int index) throws Exception {
        ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, kind, dir);

        ArchiveRecord record = reader.extract(paper.file(), paper.file().getFileName().toString());

        Map<KeyFields, String> truth = KeyFields.of(paper.truth());
        assertThat(KeyFields.of(record)).as("key fields of %s", paper.file().getFileName()).isEqualTo(truth);
        assertThat(record.documentType()).isEqualTo(paper.truth().documentType);
    }

    /**
     * Scans whose values the page's first reading misses: a page fed sideways or upside-down whose
     * orientation detection cannot tell (read again turned the way its reading suggests), a row
     * whose right half, label and value, the reading dropped (its blank read again), a form's whole row
     * dropped (the band between its neighbours read again), and an address read as Latin letters (its cell
     * read again in Chinese).
     */
    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "344",  // scanned PDF contract fed upside-down: its second page carries the signing date
        "153",  // scanned PDF contract fed sideways: the second page's lines ran down the page
        "508",  // JPEG ledger fed upside-down: its header carries the archive number and the name
        "311",  // PNG card: "所属行业 餐饮服务" right of the tier's cells was not read
        "801",  // PNG ledger fed upside-down: "行业分类 : 医院" right of the archive number was not read
        "1077", // PNG form: the row "客户级别 : 潜在客户    行业分类 : 软件开发" was not read at all (LostRows)
        "945",  // PNG individual: the address read as Latin letters ("KTH EX LURE 663"), its region from nothing else
        "1420", // PNG form: "客户等级 : 潜在客户" left of "行业分类 : 物业管理" was not read (LostHalves.leftOf)
        "1413"}) // PNG form: "所属行业 : ;" its cell's box refused for a 7 px speck after the colon
    void everyKeyFieldOfAScanThePagesFirstReadingMissesIsRead(int index) throws Exception {
        ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);

        ArchiveRecord record = reader.extract(paper.file(), paper.file().getFileName().toString());

        assertThat(KeyFields.of(record)).as("key fields of %s", paper.file().getFileName())
                .isEqualTo(KeyFields.of(paper.truth()));
    }
}
