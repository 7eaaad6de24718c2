package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ExtractedFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordConfidenceTest {

    // Words as Tesseract located them on tuning-0064: one unsure character in an otherwise clean name.
    private static final List<OcrWord> ROWS = List.of(
            new OcrWord("客户", 0.96, 100, 100, 60, 30, 0), new OcrWord("全称", 0.95, 160, 100, 60, 30, 0),
            new OcrWord(":", 0.93, 225, 100, 10, 30, 0), new OcrWord("合肥", 0.96, 240, 100, 60, 30, 0),
            new OcrWord("多", 0.31, 300, 100, 30, 30, 0), new OcrWord("盛建设工程有限公司", 0.94, 330, 100, 270, 30, 0),
            new OcrWord("手机", 0.95, 100, 160, 60, 30, 1), new OcrWord(":", 0.9, 165, 160, 10, 30, 1),
            new OcrWord("188", 0.91, 180, 160, 45, 30, 1), new OcrWord("一", 0.62, 228, 160, 20, 30, 1),
            new OcrWord("8009-2460", 0.88, 250, 160, 130, 30, 1));

    @Test
    void aValueGetsItsLeastConfidentWordNotThePageMean() {
        WordConfidence words = WordConfidence.of(List.of(new OcrPage("", 0.9, ROWS, 1000, 1000)), 0.9);

        assertThat(words.of(0, "合肥多盛建设工程有限公司")).isEqualTo(0.31);
        assertThat(words.of(0, "全称")).isEqualTo(0.95);
    }

    @Test
    void aNormalisedNumberIsPlacedByItsDigits() {
        WordConfidence words = WordConfidence.of(List.of(new OcrPage("", 0.9, ROWS, 1000, 1000)), 0.9);

        assertThat(words.anywhere("18880092460")).isEqualTo(0.88);
        assertThat(words.of(1, "188-8009-2460")).isEqualTo(0.88);
    }

    @Test
    void aValueThatCannotBePlacedGetsThePageConfidence() {
        WordConfidence words = WordConfidence.of(List.of(new OcrPage("", 0.9, ROWS, 1000, 1000)), 0.77);

        assertThat(words.anywhere("杭州")).isEqualTo(0.77);
        assertThat(words.of(5, "合肥")).isEqualTo(0.77);
    }

    @Test
    void theExtractorScoresAFieldByItsOwnWords() {
        ExtractedFields f = new FieldExtractor().extract(List.of(new OcrPage("", 0.9, ROWS, 1000, 1000)));

        assertThat(f.customer().name()).isEqualTo("合肥多盛建设工程有限公司");
        assertThat(f.confidence().get("customer.name")).isEqualTo(0.31);
        assertThat(f.customer().mobile()).isEqualTo("18880092460");
        assertThat(f.confidence().get("customer.mobile")).isEqualTo(0.88);
    }
}
