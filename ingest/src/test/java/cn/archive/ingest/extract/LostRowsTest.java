package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.CustomerTier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostRowsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();
    private static final int PITCH = 115;

    // A registration form's label rows as chi_sim+eng located them, one every PITCH pixels from y = 200
    // (tuning-1077); row {@code lost} (counted as if it had been read) is left out.
    private static List<OcrWord> form(int... lost) {
        String[][] rows = {
            {"档案编号 :", "KH-2016-036662"},
            {"填表日期 :", "2016.5.6"},
            {"客户级别 :", "潜在客户"},
            {"所属地区 :", "华中地区"},
            {"注册地址 :", "湖南省长沙市岳麓区麓山南路113号"},
            {"联系人 :", "胡磊"},
            {"联系电话 :", "(0731)83166377"},
            {"邮编 :", "174067"},
        };
        List<OcrWord> words = new ArrayList<>();
        words.add(new OcrWord("客户信息登记表", 0.95, 650, 60, 400, 60, 0));
        for (int i = 0; i < rows.length; i++) {
            final int row = i;
            if (java.util.Arrays.stream(lost).anyMatch(l -> l == row)) {
                continue;
            }
            int y = 200 + i * PITCH;
            words.add(new OcrWord(rows[i][0], 0.95, 250, y, 240, 48, i + 1));
            words.add(new OcrWord(rows[i][1], 0.9, 520, y, 30 * rows[i][1].length(), 48, i + 1));
        }
        return words;
    }

    private static OcrPage page(List<OcrWord> words) {
        return new OcrPage("", 0.8, words, 2479, 3508);
    }

    private static List<FieldRegion> bands(OcrPage page) {
        return EXTRACTOR.rereadRegions().labels(page).stream().filter(r -> r.field().equals(OcrPage.ROW)).toList();
    }

    private static FieldReading reading(FieldRegion r, String text) {
        return new FieldReading(r.field(), r.row(), r.x(), r.y(), r.width(), r.height(), text, 0.9);
    }

    @Test
    void theBlankBandWhereAFormsLabelledRowsSkipARowIsReadAgain() {
        List<FieldRegion> bands = bands(page(form(2)));

        assertThat(bands).hasSize(1);
        FieldRegion band = bands.get(0);
        assertThat(band.language()).isEqualTo(FieldRegion.CHINESE);
        // The lost row's words would have stood at y 430..478: the band holds them and no word of the rows beside it.
        assertThat(band.y()).isBetween(330 + 48, 430);
        assertThat(band.y() + band.height()).isBetween(478, 545);
        // From the labels' left edge to the text's right margin (the page's width less the left margin).
        assertThat(band.x()).isBetween(230, 250);
        assertThat(band.x() + band.width()).isEqualTo(2479 - 250);
    }

    @Test
    void twoRowsLostTogetherGiveTwoBands() {
        assertThat(bands(page(form(2, 3)))).hasSize(2);
    }

    @Test
    void aFormWithEveryRowAtItsPitchOrOnlyTheSpaceBeforeItsSignaturesIsLeftAlone() {
        assertThat(bands(page(form()))).isEmpty();

        // 邮编 and 经办人 name no field of the customer's: the wider space a form leaves before its signatures.
        List<OcrWord> signed = form();
        signed.add(new OcrWord("经办人 :", 0.95, 250, 200 + 9 * PITCH, 160, 48, 10));
        signed.add(new OcrWord("张秀英", 0.9, 420, 200 + 9 * PITCH, 120, 48, 10));
        assertThat(bands(page(signed))).isEmpty();
    }

    @Test
    void aGapThatIsNoWholeRowIsLeftAlone() {
        List<OcrWord> words = form();
        // The rows from 所属地区 on stand half a pitch lower: a wider space, no room for a row.
        List<OcrWord> shifted = new ArrayList<>();
        for (OcrWord w : words) {
            shifted.add(w.y() >= 200 + 3 * PITCH
                    ? new OcrWord(w.text(), w.confidence(), w.x(), w.y() + PITCH / 2, w.width(), w.height(), w.line()) : w);
        }
        assertThat(bands(page(shifted))).isEmpty();
    }

    @Test
    void theLostRowsReadingJoinsThePageAndGivesItsFields() {
        OcrPage read = page(form(2));
        FieldRegion band = bands(read).get(0);

        OcrPage mended = read.withLabelsRead(List.of(reading(band, "客户级别 : 潜在客户                 行业分类: 软件开发")));

        assertThat(EXTRACTOR.extract(List.of(read)).customer().tier()).isNull();
        assertThat(EXTRACTOR.extract(List.of(read)).customer().industry()).isNull();
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().tier()).isEqualTo(CustomerTier.PROSPECT);
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().industry().code()).isEqualTo("I");
        // The rows beside it keep their values.
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().region().area()).isEqualTo("华中");
    }

    @Test
    void aLostAddressRowKeepsItsHouseNumber() {
        OcrPage read = page(form(4));
        FieldRegion band = bands(read).get(0);

        OcrPage mended = read.withLabelsRead(List.of(reading(band, "注册地址:黑龙江省哈尔滨市南岗区西大直街78号")));

        assertThat(mended.words()).extracting(OcrWord::text).contains("注册地址:黑龙江省哈尔滨市南岗区西大直街78号");
    }

    @Test
    void aReadingOfFewerThanFourChineseCharactersOrWithAnAtSignChangesNothing() {
        OcrPage read = page(form(2));
        FieldRegion band = bands(read).get(0);

        assertThat(read.withLabelsRead(List.of(reading(band, ""))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(band, "一 二 AB"))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(band, "电子邮箱 : liulo@uhqtv.cn"))).words()).isEqualTo(read.words());
    }
}
