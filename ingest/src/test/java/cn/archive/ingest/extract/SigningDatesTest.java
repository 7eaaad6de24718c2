package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ExtractedFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningDatesTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A contract: its heading, 甲方's name, and the signing clause with the date as the page read it (row 2).
    private static List<OcrWord> contract(String... date) {
        List<OcrWord> words = new ArrayList<>(List.of(
                new OcrWord("客户服务约定书", 0.95, 500, 100, 420, 40, 0),
                new OcrWord("甲方", 0.95, 100, 200, 60, 30, 1), new OcrWord(":", 0.9, 165, 200, 10, 30, 1),
                new OcrWord("郑州明德汽车配件有限公司", 0.94, 190, 200, 360, 30, 1),
                new OcrWord("四", 0.93, 100, 300, 30, 30, 2), new OcrWord("、", 0.9, 140, 300, 10, 30, 2),
                new OcrWord("本约定书于", 0.93, 160, 300, 150, 30, 2)));
        int x = 320;
        for (String d : date) {
            words.add(new OcrWord(d, 0.9, x, 300, 30 * d.length(), 30, 2));
            x += 30 * d.length() + 8;
        }
        words.add(new OcrWord("签订", 0.92, x, 300, 60, 30, 2));
        words.add(new OcrWord("，", 0.9, x + 62, 300, 10, 30, 2));
        words.add(new OcrWord("自签字盖章之日起生效", 0.93, x + 80, 300, 300, 30, 2));
        return words;
    }

    private static FieldReading date(String text, double confidence, String model) {
        return new FieldReading(FieldRereads.REGISTERED_ON, 2, 310, 290, 300, 50, text, confidence, model);
    }

    private static ExtractedFields read(List<OcrWord> words, FieldReading... rereads) {
        return EXTRACTOR.extract(List.of(new OcrPage("", 0.9, words, 1654, 2339, List.of(rereads))));
    }

    @Test
    void aSigningDateThePageReadNoDateInHasItsBoxReadAgainInTheCharactersOfADate() {
        // tuning-1013: "于 2016 年 ?月 8 日签订", the month lost.
        List<OcrWord> words = contract("2016", "年", "?月", "8", "日");
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, words, 1654, 2339, List.of()));

        assertThat(regions).filteredOn(r -> r.field().equals(FieldRereads.REGISTERED_ON)).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.language()).isEqualTo(FieldRegion.CHINESE);
            assertThat(r.characters()).isEqualTo(SigningDates.DATE_CHARACTERS);
            assertThat(r.x()).isGreaterThan(280).isLessThanOrEqualTo(320); // from the date on, not the clause's words
            assertThat(r.x() + r.width()).isLessThan(words.get(words.size() - 3).x() + 5); // not into 签订
        });
    }

    @Test
    void aSigningDateThePageReadAndAFutureYearAreToldApart() {
        List<OcrWord> read = contract("2016", "年", "7", "月", "8", "日");
        assertThat(EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, read, 1654, 2339, List.of())))
                .noneMatch(r -> r.field().equals(FieldRereads.REGISTERED_ON));
        // tuning-1132: 二〇二〇 read "二 O 〇三 O" = 2030, a year not yet come: no date, read again.
        List<OcrWord> future = contract("二", "O", "〇三", "O", "年一月十九日");
        assertThat(EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, future, 1654, 2339, List.of())))
                .anyMatch(r -> r.field().equals(FieldRereads.REGISTERED_ON));
    }

    @Test
    void takesTheDateBothReadingsAgreeOnWithTheLesserConfidence() {
        List<OcrWord> words = contract("2016", "年", "?月", "8", "日");
        assertThat(read(words).registeredOn()).isNull();

        ExtractedFields f = read(words, date("2016年7月8日", 0.75, FieldReading.PAGE_MODEL),
                date("2016 年 7 月 8 日", 0.77, FieldReading.LARGE_MODEL));
        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2016, 7, 8));
        assertThat(f.confidence().get("registeredOn")).isCloseTo(0.75 * Evidence.PATTERN.factor, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aDateOneReadingAloneGivesGoesToReviewAndTwoDatesGiveNone() {
        List<OcrWord> words = contract("二", "O", "〇三", "O", "年一月十九日");
        // tuning-1132: the page's model lost a numeral ("二〇三年"), the larger one read the date whole.
        ExtractedFields alone = read(words, date("二〇三年一月十九日", 0.53, FieldReading.PAGE_MODEL),
                date("二 〇 二 〇 年 一 月 十 九 日", 0.66, FieldReading.LARGE_MODEL));
        assertThat(alone.registeredOn()).isEqualTo(LocalDate.of(2020, 1, 19));
        assertThat(alone.confidence().get("registeredOn")).isLessThan(0.5);
        // Tesseract unsure of the lone reading: nothing.
        assertThat(read(words, date("二〇三年一月十九日", 0.53, FieldReading.PAGE_MODEL),
                date("二 〇 二 〇 年 一 月 十 九 日", 0.3, FieldReading.LARGE_MODEL)).registeredOn()).isNull();
        // The readings disagree: nothing.
        assertThat(read(words, date("二〇二〇年一月十九日", 0.8, FieldReading.PAGE_MODEL),
                date("二 〇 二 〇 年 一 月 十 八 日", 0.8, FieldReading.LARGE_MODEL)).registeredOn()).isNull();
    }

    @Test
    void aYearWhoseFirstNumeralTheBoxCutIsReadWithIt() {
        // tuning-1370: the page read "二名二四年一月十八日", both readings of the box "〇二四年一月十八日".
        List<OcrWord> words = contract("二名二四年一月十八日");
        assertThat(read(words).registeredOn()).isNull();

        ExtractedFields f = read(words, date("〇二四年一月十八日", 0.73, FieldReading.PAGE_MODEL),
                date("〇 二 四 年 一 月 十 八 日", 0.79, FieldReading.LARGE_MODEL));
        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(read(words, date("二四年一月十八日", 0.73, FieldReading.PAGE_MODEL),
                date("二 四 年 一 月 十 八 日", 0.79, FieldReading.LARGE_MODEL)).registeredOn()).as("a year cut to two").isNull();
    }
}
