package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTest {

    private static final LocalDate MARCH_15 = LocalDate.of(2023, 3, 15);

    @ParameterizedTest
    @ValueSource(strings = {"2023年3月15日", "2023/03/15", "2023.3.15", "2023-03-15", "2023年03月15号",
            "２０２３年３月１５日", "2023 年 3 月 15 日", "2023年3月15", "二〇二三年三月十五日", "二零二三年三月十五号"})
    void readsEveryWrittenFormOfTheSameDay(String written) {
        assertThat(ChineseDates.parse(written)).contains(MARCH_15);
    }

    @Test
    void aDayOneOfWhoseDigitsWasReadAsAnotherGlyphIsNoDay() {
        // tuning-1807: 17 read "1I7"; -2009: 22 read "2 立" in a box read again. Absent beats the 1st and the 2nd.
        assertThat(ChineseDates.parse("2023 年 8 月 1I7 日")).isEmpty();
        assertThat(ChineseDates.parse("2 0 2 3 年 6 月 2 立 日")).isEmpty();
        // A day of two digits is whole whatever OCR made of what follows it (日签 read as letters, a speck before 日).
        assertThat(ChineseDates.parse("2018 年 4 月 28 AS , 自签字")).contains(LocalDate.of(2018, 4, 28));
        assertThat(ChineseDates.parse("2021 年 1 月 14人日")).contains(LocalDate.of(2021, 1, 14));
        assertThat(ChineseDates.parse("2023年3月5号")).contains(LocalDate.of(2023, 3, 5));
        assertThat(ChineseDates.parse("2023年12月1日至2024年")).contains(LocalDate.of(2023, 12, 1));
    }

    @Test
    void findsTheDateInsideALabelledLine() {
        assertThat(ChineseDates.parse("建档日期：2023年3月15日  经办人：李明")).contains(MARCH_15);
    }

    @Test
    void readsTwoDigitChineseDays() {
        assertThat(ChineseDates.parse("二〇二一年十二月三十一日")).contains(LocalDate.of(2021, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023年13月1日", "2023/04/31", "1800-01-01", "2023-03/15"})
    void rejectsDatesThatAreNotOnTheCalendar(String invalid) {
        assertThat(ChineseDates.parse(invalid)).isEmpty();
    }

    @Test
    void skipsAnInvalidDateAndTakesTheNextRealOne() {
        assertThat(ChineseDates.parse("2023-02-30 更正为 2023-03-15")).contains(MARCH_15);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"无", "0571-87654321", "20230315", "12345.6.7"})
    void returnsEmptyForTextWithoutADate(String text) {
        assertThat(ChineseDates.parse(text)).isEmpty();
    }

    // Real misreads of the tuning split's scans (tuning-0020, -0066, -0077, -0043, -0025, -0037).
    @ParameterizedTest
    @ValueSource(strings = {"二 O 〇一六年一月十日:2016-01-10", "二 @ 〇二 @ 〇年七月五目:2020-07-05",
            "二 @ 〇二 C 〇年八月四日:2020-08-04", "于二 @ 〇一九年五月十一日签订:2019-05-11",
            "2 0 1 9 年 5 月 1 4 日签订:2019-05-14", "建档日期:2 0 2 1年6月1日    客户全称:2021-06-01",
            // chi_sim alone reading a date's box again (tuning-0055): the circle as a Latin o or a zero.
            "二o一五年十二月十二日:2015-12-12", "二0一七年二月十日:2017-02-10", "二〇二O年三月六日:2020-03-06"})
    void readsDatesThroughTheWaysOcrMisreadsThem(String misreadAndDate) {
        String[] parts = misreadAndDate.split(":(?=[0-9-]+$)");
        assertThat(ChineseDates.parse(parts[0])).contains(LocalDate.parse(parts[1]));
    }

    // tuning-0193: a speck between 年 and the month read as a dot.
    @ParameterizedTest
    @ValueSource(strings = {"2015 年 .11 月 15 日", "2015年11月,15日", "2015. 年11月15日"})
    void readsADateThroughASpeckBesideItsUnits(String misread) {
        assertThat(ChineseDates.parse(misread)).contains(java.time.LocalDate.of(2015, 11, 15));
    }

    @Test
    void readsTheSquare口ReadForTheCircle〇OfAYear() {
        assertThat(ChineseDates.parse("二口一七年一月十日")).contains(java.time.LocalDate.of(2017, 1, 10));
        assertThat(ChineseDates.parse("口口一七年一月十日")).isEmpty();
    }

    // The larger model reads the circle of a year as Q (tuning-0051).
    @Test
    void readsTheQReadForTheCircle〇OfAYear() {
        assertThat(ChineseDates.parse("二 Q 二 三 年 五 月 三 日")).contains(java.time.LocalDate.of(2023, 5, 3));
        assertThat(ChineseDates.parse("二 Q 二 年 四 月 四 日")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"二 @ 一九年五月十一日", "二 C 〇〇一九年五月十一日", "\\ 〇三三年五月三日", "2019 5 14"})
    void doesNotGuessAYearThatIsNotFourNumerals(String misread) {
        assertThat(ChineseDates.parse(misread)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017 年 1 月工日|2017-01-01", "2019 年 10 月工日|2019-10-01", "2019年工月5日|2019-01-05",
            "2019 年 11 月 l 日|2019-11-01", "2025 年 11 月工目|2025-11-01", "2023 年 1 月工目签订|2023-01-01"})
    void readsTheDigitOneOfAMonthOrDayReadAsAGlyph(String misreadAndDate) {
        String[] parts = misreadAndDate.split("\\|");
        assertThat(ChineseDates.parse(parts[0])).contains(LocalDate.parse(parts[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二〇一九年十月工日", "工年1月1日", "2019年10月工作日", "二〇一九年十月工目"})
    void readsNoGlyphAsOneOutsideADigitDatesMonthOrDay(String text) {
        assertThat(ChineseDates.parse(text)).isEmpty();
    }

    // tuning-0136: the circle of 二〇二四 read as two round glyphs, D and O.
    @Test
    void readsTheCircleOfAYearReadAsTwoRoundGlyphs() {
        assertThat(ChineseDates.parse("二 DO 二四年二月十四日")).contains(LocalDate.of(2024, 2, 14));
        assertThat(ChineseDates.parse("二OQ一七年一月十日")).contains(LocalDate.of(2017, 1, 10));
        assertThat(ChineseDates.parse("二D二四年二月十四日")).as("a lone D is no circle").isEmpty();
        assertThat(ChineseDates.parse("二DOO二四年二月十四日")).as("one glyph too many").isEmpty();
    }

    // tuning-0606: the page lost the day ("9 月 :日"), the box's re-readings the year's first digit.
    @Test
    void joinsADateTwoReadingsHoldTogetherOnly() {
        assertThat(ChineseDates.joined(java.util.List.of("2023 年 9 月 :日", "023年9月1日", "023 年 9 月 1 日")))
                .contains(LocalDate.of(2023, 9, 1));
        assertThat(ChineseDates.joined(java.util.List.of("2023 年 9 月 :日", "2023 年 月 1 日")))
                .contains(LocalDate.of(2023, 9, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023 年 9 月 :日|023年8月1日", // the months differ
            "2023 年 9 月 :日|013年9月1日", // a year that is not the end of the other
            "2023 年 9 月 :日|023年9月1日|023年9月7日", // the days differ
            "023 年 9 月 :日|023年9月1日", // no four-digit year anywhere
            "2023 年 9 月 :日|2019 -", // nothing read of the day
            "2023 年 9 月 :日", // one reading
            "2023 年 9 月 1 日|023年9月1日"}) // whole in one reading: parse's, not a join
    void joinsNoHalvesThatDisagreeOrLeaveAPartUnread(String readings) {
        assertThat(ChineseDates.joined(java.util.List.of(readings.split("\\|")))).isEmpty();
    }

    @Test
    void aBoxReadingWhoseEdgeCutTheYearsFirstNumeralIsReadWithIt() {
        // tuning-1370, -1461: the box of 二〇二四年 read "〇二四年…" by both models.
        assertThat(ChineseDates.parse("〇二四年一月十八日")).isEmpty();
        assertThat(ChineseDates.parseBox("〇二四年一月十八日")).contains(LocalDate.of(2024, 1, 18));
        assertThat(ChineseDates.parseBox("〇 二 四 年 二 月 四 日")).contains(LocalDate.of(2024, 2, 4));
        assertThat(ChineseDates.parseBox("二〇二四年二月四日")).as("a whole year").contains(LocalDate.of(2024, 2, 4));
        assertThat(ChineseDates.parseBox("二四年九月十九日")).as("two numerals: 二〇 or 一九 cut").isEmpty();
        assertThat(ChineseDates.parseBox("一二四年九月十九日")).as("no 〇 after the cut: no year of ours").isEmpty();
        assertThat(ChineseDates.parseBox("于〇二四年一月十八日")).as("the year does not open the reading").isEmpty();
    }
}
