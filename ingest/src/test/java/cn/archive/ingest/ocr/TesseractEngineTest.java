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

/** Real Tesseract (chi_sim) on real rendered scans. */
class TesseractEngineTest {

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

    // The e-mail's box read again with the eng single-line engine (FieldRegions, LineReader).
    @Test
    void theEmailIsReadAgainFromItsBoxOnTheSlightlyTurnedScan() throws Exception {
        BufferedImage scan = ScanFactory.page(List.of("客户档案登记表", "客户名称：杭州西湖精密机械有限公司",
                "手机：13805712233", "电子邮箱：zhao_li-88@hz-trade.com.cn", "传真：0571-88001234"),
                ScanFactory.cjkFont(), 0.8, 600, 11);

        OcrPage page = engine.recognise(scan, EXTRACTOR.rereadRegions());

        // The e-mail's box once: read as it is, it is surely the page's own address (FieldRereads.SURE_BOX), so it
        // is not read scaled as well; the name's box too where the page read a word of its 字号 or industry word
        // doubtfully (NameCorrection.READ; not its whole legal form).
        List<FieldReading> emails = page.rereads().stream().filter(r -> r.field().equals("customer.email")).toList();
        assertThat(emails).extracting(FieldReading::model).containsExactly(FieldReading.PAGE_MODEL);
        assertThat(emails.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
        // The mobile, read surely enough on this clean page, is not read again: a digit box is read only where a
        // word of it is below DigitRereads.DOUBT (0.8).
        assertThat(page.rereads()).extracting(FieldReading::field).isSubsetOf("customer.email", "customer.name");
        assertThat(EXTRACTOR.extract(List.of(page)).customer().mobile()).isEqualTo("13805712233");
        for (FieldReading reading : emails) {
            assertThat(reading.text().toLowerCase(Locale.ROOT).replaceAll("\\s", "")).isEqualTo("zhao_li-88@hz-trade.com.cn");
            assertThat(reading.confidence()).isBetween(0.5, 1.0);
            // The box lies on the e-mail's row (the fourth of five, 84 pixels apart at 200 dpi), not the fax's.
            assertThat(reading.y()).isBetween(400, 560);
        }
        assertThat(EXTRACTOR.extract(List.of(page)).customer().email()).isEqualTo("zhao_li-88@hz-trade.com.cn");
        assertThat(EXTRACTOR.extract(List.of(page)).customer().name()).isEqualTo("杭州西湖精密机械有限公司");
    }

    @Test
    void aPageWithoutAnEmailLabelIsNotReadAgainAndThePlainReadingIsUnchanged() throws Exception {
        BufferedImage scan = ScanFactory.page(List.of("客户意见反馈单", "客户名称：成都天府软件有限公司"),
                ScanFactory.cjkFont(), 0, 0, 2);

        OcrPage again = engine.recognise(scan, EXTRACTOR.rereadRegions());
        OcrPage plain = engine.recognise(scan);

        // No e-mail box; the name's box only where the page read the name below NameCorrection.CHECK, and then by
        // the larger model alone (as it is and bold).
        assertThat(again.rereads()).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo("customer.name");
            assertThat(r.model()).isIn(FieldReading.LARGE_MODEL, FieldReading.BOLD);
        });
        assertThat(again.text()).isEqualTo(plain.text());
        assertThat(again.words()).isEqualTo(plain.words());
    }

    @Test
    void theLargerModelReadsAChineseBoxAgainAndLeavesTheProcessWideParametersAsTheyWere() throws Exception {
        OcrSettings settings = OcrSettings.defaults(System.getenv()); // where the launcher put the model
        assertThat(settings.largeRereadModel()).as("the larger chi_sim model must be installed for this test: "
                + "'./archive test' fetches it into ~/.cache/" + OcrSettings.REREAD_MODEL).isTrue();
        net.sourceforge.tess4j.TessAPI api = net.sourceforge.tess4j.util.LoadLibs.getTessAPIInstance();
        net.sourceforge.tess4j.ITessAPI.TessBaseAPI probe = api.TessBaseAPICreate();
        assertThat(api.TessBaseAPIInit3(probe, settings.dataPath().toString(), "chi_sim")).isZero();
        BufferedImage scan = ScanFactory.page(List.of("客户名称：杭州西湖精密机械有限公司"), ScanFactory.cjkFont(), 0, 0, 3);
        try (TesseractEngine fresh = new TesseractEngine(settings)) {
            Map<String, String> before = TesseractEngine.parameters(probe, TesseractEngine.LARGE_MODEL_CONFIG);

            OcrPage page = fresh.recognise(scan, p -> List.of(new FieldRegion("customer.name", 0, 0, 0,
                    p.width(), p.height(), "", 0, FieldRegion.CHINESE)));

            assertThat(page.rereads()).extracting(FieldReading::model)
                    .containsExactly(FieldReading.PAGE_MODEL, FieldReading.LARGE_MODEL);
            assertThat(page.rereads().get(1).text().replaceAll("\\s", "")).contains("西湖精密机械");
            // The large model's config sets CJK layout parameters Tesseract keeps process-wide; another
            // engine (the probe, like every worker's page engine) must still see them as they were.
            assertThat(before).containsEntry("textord_force_make_prop_words", "0").containsEntry("edges_children_count_limit", "45");
            assertThat(TesseractEngine.parameters(probe, TesseractEngine.LARGE_MODEL_CONFIG)).isEqualTo(before);
        } finally {
            api.TessBaseAPIEnd(probe);
            api.TessBaseAPIDelete(probe);
        }
    }

    @Test
    void aBoxForTheLargerModelOnlyIsNotReadByThePagesModelButByTheLargerAsItIsAndBold() throws Exception {
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        assertThat(settings.largeRereadModel()).as("the larger chi_sim model must be installed for this test: "
                + "'./archive test' fetches it into ~/.cache/" + OcrSettings.REREAD_MODEL).isTrue();
        BufferedImage scan = ScanFactory.page(List.of("客户名称：合肥鼎盛建设工程有限公司"), ScanFactory.cjkFont(), 0, 0, 3);
        try (TesseractEngine fresh = new TesseractEngine(settings)) {
            OcrPage page = fresh.recognise(scan, p -> List.of(new FieldRegion("customer.name", 0, 0, 0,
                    p.width(), p.height(), "", 0, FieldRegion.CHINESE).readByTheLargerModelOnly()));

            assertThat(page.rereads()).extracting(FieldReading::model).containsExactly(FieldReading.LARGE_MODEL, FieldReading.BOLD);
            assertThat(page.rereads().get(0).text().replaceAll("\\s", "")).contains("鼎盛建设工程");
            assertThat(page.rereads().get(1).text().replaceAll("\\s", "")).contains("建设工程");
        }
    }
}
