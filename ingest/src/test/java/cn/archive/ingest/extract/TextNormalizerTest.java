package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void removesOcrSpacesBetweenChineseCharacters() {
        assertThat(TextNormalizer.line("客 户 名 称 ： 杭州 西湖 精密 机械 有限 公司")).isEqualTo("客户名称:杭州西湖精密机械有限公司");
    }

    @Test
    void removesOcrSpacesBetweenCharactersAndDigits() {
        assertThat(TextNormalizer.line("文三路 398 号 2023 年")).isEqualTo("文三路398号2023年");
    }

    @Test
    void turnsFullWidthFormsIntoHalfWidth() {
        assertThat(TextNormalizer.line("电话：（０５７１）８７６５４３２１，ＶＩＰ")).isEqualTo("电话:(0571)87654321,VIP");
    }

    @Test
    void keepsTableCellGapsAndTurnsRulesIntoGaps() {
        assertThat(TextNormalizer.line("客户等级：VIP客户      所属行业")).isEqualTo("客户等级:VIP客户  所属行业");
        assertThat(TextNormalizer.line("日期|项目\t金额")).isEqualTo("日期  项目  金额");
        assertThat(TextNormalizer.line("签字：______")).isEqualTo("签字:");
    }

    @Test
    void unifiesColonsAndDashes() {
        assertThat(TextNormalizer.line("编号∶KH—2023–000417")).isEqualTo("编号:KH-2023-000417");
    }

    @Test
    void readsTheCharacterOneBetweenDigitsAsTheDashOcrMistookItFor() {
        assertThat(TextNormalizer.line("KH一2023一000417  0571一87654321  一般客户")).isEqualTo("KH-2023-000417  0571-87654321  一般客户");
    }

    @Test
    void breaksLinesAtNewlinesAndPageFeeds() {
        assertThat(TextNormalizer.lines("第一页\r\n下一行\f第二页")).containsExactly("第一页", "下一行", "第二页");
        assertThat(TextNormalizer.lines(null)).isEmpty();
    }

    // tuning-0061: the full-width parenthesis of 乙方（受托方） read as a lenticular bracket.
    @Test
    void readsBracketsOcrMisreadAsParentheses() {
        assertThat(TextNormalizer.line("乙方 【受托方 ) : 上海")).isEqualTo("乙方 (受托方 ):上海");
    }
}
