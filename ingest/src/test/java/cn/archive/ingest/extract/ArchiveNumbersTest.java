package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "档案编号：KH-2023-000417 | KH-2023-000417",
        "档案编号: kh-2023-000417 | KH-2023-000417",
        "档 案 编 号 ： KH - 2023 - 000417 | KH-2023-000417",
        "档案号：KH202300417 | KH202300417",
        "编号：DA-2023-0417 | DA-2023-0417",
        "档案号 No.2021/0335 | 2021/0335",
        "档案号：ＫＨ－２０２３－０００４１７ | KH-2023-000417",
        "档案编号：KH-2O23-0OO417 | KH-2023-000417",
    })
    void keepsTheNumberAsPrintedInUpperCaseWithoutSpaces(String text, String expected) {
        assertThat(ArchiveNumbers.find(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"KH-2023-000417 | 2023", "KH202300417 | 2023", "DA-2019-2046 | 2019",
        "2021/0335 | 2021", "NO.1998-12 | 1998"})
    void tellsTheYearAnArchiveNumberIsFiledUnder(String number, int year) {
        assertThat(ArchiveNumbers.year(number)).hasValue(year);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"KH-0417-2023", "A-3023-0417", "KH-2O23-0417", "KH-202"})
    void findsNoYearWhereTheDigitsDoNotOpenWithOne(String number) {
        assertThat(ArchiveNumbers.year(number)).isEmpty();
    }

    @Test
    void findsAnUnlabelledNumberWhenItIsTheOnlyOne() {
        assertThat(ArchiveNumbers.find("客户档案登记表    KH-2023-000417\n第1页")).contains("KH-2023-000417");
    }

    @Test
    void refusesToChooseBetweenTwoUnlabelledNumbers() {
        assertThat(ArchiveNumbers.find("KH-2023-000417 DA-2023-0417")).isEmpty();
    }

    @Test
    void doesNotTakeAContractNumberForTheArchiveNumber() {
        assertThat(ArchiveNumbers.find("合同编号：HT-2023-0091")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"档案编号：", "档案编号：无", "编号：01", "客户档案登记表"})
    void returnsEmptyWhenNoNumberIsPrinted(String text) {
        assertThat(ArchiveNumbers.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DA2018-1624 | DA-2018-1624", "DA2020-3650 | DA-2020-3650",
        "KH-2023000417 | KH-2023-000417", "KH2023/000417 | KH/2023/000417"})
    void putsBackTheSeparatorOcrDroppedBetweenTwoPartsOfANumber(String read, String printed) {
        assertThat(ArchiveNumbers.separatorLost(read)).contains(printed);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"KH-2023-000417", "KH202300417", "DA-2023-0417", "2021/0335", "NO.1998-12", "DA-2018-16",
        "KH2023-00", "AUTO-2026-9F86D081"})
    void leavesANumberWhoseSeparatorsAgreeAsItIs(String number) {
        assertThat(ArchiveNumbers.separatorLost(number)).isEmpty();
    }

    @Test
    void assignsAutoYearAndTheFirstEightHexDigitsOfTheId() {
        String id = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertThat(ArchiveNumbers.assign(id, LocalDate.of(2026, 1, 9))).isEqualTo("AUTO-2026-9F86D081");
    }

    @Test
    void refusesToAssignFromSomethingThatIsNotAHash() {
        assertThatThrownBy(() -> ArchiveNumbers.assign("scan-0417.jpg", LocalDate.of(2026, 1, 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan-0417.jpg");
    }
}
