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
}
