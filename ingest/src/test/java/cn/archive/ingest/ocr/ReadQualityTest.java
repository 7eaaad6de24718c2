package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a page read as fed is read again after orientation detection, and which reading is kept. */
class ReadQualityTest {

    /** A page of {@code n} two-character words in rows, {@code confident} of them read with confidence 0.9. */
    private static OcrPage page(int n, int confident, boolean vertical) {
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double conf = i < confident ? 0.9 : 0.3;
            words.add(vertical ? new OcrWord("客户", conf, 100 + 40 * (i / 10), 60 * (i % 10), 30, 58, i / 10)
                    : new OcrWord("客户", conf, 60 * (i % 10), 100 + 40 * (i / 10), 58, 30, i / 10));
        }
        return new OcrPage("…", 0.8, words, 1654, 2339);
    }

    @Test
    void anUprightPageReadWithConfidenceIsKept() {
        assertThat(ReadQuality.doubtful(page(80, 70, false))).isFalse();
    }

    @Test
    void aPageReadWithFewConfidentCharactersIsDoubtful() {
        // Upside-down pages read so: characters found, but few with any confidence.
        assertThat(ReadQuality.doubtful(page(80, 10, false))).isTrue();
        assertThat(ReadQuality.doubtful(page(80, 39, false))).isTrue();
        assertThat(ReadQuality.doubtful(page(80, 41, false))).isFalse();
    }

    @Test
    void aPageReadAsVerticalLinesIsDoubtfulHoweverConfident() {
        assertThat(ReadQuality.doubtful(page(80, 80, true))).isTrue();
    }

    @Test
    void aPageWithNothingReadIsDoubtful() {
        assertThat(ReadQuality.doubtful(new OcrPage("", 0.0, List.of(), 800, 1000))).isTrue();
    }

    @Test
    void theTurnedReadingIsKeptUnlessClearlyWorse() {
        OcrPage asFed = page(80, 60, false);

        assertThat(ReadQuality.better(asFed, page(80, 70, false))).isNotSameAs(asFed);
        assertThat(ReadQuality.better(asFed, page(80, 55, false))).isNotSameAs(asFed);
        assertThat(ReadQuality.better(asFed, page(80, 20, false))).isSameAs(asFed);
    }
}
