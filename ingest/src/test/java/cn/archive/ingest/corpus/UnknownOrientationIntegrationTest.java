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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Tesseract on corpus scans fed sideways or upside-down whose page orientation detection cannot
 * tell: a contract's second page (a few lines of prose, the signing date, the signatures) and a ledger
 * page. Read as fed they are nonsense; the page turned the way its reading suggests gives the values.
 */
class UnknownOrientationIntegrationTest {

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

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "344",  // scanned PDF contract fed upside-down: its second page carries the signing date
        "153",  // scanned PDF contract fed sideways: the second page's lines ran down the page
        "508"}) // JPEG ledger fed upside-down: its header carries the archive number and the name
    void aPageWhoseOrientationDetectionCannotTellIsReadTurned(int index) throws Exception {
        ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);
        assertThat(paper.rotation()).isNotZero();

        ArchiveRecord record = reader.extract(paper.file(), paper.file().getFileName().toString());

        assertThat(KeyFields.of(record)).isEqualTo(KeyFields.of(paper.truth()));
    }
}
