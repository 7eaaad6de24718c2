package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.Label.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelScannerTest {

    private static final LabelScanner SCANNER = new LabelScanner();

    private static LabeledText scan(String text) {
        return SCANNER.scan(TextNormalizer.lines(text));
    }

    private static List<String> values(String text, Field field) {
        return scan(text).of(field).stream().map(LabeledText.Hit::value).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "客户名称, NAME", "单位名称, NAME", "公司名称, NAME", "企业名称, NAME", "客户姓名, NAME", "姓名, NAME",
        "甲方, NAME", "委托方, NAME",
        "档案编号, ARCHIVE_NO", "档案号, ARCHIVE_NO", "编号, ARCHIVE_NO",
        "客户等级, TIER", "客户类别, TIER", "客户级别, TIER",
        "所属行业, INDUSTRY", "行业, INDUSTRY", "行业类别, INDUSTRY",
        "地区, REGION", "所在地区, REGION", "区域, REGION",
        "地址, ADDRESS", "通讯地址, ADDRESS", "联系地址, ADDRESS", "注册地址, ADDRESS", "住址, ADDRESS",
        "联系人, CONTACT", "联系人姓名, CONTACT",
        "联系电话, PHONE", "电话, PHONE", "座机, PHONE", "办公电话, PHONE",
        "手机, MOBILE", "手机号码, MOBILE", "移动电话, MOBILE",
        "邮箱, EMAIL", "电子邮箱, EMAIL", "E-mail, EMAIL", "E_mail, EMAIL", "Email, EMAIL", "EMAIL, EMAIL",
        "建档日期, REGISTERED_ON", "登记日期, REGISTERED_ON", "签订日期, REGISTERED_ON", "签约日期, REGISTERED_ON",
        "日期, REGISTERED_ON",
    })
    void readsTheValueAfterEverySynonym(String label, Field field) {
        assertThat(values(label + "：值X1", field)).containsExactly("值X1");
        assertThat(values(label + ":值X1", field)).containsExactly("值X1");
    }

    // Synonyms archive offices print for the key fields besides the ones above (domain knowledge,
    // not what the corpus prints): each must introduce its field's value.
    @ParameterizedTest
    @CsvSource({
        "档案编码, ARCHIVE_NO", "档案序号, ARCHIVE_NO", "客户档案号, ARCHIVE_NO", "案卷号, ARCHIVE_NO", "归档号, ARCHIVE_NO",
        "客户代码, ARCHIVE_NO", "客户编码, ARCHIVE_NO", "客户ID, ARCHIVE_NO", "客户号, ARCHIVE_NO", "会员编号, ARCHIVE_NO", "卷号, ARCHIVE_NO",
        "客户全称, NAME", "企业全称, NAME", "公司全称, NAME", "客户单位, NAME", "申请单位, NAME",
        "往来单位, NAME", "购货单位, NAME", "采购单位, NAME", "反馈单位, NAME", "投诉单位, NAME", "客户方, NAME",
        "反馈人, CONTACT", "投诉人, CONTACT",
        "甲方名称, NAME", "委托单位, NAME", "需方, NAME", "买方, NAME", "采购方, NAME", "申请人, NAME", "名称, NAME",
        "本人姓名, NAME",
        "客户分类, TIER", "客户层级, TIER", "客户星级, TIER", "会员等级, TIER", "会员级别, TIER", "等级, TIER", "级别, TIER",
        "类别, TIER", "重要程度, TIER", "客户价值等级, TIER",
        "行业分类, INDUSTRY", "所在行业, INDUSTRY", "所处行业, INDUSTRY", "从事行业, INDUSTRY", "行业门类, INDUSTRY",
        "行业领域, INDUSTRY", "所属产业, INDUSTRY", "经营行业, INDUSTRY",
        "所属区域, REGION", "所属片区, REGION", "片区, REGION", "大区, REGION", "销售区域, REGION", "省份, REGION",
        "所在省份, REGION", "所在城市, REGION", "所在地, REGION",
        "住所, ADDRESS", "住所地, ADDRESS", "经营场所, ADDRESS", "企业地址, ADDRESS", "家庭住址, ADDRESS", "现住址, ADDRESS",
        "邮寄地址, ADDRESS",
        "固定电话, PHONE", "办公室电话, PHONE", "住宅电话, PHONE", "座机号码, PHONE", "宅电, PHONE", "固话, PHONE",
        "电话号码, PHONE", "Tel, PHONE", "TEL, PHONE", "Telephone, PHONE", "Phone, PHONE",
        "手机号, MOBILE", "联系手机, MOBILE", "手提电话, MOBILE", "Mobile, MOBILE", "Mob, MOBILE",
        "电子邮件, EMAIL", "邮箱地址, EMAIL", "电子信箱, EMAIL", "邮件地址, EMAIL", "电邮, EMAIL", "E-MAIL, EMAIL",
        "立档日期, REGISTERED_ON", "建档时间, REGISTERED_ON", "开户日期, REGISTERED_ON", "归档日期, REGISTERED_ON",
        "入档日期, REGISTERED_ON", "填表日期, REGISTERED_ON", "填写日期, REGISTERED_ON", "填报日期, REGISTERED_ON",
        "登记时间, REGISTERED_ON", "建卡日期, REGISTERED_ON", "录入日期, REGISTERED_ON", "申请日期, REGISTERED_ON",
        "签署日期, REGISTERED_ON", "签约时间, REGISTERED_ON", "开档日期, REGISTERED_ON", "创建时间, REGISTERED_ON",
        "移动号码, MOBILE",
    })
    void readsTheValueAfterTheOtherSynonymsArchivesPrint(String label, Field field) {
        readsTheValueAfterEverySynonym(label, field);
    }

    @ParameterizedTest
    @CsvSource({"姓　　名：张伟, NAME, 张伟", "地    址：杭州市文三路398号, ADDRESS, 杭州市文三路398号",
        "电　话：0571-87654321, PHONE, 0571-87654321", "手　　机  13812345678, MOBILE, 13812345678",
        "邮　　箱：wang@abc.com, EMAIL, wang@abc.com", "行　　业：机械制造, INDUSTRY, 机械制造",
        "客  户  名  称：杭州西湖精密机械有限公司, NAME, 杭州西湖精密机械有限公司"})
    void readsAShortLabelPaddedToItsColumnWithSpaces(String line, Field field, String value) {
        assertThat(values(line, field)).containsExactly(value);
    }

    @Test
    void aLongerLabelReadWithASlipWinsOverItsHeadReadExactly() {
        // 建档日 is a label too, but here it is the head of 建档日期 whose last character OCR misread.
        assertThat(values("客户编号  DA-2022-1488  建档日其  2022/03/23", Field.REGISTERED_ON)).containsExactly("2022/03/23");
        assertThat(values("建档日:2022/03/23", Field.REGISTERED_ON)).containsExactly("2022/03/23");
    }

    @Test
    void readsALabelWhoseLastCharacterWasLostIntoItsColon() {
        // 填表日期：read as "填表日 :" (tuning-0339): 填表日 is no label, but a label less its last character.
        assertThat(values("填表日 :2019/03/10", Field.REGISTERED_ON)).containsExactly("2019/03/10");
        assertThat(values("移动电 : 13812345678", Field.MOBILE)).containsExactly("13812345678");
        // Without the colon the head is a word of a sentence.
        assertThat(scan("我们填表日后再议").of(Field.REGISTERED_ON)).isEmpty();
        // 客户类 heads both 客户类型 (type) and 客户类别 (tier): neither is read.
        assertThat(scan("客户类：VIP").of(Field.TIER)).isEmpty();
        assertThat(scan("客户类：VIP").of(Field.TYPE)).isEmpty();
    }

    @Test
    void aPhoneAndFaxLabelIntroducesThePhone() {
        assertThat(values("电话/传真：0571-87654321", Field.PHONE)).containsExactly("0571-87654321");
        assertThat(values("联系电话/传真：0571-87654321", Field.PHONE)).containsExactly("0571-87654321");
        assertThat(values("手机/电话：13812345678", Field.MOBILE)).containsExactly("13812345678");
    }

    @Test
    void readsACompanyNameThatOcrSplitAfterItsPlace() {
        assertThat(values("客户全称    石家庄    星辰精密机械有限公司", Field.NAME)).containsExactly("石家庄星辰精密机械有限公司");
        // Two cells that are not one name stay apart: a name then a note, or a person then a title.
        assertThat(values("客户全称    石家庄星辰精密机械有限公司    备忘", Field.NAME)).containsExactly("石家庄星辰精密机械有限公司");
        assertThat(values("姓名    张伟    董事长", Field.NAME)).containsExactly("张伟");
    }

    @Test
    void readsADateWhoseYearStandsACellGapFromItsMonthAndDay() {
        // tuning-0979: a wide font's year set apart from 年; tuning-0815: 月 and 日 read as A.
        assertThat(values("建档日期: 2018    年 2 月 15 A", Field.REGISTERED_ON)).containsExactly("2018 年2月15 A");
        assertThat(values("建档日期 : 2019    2 A 25 A", Field.REGISTERED_ON)).containsExactly("2019 2 A 25 A");
        assertThat(ChineseDates.parse(values("建档日期: 2018    年 2 月 15 A", Field.REGISTERED_ON).get(0)))
                .contains(java.time.LocalDate.of(2018, 2, 15));
        // The next label ends the date; a cell without a digit, a long cell and a value that is more than a year stay out.
        assertThat(values("建档日期: 2018    客户名称: 北京嘉禾食品有限公司", Field.REGISTERED_ON)).containsExactly("2018");
        assertThat(values("建档日期: 2018    经办人签字", Field.REGISTERED_ON)).containsExactly("2018");
        assertThat(values("建档日期: 2018    年 2 月 15 日，本表一式两份由档案室留存", Field.REGISTERED_ON)).containsExactly("2018");
        assertThat(values("建档日期: 2018 年 2 月    15 日", Field.REGISTERED_ON)).containsExactly("2018年2月");
        // Other fields are not joined across a gap this way.
        assertThat(values("邮编: 2018    12 号", Field.OTHER)).doesNotContain("2018 12 号");
    }

    @Test
    void readsBilingualLabels() {
        String form = String.join("\n", "档案编号 File No.: KH-2023-000417", "客户名称 Customer Name: 杭州西湖精密机械有限公司",
                "联系人 Contact Person: 王建国", "地址 Address: 浙江省杭州市文三路398号", "电子邮箱 E-mail Address: wang@abc.com",
                "所属行业 Industry: 机械制造");
        assertThat(values(form, Field.ARCHIVE_NO)).containsExactly("KH-2023-000417");
        assertThat(values(form, Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values(form, Field.CONTACT)).containsExactly("王建国");
        assertThat(values(form, Field.ADDRESS)).containsExactly("浙江省杭州市文三路398号");
        assertThat(values(form, Field.EMAIL)).containsExactly("wang@abc.com");
        assertThat(values(form, Field.INDUSTRY)).containsExactly("机械制造");
        // An English word inside an e-mail address or a longer word is no label.
        assertThat(values("电子邮箱：address@regions.com", Field.ADDRESS)).isEmpty();
        assertThat(values("电子邮箱：address@regions.com", Field.EMAIL)).containsExactly("address@regions.com");
    }

    @Test
    void joinsOnlySpacedCharactersThatMakeALabel() {
        assertThat(SCANNER.closeUpSpacedLabels("东  西  南  北")).isEqualTo("东  西  南  北");
        assertThat(SCANNER.closeUpSpacedLabels("男  女  姓  名:张伟")).isEqualTo("男  女  姓名:张伟");
        assertThat(SCANNER.closeUpSpacedLabels("性  别:男  姓  名:张伟")).isEqualTo("性别:男  姓名:张伟");
        assertThat(values("备注  东  西", Field.NAME)).isEmpty();
    }

    @Test
    void theOtherPartysNameLabelStartsItsBlock() {
        String contract = "甲方名称：杭州西湖精密机械有限公司\n联系电话：0571-87654321\n乙方名称：上海某某服务有限公司\n联系电话：021-66668888";
        assertThat(values(contract, Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values(contract, Field.PHONE)).containsExactly("0571-87654321");
        String sellers = "需方：杭州西湖精密机械有限公司\n供方：上海某某服务有限公司\n电话：021-66668888";
        assertThat(values(sellers, Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values(sellers, Field.PHONE)).isEmpty();
        assertThat(values("被委托方：上海某某服务有限公司", Field.NAME)).isEmpty();
    }

    @Test
    void aNameOfSomethingElseIsNoCustomerName() {
        assertThat(values("产品名称：数控机床  合同名称：采购合同  开户名称：张伟", Field.NAME)).isEmpty();
        assertThat(values("名称 数量 单价", Field.NAME)).isEmpty();
        assertThat(values("信用等级：A级", Field.TIER)).isEmpty();
        assertThat(values("工作单位：杭州西湖精密机械有限公司", Field.NAME)).isEmpty();
    }

    @Test
    void readsLabelsThatOcrSpacedApart() {
        assertThat(values("客 户 名 称 ： 杭州 西湖 精密 机械 有限 公司", Field.NAME))
                .containsExactly("杭州西湖精密机械有限公司");
    }

    @Test
    void readsALabelFollowedOnlyByWhitespace() {
        assertThat(values("客 户 名 称 杭州 西湖 精密 机械 有限 公司", Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values("电 话 0571-87654321", Field.PHONE)).containsExactly("0571-87654321");
        assertThat(values("地址 浙江省杭州市文三路398号", Field.ADDRESS)).containsExactly("浙江省杭州市文三路398号");
    }

    @Test
    void readsSeveralPairsOnOneLine() {
        String line = "客户等级：VIP客户    所属行业：机械制造  地区：华东";
        assertThat(values(line, Field.TIER)).containsExactly("VIP客户");
        assertThat(values(line, Field.INDUSTRY)).containsExactly("机械制造");
        assertThat(values(line, Field.REGION)).containsExactly("华东");
    }

    @Test
    void endsAValueAtTheNextLabelEvenWithoutAGap() {
        String line = "客户名称 杭州西湖精密机械有限公司 联系人 王建国";
        assertThat(values(line, Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values(line, Field.CONTACT)).containsExactly("王建国");
    }

    @Test
    void endsAValueAtTheLabelOfAFieldWeDoNotExtract() {
        assertThat(values("通讯地址：浙江省杭州市文三路398号邮编：310012", Field.ADDRESS))
                .containsExactly("浙江省杭州市文三路398号");
        assertThat(values("联系电话：0571-87654321 传真：0571-87654322", Field.PHONE)).containsExactly("0571-87654321");
    }

    @ParameterizedTest
    @CsvSource({"客户名杯：杭州某公司, NAME", "联系电活：0571-87654321, PHONE", "所属行亚：机械制造, INDUSTRY",
            "联系入：王建国, CONTACT", "建档曰期：2023-03-15, REGISTERED_ON"})
    void toleratesOneMisreadCharacterInALongLabel(String line, Field field) {
        List<LabeledText.Hit> hits = scan(line).of(field);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).slipped()).isTrue();
    }

    @Test
    void wantsAColonAfterAMisreadThreeCharacterLabel() {
        assertThat(scan("联系方式多样").of(Field.CONTACT)).isEmpty();
    }

    @Test
    void readsAMisreadLongLabelWithoutColonOnlyAtTheStartOfACell() {
        assertThat(values("客户名杯 杭州西湖精密机械有限公司", Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        // 交货周期 is one character away from the label 交货日期 but sits inside a value.
        assertThat(values("反馈内容：客户对交货周期提出改进意见", Field.COMM_SUMMARY)).containsExactly("客户对交货周期提出改进意见");
    }

    @Test
    void ignoresASlipThatCouldBeTheLabelOfTwoFields() {
        // 客户类型 (type) and 客户类别 (tier) differ in one character.
        assertThat(scan("客户类垦：VIP").of(Field.TIER)).isEmpty();
        assertThat(scan("客户类垦：VIP").of(Field.TYPE)).isEmpty();
    }

    @Test
    void readsPartyAOnlyWithAColon() {
        assertThat(scan("甲方应于2023年4月30日前支付首期款项").of(Field.NAME)).isEmpty();
        assertThat(values("甲方（委托方）：杭州西湖精密机械有限公司", Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
    }

    @Test
    void leavesOutTheOtherPartysDetails() {
        String contract = "甲方：杭州某某有限公司\n电话：0571-87654321\n乙方：上海某某有限公司\n电话：021-55556666";
        assertThat(values(contract, Field.PHONE)).containsExactly("0571-87654321");
    }

    @Test
    void takesAShortWordInsideAValueForPartOfTheValue() {
        assertThat(values("客户名称：杭州电话设备有限公司", Field.NAME)).containsExactly("杭州电话设备有限公司");
        assertThat(scan("反馈方式：电话").of(Field.PHONE)).isEmpty();
    }

    @Test
    void readsTheValueFromTheLineBelowALabelThatEndsItsLine() {
        assertThat(values("客户名称\n杭州西湖精密机械有限公司", Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
    }

    @Test
    void readsAHeaderRowOfLabelsOverARowOfCells() {
        String table = "客户名称    联系人    联系电话\n杭州西湖精密机械有限公司    王建国    0571-87654321";
        assertThat(values(table, Field.NAME)).containsExactly("杭州西湖精密机械有限公司");
        assertThat(values(table, Field.CONTACT)).containsExactly("王建国");
        assertThat(values(table, Field.PHONE)).containsExactly("0571-87654321");
    }

    @Test
    void ordersSynonymsByHowMuchTheyCanBeTrusted() {
        assertThat(values("日期：2023-01-01\n建档日期：2023-03-15", Field.REGISTERED_ON))
                .containsExactly("2023-03-15", "2023-01-01");
    }

    @Test
    void marksLabelledLinesSoLedgerRowsAreNotConfusedWithThem() {
        assertThat(scan("客户名称：某公司\n2023-04-02 刀具 500元").labelledLines()).containsExactly(0);
    }

    @Test
    void blanksFaxAndIdNumbersFromTheTextSearchedWithoutLabels() {
        String free = scan("传真：0571-87654322\n身份证号：330106198501011234\n13805712233").unlabelledText();
        assertThat(free).doesNotContain("87654322").doesNotContain("330106").contains("13805712233");
    }

    // Real misreads on tuning scans: 合同编号 read as 本司编号 (tuning-0018), 反馈日期 as 反锅日期 (tuning-0069).
    @Test
    void doesNotTakeAGenericLabelWordEndingAnotherWord() {
        assertThat(values("本司编号 : HT-2024-0740", Field.ARCHIVE_NO)).isEmpty();
        assertThat(values("反锅日期 : 2015.4.10    反响方式 : 邮件", Field.REGISTERED_ON)).isEmpty();
        assertThat(values("m2 7 att 编号 : DA-2024-8820", Field.ARCHIVE_NO)).containsExactly("DA-2024-8820");
        assertThat(values("日期：2023-03-15", Field.REGISTERED_ON)).containsExactly("2023-03-15");
    }

    // tuning-0043: 甲方（委托方） with the bracket's characters read as Latin; tuning-0061: 【 for （.
    @Test
    void readsPastABracketOcrReadAsLatinWhenAColonFollows() {
        assertThat(values("甲方 (Bit) : 贵阳博雅康复医院有限公司", Field.NAME)).containsExactly("贵阳博雅康复医院有限公司");
        assertThat(scan("乙方 【受托方 ) : 上海数档信息服务有限公司\n手机 : 13900001111").of(Field.MOBILE)).isEmpty();
    }

    // tuning-0000: 手机 read as 于机, a glyph chi_sim confuses; without a colon 于机 is not taken.
    @Test
    void readsATwoCharacterLabelThroughAConfusableGlyphOnlyBeforeAColon() {
        assertThat(values("于机 :188-8009-2460", Field.MOBILE)).containsExactly("188-8009-2460");
        assertThat(values("于机 188-8009-2460", Field.MOBILE)).isEmpty();
        assertThat(values("于期 :188-8009-2460", Field.MOBILE)).isEmpty();
    }

    @Test
    void aColonSetApartFromItsValueByACellGapLeadsToTheNextCell() {
        // A card's row as the page read it (tuning-1115): the label's colon read as a comma and set apart.
        assertThat(values("客户等级 ，    B 类客户 ，    行业分类    连锁零售", Field.TIER)).containsExactly("B类客户");
        assertThat(values("客户等级 ，    B 类客户 ，    行业分类    连锁零售", Field.INDUSTRY)).containsExactly("连锁零售");
        // A label with nothing after its colon but the next label still has no value.
        assertThat(values("客户等级 ，    行业分类    连锁零售", Field.TIER)).isEmpty();
        // Separators inside a value are left alone.
        assertThat(values("客户名称 : 杭州，西湖    电话 0571-88886666", Field.NAME)).containsExactly("杭州,西湖");
    }
}
