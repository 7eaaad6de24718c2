package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.testsupport.ScanFactory;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Tesseract (chi_sim) on real rendered scans. */
class TesseractEngineTest {

    private static TesseractEngine engine;

    @BeforeAll
    static void load() {
        engine = new TesseractEngine(OcrSettings.defaults(Map.of()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void readsChineseAndLatinFromASlightlyTurnedNoisyScan() throws Exception {
        BufferedImage scan = ScanFactory.page(List.of("客户档案登记表", "客户名称：杭州西湖精密机械有限公司",
                "手机：13805712233", "电子邮箱：wangjg@xhjm.com.cn"), ScanFactory.cjkFont(), 1.2, 800, 7);

        OcrPage page = engine.recognise(scan);

        String compact = page.text().replaceAll("\\s", "");
        assertThat(compact).contains("杭州西湖精密机械有限公司").contains("13805712233").contains("xhjm.com.cn");
        assertThat(page.confidence()).isBetween(0.5, 1.0);
        assertThat(page.words()).isNotEmpty()
                .allSatisfy(w -> assertThat(w.width()).isPositive());
    }

    @Test
    void theSameEngineReadsPageAfterPage() throws Exception {
        String font = ScanFactory.cjkFont();
        OcrPage first = engine.recognise(ScanFactory.page(List.of("业务约定书", "甲方：上海华联超市有限公司"), font, 0, 0, 1));
        OcrPage second = engine.recognise(ScanFactory.page(List.of("客户意见反馈单", "客户名称：成都天府软件有限公司"), font, 0, 0, 2));

        assertThat(first.text().replaceAll("\\s", "")).contains("上海华联超市有限公司").doesNotContain("成都");
        assertThat(second.text().replaceAll("\\s", "")).contains("成都天府软件有限公司").doesNotContain("华联");
    }

    @Test
    void aBlankPageGivesNoWordsAndNoConfidence() throws Exception {
        OcrPage page = engine.recognise(new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY) {{
            var g = createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 800, 1000);
            g.dispose();
        }});

        assertThat(page.text()).isBlank();
        assertThat(page.words()).isEmpty();
        assertThat(page.confidence()).isZero();
    }
}
