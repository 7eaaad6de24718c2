package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.Customer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRedactorTest {

    private static OcrWord word(String text, int x, int line) {
        return new OcrWord(text, 0.9, x, 40 * line + 10, 20 * text.length(), 24, line);
    }

    private static BufferedImage whitePage(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }

    private final List<OcrWord> words = List.of(
            word("客户名称：", 10, 0), word("杭州西湖精密机械有限公司", 120, 0),
            word("手机：", 10, 1), word("138", 80, 1), word("0571", 150, 1), word("2233", 240, 1),
            word("地址：", 10, 2), word("浙江省杭州市西湖区", 80, 2), word("文三路398号", 270, 2),
            word("身份证号", 10, 3), word("330106198001011234", 100, 3),
            word("建档日期", 10, 4), word("2023", 100, 4), word("13805712233", 200, 4),
            word("金额", 10, 5), word("128500.00", 80, 5));

    @Test
    void findsTheWordsOfPersonalDataEvenWhenOcrSplitsANumber() {
        Set<OcrWord> personal = PageRedactor.personalWords(words, null);

        assertThat(personal).extracting(OcrWord::text).containsExactlyInAnyOrder(
                "138", "0571", "2233", "文三路398号", "330106198001011234", "13805712233");
    }

    @Test
    void findsTheCustomersOwnValuesWrittenWithoutALabel() {
        Customer known = new Customer("杭州西湖精密机械有限公司", null, null, null, null, "浙江省杭州市西湖区文三路398号", null,
                null, null, null);
        List<OcrWord> unlabelled = List.of(word("送货到", 10, 0), word("文三路398号", 80, 0), word("仓库", 300, 0));

        assertThat(PageRedactor.personalWords(unlabelled, known)).extracting(OcrWord::text).containsExactly("文三路398号");
    }

    @Test
    void blacksOutExactlyThoseWordsOnACopyOfThePage() {
        BufferedImage page = whitePage(600, 260);

        BufferedImage redacted = PageRedactor.redact(page, words, null);

        OcrWord mobile = words.get(3);
        OcrWord name = words.get(1);
        assertThat(redacted.getRGB(mobile.x() + 5, mobile.y() + 5) & 0xFFFFFF).isEqualTo(0x000000);
        assertThat(redacted.getRGB(name.x() + 5, name.y() + 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(page.getRGB(mobile.x() + 5, mobile.y() + 5) & 0xFFFFFF).as("original untouched").isEqualTo(0xFFFFFF);
    }

    @Test
    void coversTheGapsBetweenTheGlyphsOfAStreetReadOneWordPerCharacter() {
        BufferedImage page = whitePage(600, 80);
        // Tesseract boxes a Chinese street glyph by glyph, with gaps where strokes of a misread glyph lie.
        List<OcrWord> street = List.of(word("地址：", 10, 0), word("西湖区", 80, 0), word("文", 160, 0),
                word("三", 200, 0), word("路", 240, 0), word("398", 280, 0), word("号", 360, 0));

        BufferedImage redacted = PageRedactor.redact(page, street, null);

        int y = street.get(2).y() + 10;
        assertThat(redacted.getRGB(190, y) & 0xFFFFFF).as("between 文 and 三").isEqualTo(0x000000);
        assertThat(redacted.getRGB(350, y) & 0xFFFFFF).as("between 398 and 号").isEqualTo(0x000000);
        assertThat(redacted.getRGB(100, y) & 0xFFFFFF).as("the district stays readable").isEqualTo(0xFFFFFF);
    }
}
