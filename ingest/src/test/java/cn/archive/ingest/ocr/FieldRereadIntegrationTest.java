package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.testsupport.ScanFactory;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Tesseract: the e-mail's box read again with the {@code eng} single-line engine. */
class FieldRereadIntegrationTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();
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
    void theEmailIsReadAgainFromItsBoxOnTheSlightlyTurnedScan() throws Exception {
        BufferedImage scan = ScanFactory.page(List.of("客户档案登记表", "客户名称：杭州西湖精密机械有限公司",
                "手机：13805712233", "电子邮箱：zhao_li-88@hz-trade.com.cn", "传真：0571-88001234"),
                ScanFactory.cjkFont(), 0.8, 600, 11);

        OcrPage page = engine.recognise(scan, EXTRACTOR.rereadRegions());

        assertThat(page.rereads()).hasSize(1);
        FieldReading reading = page.rereads().get(0);
        assertThat(reading.field()).isEqualTo("customer.email");
        assertThat(reading.text().toLowerCase(Locale.ROOT).replaceAll("\\s", "")).isEqualTo("zhao_li-88@hz-trade.com.cn");
        assertThat(reading.confidence()).isBetween(0.5, 1.0);
        // The box lies on the e-mail's row (the fourth of five, 84 pixels apart at 200 dpi), not the fax's.
        assertThat(reading.y()).isBetween(400, 560);
        assertThat(EXTRACTOR.extract(List.of(page)).customer().email()).isEqualTo("zhao_li-88@hz-trade.com.cn");
    }

    @Test
    void aPageWithoutAnEmailLabelIsNotReadAgainAndThePlainReadingIsUnchanged() throws Exception {
        BufferedImage scan = ScanFactory.page(List.of("客户意见反馈单", "客户名称：成都天府软件有限公司"),
                ScanFactory.cjkFont(), 0, 0, 2);

        OcrPage again = engine.recognise(scan, EXTRACTOR.rereadRegions());
        OcrPage plain = engine.recognise(scan);

        assertThat(again.rereads()).isEmpty();
        assertThat(again.text()).isEqualTo(plain.text());
        assertThat(again.words()).isEqualTo(plain.words());
    }
}
