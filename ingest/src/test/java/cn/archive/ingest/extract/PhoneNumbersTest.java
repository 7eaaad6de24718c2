package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13805712233", "138 0571 2233", "138-0571-2233", "+86 13805712233", "+86-138-0571-2233",
            "86 13805712233", "0086 13805712233", "１３８０５７１２２３３", "手机：13805712233（本人）",
            "138.0571.2233", "+86 138 0571.2233"})
    void normalisesMobilesToElevenDigits(String written) {
        assertThat(PhoneNumbers.mobile(written)).contains("13805712233");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12805712233", "1380571223", "138057122334", "23805712233", "330106198501011234",
            "1.13805712233", "13805712233.5"})
    void rejectsNumbersThatAreNotMobiles(String notMobile) {
        assertThat(PhoneNumbers.mobile(notMobile)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0571-87654321", "(0571)87654321", "（0571）87654321", "0571 8765 4321", "057187654321",
            "0571 87654321", "+86-571-87654321", "0571-87654321-8001", "电话：0571-87654321转8001"})
    void normalisesLandlinesToAreaDashLocal(String written) {
        assertThat(PhoneNumbers.landline(written)).contains("0571-87654321");
    }

    @Test
    void splitsThreeDigitAreaCodesByTheirPrefix() {
        assertThat(PhoneNumbers.landline("010-12345678")).contains("010-12345678");
        assertThat(PhoneNumbers.landline("01062345678")).contains("010-62345678");
        assertThat(PhoneNumbers.landline("021 5555 6666")).contains("021-55556666");
    }

    @Test
    void acceptsSevenDigitLocalNumbers() {
        assertThat(PhoneNumbers.landline("0898-6123456")).contains("0898-6123456");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"13805712233", "0571-1234", "2023-03-15", "310012", "0571-01234567", "ID 330106198501011234"})
    void findsNoLandlineWhereThereIsNone(String text) {
        assertThat(PhoneNumbers.landline(text)).isEmpty();
    }

    @Test
    void tellsTheAreaCodeOfANormalisedLandline() {
        assertThat(PhoneNumbers.areaCode("0571-87654321")).contains("0571");
        assertThat(PhoneNumbers.areaCode(null)).isEmpty();
        assertThat(PhoneNumbers.areaCode("13805712233")).isEmpty();
    }

    @Test
    void aThreeDigitAreaCodeDialsEightDigitNumbersOnly() {
        assertThat(PhoneNumbers.plausibleLocal("021-55556666")).isTrue();
        assertThat(PhoneNumbers.plausibleLocal("021-5555666")).isFalse(); // a digit lost
        assertThat(PhoneNumbers.plausibleLocal("0571-8765432")).isTrue();
        assertThat(PhoneNumbers.plausibleLocal("0571-87654321")).isTrue();
    }
}
