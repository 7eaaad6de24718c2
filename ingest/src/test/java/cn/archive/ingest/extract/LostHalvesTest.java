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

    // A form as chi_sim+eng located it (tuning-1420): its title, a column of labels at x 100, and the row
    // "客户等级 : 潜在客户    行业分类 : 物业管理" read from 行业分类 on, its left half lost.
    private static List<OcrWord> form() {
        return new ArrayList<>(List.of(
                new OcrWord("客户档案登记表", 0.95, 600, 40, 420, 40, 0),
                new OcrWord("档案编号", 0.95, 100, 100, 120, 30, 1), new OcrWord(":KH-2019-085916", 0.9, 225, 100, 300, 30, 1),
                new OcrWord("填表日期", 0.95, 100, 150, 120, 30, 2), new OcrWord(":2019年3月21日", 0.9, 225, 150, 300, 30, 2),
                new OcrWord("客户全称", 0.95, 100, 200, 120, 30, 3), new OcrWord(":广州天润物业服务股份有限公司", 0.9, 225, 200, 420, 30, 3),
                new OcrWord("行业分类", 0.95, 800, 250, 120, 30, 4), new OcrWord(":物业管理", 0.9, 925, 250, 150, 30, 4),
                new OcrWord("联系电话", 0.95, 100, 300, 120, 30, 5), new OcrWord(":(020)71653878", 0.9, 225, 300, 250, 30, 5)));
    }

    @Test
    void theBlankLeftOfALabelledRowOpeningFarRightOfTheFormsColumnOfLabelsIsReadAgain() {
        OcrPage read = page(form());
        List<FieldRegion> boxes = cells(read);

        // The industry's row only: not the title above the column, nor the rows opening at the margin.
        assertThat(boxes).extracting(FieldRegion::row).containsExactly(4);
        FieldRegion half = boxes.get(0);
        assertThat(half.x()).isLessThanOrEqualTo(100);
        assertThat(half.x() + half.width()).isBetween(700, 799); // short of 行业分类 (800)
        assertThat(half.y()).isBetween(240, 250);

        OcrPage mended = read.withLabelsRead(List.of(reading(half, "客户等级: 潜在客户")));
        assertThat(EXTRACTOR.extract(List.of(read)).customer().tier()).isNull();
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().tier()).isEqualTo(cn.archive.ingest.record.CustomerTier.PROSPECT);
        assertThat(EXTRACTOR.extract(List.of(mended)).customer().industry().code()).isEqualTo("K");
    }

    @Test
    void aFormWhoseRowsAllOpenAtItsColumnOrThatHasNoColumnIsLeftAlone() {
        List<OcrWord> even = form();
        even.replaceAll(w -> w.line() == 4 ? new OcrWord(w.text(), w.confidence(), w.x() - 700, w.y(), w.width(), w.height(), 4) : w);
        assertThat(cells(page(even))).isEmpty();

        List<OcrWord> noColumn = form().stream().filter(w -> w.line() != 3 && w.line() != 5).toList();
        assertThat(cells(page(new ArrayList<>(noColumn)))).isEmpty();
    }
}
