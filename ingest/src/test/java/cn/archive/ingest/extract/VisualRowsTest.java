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
}
