package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.CustomerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "杭州西湖精密机械有限公司（盖章） | 杭州西湖精密机械有限公司",
        "杭州西湖精密机械有限公司(以下简称\"甲方\") | 杭州西湖精密机械有限公司",
        "杭州西湖精密机械有限公司，以下简称甲方 | 杭州西湖精密机械有限公司,",
        "杭州西湖精密机械有限公司开户行:工商银行 | 杭州西湖精密机械有限公司",
        "浙江天平会计师事务所(特殊普通合伙) | 浙江天平会计师事务所(特殊普通合伙)",
        "阿里巴巴(中国)有限公司 | 阿里巴巴(中国)有限公司",
        // A speck or rule read as a mark before the name (tuning-0090, -0112).
        "”广州西湖建设工程有限公司 | 广州西湖建设工程有限公司",
        ") 重庆博雅精密机械股份有限公司 | 重庆博雅精密机械股份有限公司",
    })
    void keepsTheNameAsPrintedWithoutSealNotes(String value, String name) {
        assertThat(CustomerNames.clean(TextNormalizer.line(value))).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "无", "(盖章)", "12", "乙方(gee)", "乙方(盖章):"})
    void rejectsValuesThatAreNoName(String value) {
        assertThat(CustomerNames.clean(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"王建国, 王建国", "王建国 13805712233, 王建国", "王建国(总经理), 王建国", "王建国总经理, 王建国", "王经理, 王经理"})
    void readsTheContactPersonsName(String value, String name) {
        assertThat(CustomerNames.person(value)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"杭州西湖精密机械有限公司", "西湖区文三路便利店", "中国工商银行杭州分行", "杭州市第一人民医院",
            "浙江大学", "杭州绿源农业专业合作社", "天平律师事务所", "杭州金属制品厂", "浙江物产集团"})
    void recognisesOrganisationsByHowTheirNamesEnd(String name) {
        assertThat(CustomerNames.isOrganisation(name)).isTrue();
        assertThat(CustomerNames.looksLikePerson(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "欧阳娜娜", "买买提·艾力"})
    void recognisesTheShapeOfAPersonsName(String name) {
        assertThat(CustomerNames.looksLikePerson(name)).isTrue();
    }

    @Test
    void readsTheTypeFromAWrittenCustomerType() {
        assertThat(CustomerNames.typeWord("单位客户")).contains(CustomerType.COMPANY);
        assertThat(CustomerNames.typeWord("个人客户")).contains(CustomerType.INDIVIDUAL);
        assertThat(CustomerNames.typeWord("VIP")).isEmpty();
    }

    @Test
    void theNextLabelReadOntoAPersonsNameIsCutOff() {
        // tuning-0303: the name's box read again reached into the next cell, 性别 : 女.
        assertThat(CustomerNames.clean(":朱娜性别:女")).contains("朱娜");
        assertThat(CustomerNames.clean("朱娜  性别:女")).contains("朱娜");
        // Without its colon a word is no label: the name stays whole.
        assertThat(CustomerNames.clean("王电话")).contains("王电话");
    }
}
