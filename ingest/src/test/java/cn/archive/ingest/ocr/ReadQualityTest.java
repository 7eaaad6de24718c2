package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.RecordJson;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * A page as Tesseract read it as fed, saved from the extraction bench (tuning split, 60 files):
     * "large-" with the larger chi_sim model (tesseract.js-data 1.0.0), "debian-" with Debian's.
     */
    private static OcrPage reading(String name) throws IOException {
        try (InputStream in = ReadQualityTest.class.getResourceAsStream(name + ".json")) {
            assertThat(in).as("test reading %s", name).isNotNull();
            return RecordJson.mapper().readValue(in, OcrPage.class);
        }
    }

    @Test
    void upsideDownPagesTheLargerModelReadsAsConfidentNonsenseAreDoubtful() throws IOException {
        // tuning-0043-contract.tif, fed upside-down: half its characters at confidence ≥ 0.6, so the
        // confidence test alone passed it; 10 % of its Chinese characters are rare ones (蛭, 黟, 羰…).
        OcrPage contract = reading("large-upside-down-contract");
        OcrPage signatures = reading("large-upside-down-signature-page");
        int chars = contract.words().stream().map(w -> w.text().strip())
                .mapToInt(t -> t.codePointCount(0, t.length())).sum();
        assertThat(ReadQuality.confidentChars(contract)).isGreaterThanOrEqualTo((int) (chars * ReadQuality.MIN_CONFIDENT_SHARE));
        assertThat(ReadQuality.commonShare(contract)).isLessThan(ReadQuality.MIN_COMMON_SHARE);
        assertThat(ReadQuality.commonShare(signatures)).isLessThan(ReadQuality.MIN_COMMON_SHARE);
        assertThat(ReadQuality.doubtful(contract)).isTrue();
        assertThat(ReadQuality.doubtful(signatures)).isTrue();
    }

    @Test
    void uprightPagesOfEitherModelAreNotDoubtfulEvenWithAGarbledLine() throws IOException {
        // tuning-0038-contract.pdf (skewed, yellowed, AR PL UMing): one line read as 乙歹「责又寸甲方主__罡… -
        // the upright page with the fewest common characters (97.6 %) the bench saw.
        assertThat(ReadQuality.doubtful(reading("large-upright-contract-garbled-line"))).isFalse();
        assertThat(ReadQuality.doubtful(reading("large-upright-card"))).isFalse();
        assertThat(ReadQuality.doubtful(reading("debian-upright-form"))).isFalse();
    }

    @Test
    void debiansModelReadsUpsideDownPagesAsUnconfidentLatinAndStaysDoubtful() throws IOException {
        OcrPage form = reading("debian-upside-down-form");
        // No Chinese read at all: the common-character test abstains, the confidence test decides.
        assertThat(ReadQuality.commonShare(form)).isEqualTo(1.0);
        assertThat(ReadQuality.doubtful(form)).isTrue();
    }

    @Test
    void rareCharactersCountAsAShareOfThePage() {
        // A company name with 鑫 or 淼 (GB 2312 second level) on an otherwise ordinary page.
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add(new OcrWord(i < 2 ? "鑫淼" : "客户", 0.9, 60 * (i % 10), 100 + 40 * (i / 10), 58, 30, i / 10));
        }
        OcrPage page = new OcrPage("…", 0.9, words, 1654, 2339);
        assertThat(ReadQuality.commonShare(page)).isEqualTo(56.0 / 60);
        assertThat(ReadQuality.doubtful(page)).isTrue();
        words.addAll(words.subList(2, 30));
        assertThat(ReadQuality.commonShare(new OcrPage("…", 0.9, words, 1654, 2339))).isGreaterThan(0.95);
        assertThat(ReadQuality.doubtful(new OcrPage("…", 0.9, words, 1654, 2339))).isFalse();
    }

    @Test
    void aConfidentReadingDownThePageLosesToAnUprightTurnedOne() throws IOException {
        // tuning-0019-customer-card.pdf fed sideways: the larger model reads its columns glyph by glyph
        // with confidence 0.99, more confident characters than the page turned upright has.
        OcrPage sideways = reading("large-sideways-card");
        OcrPage upright = reading("large-upright-card");
        assertThat(ReadQuality.readDownwards(sideways)).isTrue();
        assertThat(ReadQuality.doubtful(sideways)).isTrue();
        assertThat(ReadQuality.better(sideways, upright)).isSameAs(upright);
        // ...but not to a turned reading that is itself doubtful (detection turned it the wrong way).
        assertThat(ReadQuality.better(sideways, reading("large-upside-down-contract"))).isSameAs(sideways);
    }

    @Test
    void aGuessedTurnIsKeptOnlyWhenItReadsWellAndBetterThanTheReadingAsFed() throws IOException {
        // Orientation detection could not tell: the turns tried are kept only on their own merit.
        OcrPage sideways = reading("large-sideways-card");
        OcrPage upright = reading("large-upright-card");
        assertThat(ReadQuality.clearlyBetter(sideways, upright)).isTrue();
        assertThat(ReadQuality.clearlyBetter(sideways, reading("large-upside-down-contract"))).isFalse();
        assertThat(ReadQuality.clearlyBetter(upright, sideways)).isFalse();
        // A turned reading with no more confident characters than the page as fed is not clearly better.
        assertThat(ReadQuality.clearlyBetter(page(80, 70, false), page(80, 70, false))).isFalse();
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
