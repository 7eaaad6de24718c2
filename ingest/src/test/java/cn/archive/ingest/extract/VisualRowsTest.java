package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.OcrWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisualRowsTest {

    private static OcrWord word(String text, int x, int y, int width, int line) {
        return new OcrWord(text, 0.9, x, y, width, 30, line);
    }

    @Test
    void aTableReadColumnByColumnComesBackLabelBesideValue() {
        // Tesseract's order: the label column first, then the value column.
        List<OcrWord> words = List.of(word("客户名称", 100, 100, 120, 0), word("客户等级", 100, 180, 120, 1),
                word("杭州西湖精密机械有限公司", 400, 102, 360, 2), word("VIP客户", 400, 178, 110, 3));

        assertThat(VisualRows.text(words)).isEqualTo("客户名称    杭州西湖精密机械有限公司\n客户等级    VIP客户\n");
    }

    @Test
    void chineseWordsCloseTogetherAreOneRunWithoutSpaces() {
        List<OcrWord> words = List.of(word("客户", 100, 100, 60, 0), word("级别", 165, 100, 60, 0),
                word(":", 228, 100, 8, 0), word("VIP", 245, 100, 50, 0));

        assertThat(VisualRows.text(words)).isEqualTo("客户级别 : VIP\n");
    }

    @Test
    void aSealTallerThanTheTextDoesNotSwallowTheRowsItCovers() {
        List<OcrWord> words = List.of(word("联系人:王强", 100, 100, 200, 0), new OcrWord("章", 0.3, 500, 60, 200, 220, 1),
                word("手机:13805712233", 100, 180, 260, 2));

        assertThat(VisualRows.text(words)).isEqualTo("联系人:王强\n手机:13805712233\n");
    }

    @Test
    void aFlatCharacterStartingARowDoesNotSplitIt() {
        // 二 is a short, flat glyph: its box is a third of the row's height.
        List<OcrWord> words = List.of(new OcrWord("二", 0.9, 262, 112, 30, 8, 0), word("建档日期:", 100, 100, 150, 0),
                word("〇一六年", 295, 101, 120, 0));

        assertThat(VisualRows.text(words)).isEqualTo("建档日期: 二〇一六年\n");
    }

    @Test
    void aSpeckDoesNotSetTheBandOfItsRow() {
        // Tuning file 0441: a 2x2 dot after the number has the lowest centre of the row, so it used to
        // start the band (centre ± half a word's height) that the colon, centred 24 px below it, missed;
        // the label (固定电话 read "Wis") then had no colon and lost its value.
        List<OcrWord> words = List.of(new OcrWord("Wis", 0.5, 261, 1403, 94, 44, 7), new OcrWord(":", 0.9, 382, 1414, 8, 28, 7),
                new OcrWord("(025)43350823", 0.9, 434, 1361, 356, 90, 7), new OcrWord(".", 0.3, 825, 1403, 2, 2, 7));

        assertThat(VisualRows.text(words)).isEqualTo("Wis : (025)43350823 .\n");
    }

    @Test
    void aSpeckBetweenTwoRowsJoinsNeither() {
        List<OcrWord> words = List.of(word("联系人:王强", 100, 100, 200, 0), new OcrWord(".", 0.3, 400, 148, 3, 3, 1),
                word("手机:13805712233", 100, 180, 260, 2));

        assertThat(VisualRows.text(words)).isEqualTo("联系人:王强\n.\n手机:13805712233\n");
    }
}
