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
        // The note's comma after the whole legal form goes with it (STROKE_AFTER_FORM).
        "杭州西湖精密机械有限公司，以下简称甲方 | 杭州西湖精密机械有限公司",
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

    // A legal form (组织形式) that lost a character, or was cut after 有限, is a misreading: the stem before it.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "合肥汇通食品限公司 | 合肥汇通食品",
        "长沙明德物流有限 | 长沙明德物流",
        "长沙明德物流有限公 | 长沙明德物流",
        "长沙明德物流有公司 | 长沙明德物流",
        "重庆博雅精密机械股份限公司 | 重庆博雅精密机械",
        "重庆博雅精密机械股份有限公 | 重庆博雅精密机械",
        "南京远航物流有限任公司 | 南京远航物流",
    })
    void findsALegalFormThatLostACharacter(String name, String stem) {
        assertThat(CustomerNames.stemOfBrokenLegalForm(name)).contains(stem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"合肥汇通食品有限公司", "重庆博雅精密机械股份有限公司", "南京远航物流有限责任公司",
        "中国建筑第八工程局公司", "长春中和康复医院", "杭州西湖集团", "高磊", "胡子涵"})
    void leavesAWholeLegalFormOrNoneAlone(String name) {
        assertThat(CustomerNames.stemOfBrokenLegalForm(name)).isEmpty();
    }

    @Test
    void completesTheLegalFormWhereAnotherReadingWritesItWholeAfterTheSameCharacters() {
        // tuning-0750: the page 合肥汇通食品限公司, the box read again 台肥汇通食品有限公司 (its first character cut).
        assertThat(CustomerNames.completedLegalForm("合肥汇通食品", "台 肥 汇 通 食 品 有 限 公 司 |")).contains("合肥汇通食品有限公司");
        assertThat(CustomerNames.completedLegalForm("重庆博雅精密机械", "重庆博雅精密机械股份有限公司")).contains("重庆博雅精密机械股份有限公司");
        // tuning-0732: the re-reading is cut at the same place; another company's whole form proves nothing.
        assertThat(CustomerNames.completedLegalForm("长沙明德物流", "长 沙 明 德 物 流 有 限 公")).isEmpty();
        assertThat(CustomerNames.completedLegalForm("长沙明德物流", "乙方:上海数档信息服务有限公司")).isEmpty();
    }

    @Test
    void aStrokeAfterAWholeLegalFormIsNoPartOfTheName() {
        // tuning-0967: the box of the name read again reached the table's rule, read as 一.
        assertThat(CustomerNames.clean("杭州博雅餐饮管理有限公司一")).contains("杭州博雅餐饮管理有限公司");
        assertThat(CustomerNames.clean("重庆博雅精密机械股份有限公司 |")).contains("重庆博雅精密机械股份有限公司");
        // A branch after the form, a name with no form, a form broken before the stroke: as read.
        assertThat(CustomerNames.clean("杭州博雅餐饮管理有限公司上海分公司")).contains("杭州博雅餐饮管理有限公司上海分公司");
        assertThat(CustomerNames.clean("王一")).contains("王一");
        assertThat(CustomerNames.clean("杭州博雅餐饮管理有限公一")).contains("杭州博雅餐饮管理有限公一");
    }

    @Test
    void aNameLatinLettersInterruptIsGarbledUnlessItEndsAsAFirmsName() {
        assertThat(CustomerNames.garbled("广州正泰餐se wit Pe) ay a六ay")).isTrue(); // tuning-0469
        assertThat(CustomerNames.garbled("广州正泰餐饮管理有限公司")).isFalse();
        assertThat(CustomerNames.garbled("广州TCL电子有限公司")).isFalse();
        assertThat(CustomerNames.garbled("胡子涵")).isFalse();
    }

    // The next cell's label and its value where the name went unread (tuning-0487) is no name.
    @ParameterizedTest
    @ValueSource(strings = {"性别男", "性别:女", "性别", "民族汉族"})
    void aLabelAndItsValueIsNoName(String value) {
        assertThat(CustomerNames.isLabelAndValue(value)).isTrue();
        assertThat(CustomerNames.clean(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张艳", "欧阳子涵", "长春中和康复医院有限公司"})
    void aNameIsNoLabel(String value) {
        assertThat(CustomerNames.isLabelAndValue(value)).isFalse();
        assertThat(CustomerNames.clean(value)).contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A name's box read with its label (tuning-0523, -0591): the name follows the label's colon.
        "户姓名:吴洋 | 吴洋",
        "客户姓名 : 何磊 | 何磊",
        "客户名称：长春立信电子有限公司 | 长春立信电子有限公司",
        // The box reaching into the next cell (tuning-0303): the name label's colon, not the last one.
        "姓名 : 朱娜   性别 : 女 | 朱娜   性别 : 女",
        // Another label's colon, or none, leaves the reading as it is (clean cuts what needs cutting).
        "朱娜性别:女 | 朱娜性别:女",
        "吴洋 | 吴洋",
    })
    void aNamesBoxReadWithItsLabelGivesWhatFollowsTheColon(String reading, String name) {
        assertThat(CustomerNames.afterNameLabel(reading)).isEqualTo(TextNormalizer.basic(name).strip());
    }

    @Test
    void aNameReadWithBothItsLabelAndTheNextCellsIsTheNameAlone() {
        assertThat(CustomerNames.clean(CustomerNames.afterNameLabel(TextNormalizer.line("姓 名 : 朱 娜 性 别 : 女")))).contains("朱娜");
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
