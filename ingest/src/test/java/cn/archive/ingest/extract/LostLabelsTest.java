package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostLabelsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A customer card as chi_sim+eng located it (tuning-0386): two columns of labels, and the page's
    // reading lost 所属行业 and the 广 of its value 广告设计 in the third row.
    private static List<OcrWord> card() {
        return new ArrayList<>(List.of(
                new OcrWord("客户档案卡", 0.95, 500, 20, 200, 40, 0),
                new OcrWord("档案编号", 0.95, 100, 100, 120, 30, 1),
                new OcrWord("KH-2023-094755", 0.9, 400, 100, 230, 30, 1),
                new OcrWord("建档日期", 0.95, 800, 100, 120, 30, 1),
                new OcrWord("2023年2月1日", 0.9, 1100, 100, 200, 30, 1),
                new OcrWord("客户名称", 0.95, 100, 150, 120, 30, 2),
                new OcrWord("郑州金桥广告有限公司", 0.9, 400, 150, 300, 30, 2),
                new OcrWord("客户级别", 0.95, 100, 200, 120, 30, 3),
                new OcrWord("普通客户", 0.9, 400, 200, 120, 30, 3),
                new OcrWord("告设计", 0.9, 1130, 200, 90, 30, 3),
                new OcrWord("联系人", 0.95, 100, 250, 90, 30, 4),
                new OcrWord("张伟", 0.95, 400, 250, 60, 30, 4),
                new OcrWord("固定电话", 0.95, 800, 250, 120, 30, 4),
                new OcrWord("(0371)78527287", 0.9, 1100, 250, 220, 30, 4)));
    }

    // The label boxes alone: the card names no industry, so the blank right of its short rows is asked
    // for too (LostHalvesTest).
    private static List<FieldRegion> lostLabels(OcrPage page) {
        return EXTRACTOR.rereadRegions().labels(page).stream().filter(r -> r.field().equals(OcrPage.LABEL)).toList();
    }

    private static OcrPage page(List<OcrWord> words) {
        return new OcrPage("", 0.8, words, 1654, 2339);
    }

    @Test
    void theBoxOfALabelItsColumnLacksBeforeAValueIsReadAgain() {
        List<FieldRegion> labels = lostLabels(page(card()));

        assertThat(labels).hasSize(1);
        FieldRegion lost = labels.get(0);
        assertThat(lost.field()).isEqualTo(OcrPage.LABEL);
        assertThat(lost.language()).isEqualTo(FieldRegion.CHINESE);
        // From the column's edge (800), short of the value (1130), in the value's row.
        assertThat(lost.x()).isBetween(790, 800);
        assertThat(lost.x() + lost.width()).isBetween(920, 1129);
        assertThat(lost.y()).isBetween(190, 200);
        assertThat(lost.y() + lost.height()).isBetween(230, 240);
    }

    @Test
    void theReadingGoesIntoTheRowAndTheValueIsFoundAfterIt() {
        OcrPage read = page(card());
        FieldRegion lost = lostLabels(read).get(0);

        OcrPage relabelled = read.withLabelsRead(List.of(reading(lost, "所属行业 广")));

        assertThat(EXTRACTOR.extract(List.of(read)).customer().industry()).isNull();
        assertThat(EXTRACTOR.extract(List.of(relabelled)).customer().industry().code()).isEqualTo("L");
    }

    @Test
    void aReadingOfOneCharacterOrWithDigitsIsNoLostLabel() {
        OcrPage read = page(card());
        FieldRegion lost = lostLabels(read).get(0);

        assertThat(read.withLabelsRead(List.of(reading(lost, "一"))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(lost, "电话2023"))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(lost, "--"))).words()).isEqualTo(read.words());
    }

    @Test
    void aTableWithEveryLabelReadOrOneLabelAColumnIsLeftAlone() {
        List<OcrWord> whole = card();
        whole.add(new OcrWord("所属行业", 0.95, 800, 200, 120, 30, 3));
        assertThat(lostLabels(page(whole))).isEmpty();

        // One label at 800 only: no column, nothing known to be missing there.
        List<OcrWord> single = new ArrayList<>(card());
        single.removeIf(w -> w.text().equals("固定电话"));
        assertThat(lostLabels(page(single))).isEmpty();
    }

    @Test
    void aBoxAWordOfAnotherRowReachesIntoIsNotAskedFor() {
        // tuning-0080: the date's digits sit in the row above its tall 年/月/日, which the row of the lost
        // label's box takes for its value; the digits are in the box.
        List<OcrWord> words = card();
        words.add(new OcrWord("2023", 0.9, 900, 180, 80, 30, 3));

        assertThat(lostLabels(page(words))).isEmpty();
    }

    private static FieldReading reading(FieldRegion r, String text) {
        return new FieldReading(r.field(), r.row(), r.x(), r.y(), r.width(), r.height(), text, 0.9);
    }
}
