package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostHalvesTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A ledger's header as chi_sim+eng located it (tuning-0801): "客户编号 : … 行业分类 : 医院" with the
    // right half of the row lost, then the ledger's long rows.
    private static List<OcrWord> ledger() {
        return new ArrayList<>(List.of(
                new OcrWord("客户业绩记录", 0.95, 650, 40, 300, 40, 0),
                new OcrWord("客户全称", 0.95, 100, 100, 120, 30, 1),
                new OcrWord(":南昌博雅教育咨询有限公司", 0.9, 230, 100, 380, 30, 1),
                new OcrWord("客户编号", 0.95, 100, 150, 120, 30, 2),
                new OcrWord(":", 0.9, 225, 150, 5, 30, 2),
                new OcrWord("KH-2022-006737", 0.9, 240, 150, 240, 30, 2),
                new OcrWord("日期", 0.95, 100, 200, 60, 30, 3),
                new OcrWord("项目", 0.95, 600, 200, 60, 30, 3),
                new OcrWord("金额(元)", 0.95, 1300, 200, 120, 30, 3),
                new OcrWord("2025年3月23日", 0.9, 100, 250, 200, 30, 4),
                new OcrWord("年度维保", 0.9, 600, 250, 120, 30, 4),
                new OcrWord("84,350.00", 0.9, 1300, 250, 150, 30, 4)));
    }

    private static OcrPage page(List<OcrWord> words) {
        return new OcrPage("", 0.8, words, 1654, 2339);
    }

    private static List<FieldRegion> cells(OcrPage page) {
        return EXTRACTOR.rereadRegions().labels(page).stream().filter(r -> r.field().equals(OcrPage.CELLS)).toList();
    }

    private static FieldReading reading(FieldRegion r, String text) {
        return new FieldReading(r.field(), r.row(), r.x(), r.y(), r.width(), r.height(), text, 0.9);
    }

    @Test
    void theBlankRightOfAFormsShortLabelledRowsIsReadAgainWhenThePageNamesNoIndustry() {
        List<FieldRegion> boxes = cells(page(ledger()));

        // The name's and the archive number's rows; not the title, nor the ledger's long rows.
        assertThat(boxes).extracting(FieldRegion::row).containsExactly(1, 2);
        FieldRegion half = boxes.get(1);
        assertThat(half.language()).isEqualTo(FieldRegion.CHINESE);
        // From a little right of the archive number (ends 480) to the right margin (1654 - 100), in its row.
        assertThat(half.x()).isBetween(481, 560);
        assertThat(half.x() + half.width()).isEqualTo(1554);
        assertThat(half.y()).isBetween(140, 150);
        assertThat(half.y() + half.height()).isBetween(180, 190);
    }

    @Test
    void aReadingOfTheLostLabelAndValueJoinsTheRowAndGivesTheIndustry() {
        OcrPage read = page(ledger());
        FieldRegion half = cells(read).get(1);

        OcrPage mended = read.withLabelsRead(List.of(reading(half, "行业分类 : 医院")));

        assertThat(EXTRACTOR.extract(List.of(read)).customer().industry()).isNull();
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().industry().code()).isEqualTo("Q");
        assertThat(EXTRACTOR.extract(List.of(mended)).archiveNo()).isEqualTo("KH-2022-006737");
    }

    @Test
    void aReadingOfFewerThanFourChineseCharactersOrWithDigitsChangesNothing() {
        OcrPage read = page(ledger());
        FieldRegion nameRow = cells(read).get(0);

        // A seal's strokes right of the name (tuning-0889) must not join the name.
        assertThat(read.withLabelsRead(List.of(reading(nameRow, "忆训"))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(nameRow, ""))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(nameRow, "客户编号 KH2022"))).words()).isEqualTo(read.words());
    }

    @Test
    void aPageThatNamesAnIndustryOrIsAPersonsOrAContractIsLeftAlone() {
        List<OcrWord> named = ledger();
        named.add(new OcrWord("所属行业:医院", 0.95, 100, 300, 200, 30, 5));
        assertThat(cells(page(named))).isEmpty();

        List<OcrWord> person = ledger();
        person.add(new OcrWord("身份证号:110101199003071234", 0.95, 100, 300, 400, 30, 5));
        assertThat(cells(page(person))).isEmpty();

        List<OcrWord> contract = ledger();
        contract.set(0, new OcrWord("客户服务约定书", 0.95, 650, 40, 300, 40, 0));
        assertThat(cells(page(contract))).isEmpty();
    }
}
