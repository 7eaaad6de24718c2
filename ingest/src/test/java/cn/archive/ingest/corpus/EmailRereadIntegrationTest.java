package cn.archive.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Tesseract on corpus scans whose e-mail the whole-page reading gets wrong: the re-reading of
 * the value's box with the {@code eng} single-line engine gives the printed address, and the record
 * {@code ./archive extract} makes carries it.
 */
class EmailRereadIntegrationTest {

    private static OcrEnginePool engines;
    private static DocumentReader documents;
    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    @TempDir
    static Path dir;

    @BeforeAll
    static void engines() {
        engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), 1);
        documents = new DocumentReader(engines);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "8",    // JPEG registration form: the page reads wujs@ as "wugs@"
        "51"})  // PNG registration form: the page's reading of the address is no address at all
    void theReReadingCorrectsAnEmailThePageReadWrong(int index) throws Exception {
        ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);
        RecordReader reader = new RecordReader(documents, EXTRACTOR, PipelineSettings.defaults());
        String type = reader.intake().check(paper.file());

        List<OcrPage> pages = documents.read(paper.file(), type, EXTRACTOR.rereadRegions()).pages();
        List<OcrPage> withoutRereads = pages.stream().map(p -> p.withRereads(List.of())).toList();

        assertThat(pages.stream().flatMap(p -> p.rereads().stream())).isNotEmpty();
        assertThat(EXTRACTOR.extract(withoutRereads).customer().email()).isNotEqualTo(paper.truth().email);
        assertThat(EXTRACTOR.extract(pages).customer().email()).isEqualTo(paper.truth().email);
        assertThat(reader.extract(paper.file(), paper.file().getFileName().toString()).customer().email())
                .isEqualTo(paper.truth().email);
    }
}
