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
}
