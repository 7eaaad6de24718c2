package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerReaderTest {

    // Real misreads of e-mail values on the tuning split's scans.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xuwz@vvrfub ,net|xuwz@vvrfub.net",
        "Zhangre@limmf.cn|zhangre@limmf.cn",
        "~ wang@abc .com.cn|wang@abc.com.cn",
        "-yangvv@frt.cn|yangvv@frt.cn"})
    void readsAnEmailThroughTheSpacingAndCommasOcrPutsIntoIt(String misread, String email) {
        assertThat(CustomerReader.email(misread)).contains(email);
    }

    // "@" read as a letter (wujlaryolo.cn, xubjowdrhwy.com.cn): where it was cannot be known, so no address.
    @ParameterizedTest
    @ValueSource(strings = {"wujlaryolo.cn", "xubjowdrhwy.com.cn", "Lisuamomauy ,net", "shentaohyr et.net"})
    void doesNotGuessWhereAMisreadAtSignWas(String misread) {
        assertThat(CustomerReader.email(misread)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"info@shop,company.com"})
    void doesNotTurnACommaThatIsNotBeforeATopLevelDomainIntoADot(String value) {
        assertThat(CustomerReader.email(value)).isEmpty();
    }

    // The box's reading of an address lacks the letter the page read before it: its left edge cut it.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "，Wuqdatuigv.net|uqd@tuigv.net|true",
        ":1ixpotofa.net|ixp@tofa.net|true",
        ":lixp@tofa.net|lixp@tofa.net|false",
        "wuqd@tuigv.net|wuqd@tuigv.net|false",
        "~ xuwz@vvrfub ,net|uwz@vvrfub.net|true",
        "zhang@abc.cn|wang@abc.cn|false"})
    void tellsABoxReadingCutShortOfTheFirstLetterThePageRead(String page, String reread, boolean cut) {
        assertThat(CustomerReader.firstLetterCut(page, reread)).isEqualTo(cut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zhangci@ajmcu.cn|true", "li@abc.com.cn|true", "wang@xyz.net|true", "a@b.org|true",
        "zhangci@ajmcu.cr|false", "li@abc.com.cm|false", "wang@xyz.nel|false", "a@b.comcn|false"})
    void tellsACommonTopLevelDomainFromAMisreadOne(String email, boolean common) {
        assertThat(CustomerReader.commonTopLevelDomain(email)).isEqualTo(common);
    }
}
