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
}
