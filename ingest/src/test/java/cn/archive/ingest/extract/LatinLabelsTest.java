package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ExtractedFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinLabelsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A contract's parties as chi_sim+eng located them (tuning-0065): 甲方（委托方）： read as letters,
    // and enough Chinese on the page to make it a Chinese page.
    private static List<OcrWord> contract() {
        return new ArrayList<>(List.of(
                new OcrWord("客户档案整理与数字化服务业务约定书甲乙双方共同遵守", 0.95, 300, 40, 900, 40, 0),
                new OcrWord("YR", 0.31, 100, 100, 50, 30, 1), new OcrWord("(£47)", 0.22, 160, 100, 90, 30, 1),
                new OcrWord(":", 0.9, 255, 100, 10, 30, 1),
                new OcrWord("南昌汇通建设工程有限公司", 0.93, 275, 100, 360, 30, 1),
                new OcrWord("地址", 0.95, 100, 150, 60, 30, 2), new OcrWord(":", 0.9, 165, 150, 10, 30, 2),
                new OcrWord("南昌市东湖区八一大道127号", 0.9, 180, 150, 380, 30, 2),
                new OcrWord("OA", 0.3, 100, 200, 50, 30, 3), new OcrWord("(L467)", 0.2, 160, 200, 100, 30, 3),
                new OcrWord(":", 0.9, 265, 200, 10, 30, 3),
                new OcrWord("上海数档信息服务有限公司", 0.93, 285, 200, 360, 30, 3)));
    }

    private static OcrPage page(List<OcrWord> words) {
        return new OcrPage("", 0.8, words, 1654, 2339);
    }

    @Test
    void aLabelReadAsLettersBeforeItsColonIsAskedForInChinese() {
        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(page(contract()));

        assertThat(labels).hasSize(2);
        FieldRegion first = labels.get(0);
        assertThat(first.field()).isEqualTo(OcrPage.LABEL);
        assertThat(first.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(first.characters()).isEmpty();
        // From YR (100) to the colon's end (265), a margin around, not into the company name at 275.
        assertThat(first.x()).isBetween(90, 100);
        assertThat(first.x() + first.width()).isBetween(265, 275);
        assertThat(first.y()).isBetween(90, 100);
        assertThat(first.y() + first.height()).isBetween(130, 140);
        assertThat(labels.get(1).y()).isBetween(190, 200);
    }

    @Test
    void chineseLabelsLatinLabelsAndValuesAreNotAskedFor() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord("地址", 0.95, 100, 150, 60, 30, 2));
        words.add(new OcrWord(":", 0.9, 165, 150, 10, 30, 2));
        words.add(new OcrWord("南昌市东湖区八一大道127号", 0.9, 180, 150, 380, 30, 2));
        words.add(new OcrWord("E-mail:", 0.9, 100, 200, 110, 30, 3));
        words.add(new OcrWord("wang@xhjm.com", 0.9, 220, 200, 220, 30, 3));
        words.add(new OcrWord("Tel", 0.9, 100, 250, 50, 30, 4));
        words.add(new OcrWord(":", 0.9, 155, 250, 10, 30, 4));
        words.add(new OcrWord("0571-88001234", 0.9, 175, 250, 220, 30, 4));
        words.add(new OcrWord("KH-2021-019366", 0.9, 100, 300, 250, 30, 5)); // no colon: a value

        assertThat(EXTRACTOR.rereadRegions().labels(page(words))).isEmpty();
    }

    @Test
    void aPageWithoutChineseHasNoLatinLabels() {
        List<OcrWord> english = List.of(new OcrWord("Name", 0.9, 100, 100, 80, 30, 0),
                new OcrWord(":", 0.9, 185, 100, 10, 30, 0), new OcrWord("Acme", 0.9, 200, 100, 80, 30, 0));

        assertThat(EXTRACTOR.rereadRegions().labels(page(english))).isEmpty();
    }

    @Test
    void aLabelWhoseColonWordGoesOnIntoTheValueEndsAtTheColon() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord("ITA", 0.3, 100, 100, 60, 30, 1));
        words.add(new OcrWord("HA:2019", 0.3, 170, 100, 140, 30, 1)); // the colon after 3 of 7 characters

        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(page(words));

        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).x() + labels.get(0).width()).isEqualTo(170 + 60); // 140 × 3/7
    }

    @Test
    void theChineseReadingTakesTheLettersPlaceAndTheValueIsFoundAfterIt() {
        OcrPage read = page(contract());
        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(read);
        FieldRegion r = labels.get(0);
        OcrPage relabelled = read.withLabelsRead(List.of(
                new FieldReading(r.field(), r.row(), r.x(), r.y(), r.width(), r.height(), "甲方（委托方）", 0.88),
                reading(labels.get(1), "乙方（受托方）：")));

        assertThat(relabelled.words()).extracting(OcrWord::text).containsSubsequence(
                "甲方（委托方）：", "南昌汇通建设工程有限公司", "乙方（受托方）：", "上海数档信息服务有限公司");
        assertThat(relabelled.words()).extracting(OcrWord::text).doesNotContain("YR", "(£47)", "OA", "(L467)");
        ExtractedFields f = EXTRACTOR.extract(List.of(relabelled));
        assertThat(f.customer().name()).isEqualTo("南昌汇通建设工程有限公司");
        // Without the reading the customer is only inferred (the first of the two companies), less surely.
        ExtractedFields inferred = EXTRACTOR.extract(List.of(read));
        assertThat(f.confidence().get("customer.name")).isEqualTo(0.93)
                .isGreaterThan(inferred.confidence().getOrDefault("customer.name", 0.0));
    }

    @Test
    void aReadingWithoutChineseLeavesTheWordsAsTheyWere() {
        OcrPage read = page(contract());
        FieldRegion r = EXTRACTOR.rereadRegions().labels(read).get(0);

        assertThat(read.withLabelsRead(List.of(reading(r, "YR (E47):"))).words()).isEqualTo(read.words());
        assertThat(read.withLabelsRead(List.of(reading(r, ""))).words()).isEqualTo(read.words());
    }

    @Test
    void theValuePartOfTheColonsWordIsKept() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord("ITA", 0.3, 100, 100, 60, 30, 1));
        words.add(new OcrWord("HA:2019-07-13", 0.3, 170, 100, 260, 30, 1));
        OcrPage read = page(words);
        FieldRegion r = EXTRACTOR.rereadRegions().labels(read).get(0);

        OcrPage relabelled = read.withLabelsRead(List.of(reading(r, "签订日期")));

        assertThat(relabelled.words()).extracting(OcrWord::text).containsExactly(
                "客户档案整理与数字化服务业务约定书甲乙双方共同遵守", "签订日期：", "2019-07-13");
        assertThat(relabelled.words().get(2).x()).isEqualTo(r.x() + r.width());
    }

    @Test
    void aColonReadAtTheHeadOfTheValueLeavesTheValueOutOfTheBox() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord("PH", 0.3, 100, 100, 50, 30, 1));
        words.add(new OcrWord("(REF)", 0.3, 160, 100, 90, 30, 1));
        words.add(new OcrWord(":乌鲁木齐恒达汽车配件有限公司", 0.9, 262, 100, 440, 30, 1)); // tuning-0130
        OcrPage read = page(words);

        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(read);

        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).x() + labels.get(0).width()).isBetween(250, 261);
        // What the box still caught of the value after the label's colon is not part of the label.
        OcrPage relabelled = read.withLabelsRead(List.of(reading(labels.get(0), "甲方(委托方) :4")));
        assertThat(relabelled.words()).extracting(OcrWord::text).containsExactly(
                "客户档案整理与数字化服务业务约定书甲乙双方共同遵守", "甲方(委托方) :", ":乌鲁木齐恒达汽车配件有限公司");
        assertThat(EXTRACTOR.extract(List.of(relabelled)).customer().name()).isEqualTo("乌鲁木齐恒达汽车配件有限公司");
    }

    @Test
    void aTableCellOfLettersIsReadAgainButNotACodeAnAddressOrALoneLine() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        // A card's row: 客户编号 | KH-2017-083351 | 建档日期 read as "A BIA" | its date (tuning-0093).
        words.add(new OcrWord("客户编号", 0.95, 100, 100, 120, 30, 1));
        words.add(new OcrWord("KH-2017-083351", 0.9, 400, 100, 230, 30, 1));
        words.add(new OcrWord("A", 0.3, 800, 100, 20, 30, 1));
        words.add(new OcrWord("BIA", 0.3, 830, 100, 60, 30, 1));
        words.add(new OcrWord("二〇一七年五月十三日", 0.8, 1100, 100, 300, 30, 1));
        words.add(new OcrWord("邮箱", 0.95, 100, 150, 60, 30, 2));
        words.add(new OcrWord("zhoulv.coks.com", 0.6, 400, 150, 260, 30, 2));
        words.add(new OcrWord("Thanks", 0.9, 100, 200, 100, 30, 3)); // a line of its own: no table cell

        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(page(words));

        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).x()).isBetween(790, 800);
        assertThat(labels.get(0).x() + labels.get(0).width()).isBetween(890, 900);
        OcrPage relabelled = page(words).withLabelsRead(List.of(reading(labels.get(0), "建档日期")));
        assertThat(EXTRACTOR.extract(List.of(relabelled)).registeredOn()).hasToString("2017-05-13");
    }

    @Test
    void aCellOfLettersAmongSpecksIsReadAgain() {
        // A card's row (tuning-0306): 建档日期 read as "«sR", its date a cell gap on.
        List<OcrWord> words = cardRow("客户编号", "KH-2024-033915", "«sR", "2024年08月26日", 1100);

        FieldRegion label = theOneLabelAt800(words);

        OcrPage relabelled = page(words).withLabelsRead(List.of(reading(label, "建档日期")));
        assertThat(EXTRACTOR.extract(List.of(relabelled)).registeredOn()).hasToString("2024-08-26");
    }

    @Test
    void lettersOpeningACellALabelsGapBeforeItsValueAreReadAgainShortOfTheValue() {
        // A card's row (tuning-0306): 客户级别 重点客户 | 行业分类 read as "FRG", 教育培训 a label's gap on.
        List<OcrWord> words = cardRow("客户级别", "重点客户", "FRG", "教育培训", 950);

        FieldRegion label = theOneLabelAt800(words);

        assertThat(label.x() + label.width()).isBetween(890, 949);
        OcrPage relabelled = page(words).withLabelsRead(List.of(reading(label, "行业分类")));
        assertThat(EXTRACTOR.extract(List.of(relabelled)).customer().industry().code()).isEqualTo("P");
        assertThat(EXTRACTOR.extract(List.of(page(words))).customer().industry()).isNull();
    }

    // A Chinese page with one card row: a label and its value, letters at 800, then what follows them.
    private static List<OcrWord> cardRow(String label, String value, String letters, String after, int afterX) {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord(label, 0.95, 100, 100, 120, 30, 1));
        words.add(new OcrWord(value, 0.9, 400, 100, 230, 30, 1));
        words.add(new OcrWord(letters, 0.3, 800, 100, 90, 30, 1));
        words.add(new OcrWord(after, 0.9, afterX, 100, 300, 30, 1));
        return words;
    }

    private static FieldRegion theOneLabelAt800(List<OcrWord> words) {
        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(page(words));
        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).x()).isBetween(790, 800);
        return labels.get(0);
    }

    @Test
    void lettersAWordsSpaceFromTheirValueOrALatinLabelAreLeftAlone() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        words.add(new OcrWord("客户级别", 0.95, 100, 100, 120, 30, 1));
        words.add(new OcrWord("VIP", 0.9, 400, 100, 60, 30, 1)); // VIP 客户: one value
        words.add(new OcrWord("客户", 0.9, 470, 100, 60, 30, 1));
        words.add(new OcrWord("联系电话", 0.95, 100, 150, 120, 30, 2));
        words.add(new OcrWord("Tel", 0.9, 400, 150, 50, 30, 2)); // a Latin label before its number
        words.add(new OcrWord("0571-88001234", 0.9, 500, 150, 220, 30, 2));

        assertThat(EXTRACTOR.rereadRegions().labels(page(words))).isEmpty();
    }

    @Test
    void aWholeRowReadAsLettersIsReadAgainInChineseAndItsReadingTakesItsPlace() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        // tuning-1896: a card's row 公司名称 | 宁波星辰汽车配件有限公司 read "EP EAR TRERALREARA A".
        words.add(new OcrWord("客户编号", 0.95, 100, 100, 120, 30, 1));
        words.add(new OcrWord("DA-2017-6731", 0.9, 400, 100, 230, 30, 1));
        words.add(new OcrWord("EP", 0.3, 100, 152, 40, 24, 2));
        words.add(new OcrWord("EAR", 0.3, 150, 152, 60, 24, 2));
        words.add(new OcrWord("TRERALREARA", 0.2, 400, 150, 330, 26, 2));
        words.add(new OcrWord("A", 0.2, 740, 152, 20, 24, 2));
        // Latin on the paper, an address and a mail line: left alone.
        words.add(new OcrWord("Customer", 0.9, 100, 200, 120, 30, 3));
        words.add(new OcrWord("Service", 0.9, 230, 200, 100, 30, 3));
        words.add(new OcrWord("Room", 0.9, 100, 250, 80, 30, 4));
        words.add(new OcrWord("12B", 0.9, 190, 250, 50, 30, 4));
        words.add(new OcrWord("liuqg", 0.9, 100, 300, 80, 30, 5));
        words.add(new OcrWord("sch.cn", 0.9, 190, 300, 90, 30, 5));
        words.add(new OcrWord("@", 0.9, 300, 300, 20, 30, 5));

        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(page(words));

        // The row whole, and its two cells of letters as labels, as before (OcrPage.withLabelsRead tells which stands).
        assertThat(labels).extracting(FieldRegion::field).containsExactly(OcrPage.LETTERS, OcrPage.LABEL, OcrPage.LABEL);
        FieldRegion row = labels.get(0);
        assertThat(row.x()).isBetween(90, 100);
        assertThat(row.x() + row.width()).isBetween(760, 775);
        assertThat(row.y()).isLessThan(150);
        assertThat(row.y() + row.height()).isBetween(176, 195); // not into the row below at 200
        OcrPage relabelled = page(words).withLabelsRead(List.of(reading(row, "公司名称 宁波星辰汽车配件有限公司"),
                reading(labels.get(1), "公司名称"), reading(labels.get(2), "宁波星")));
        assertThat(EXTRACTOR.extract(List.of(relabelled)).customer().name()).isEqualTo("宁波星辰汽车配件有限公司");
        // A reading with too little Chinese changes nothing.
        assertThat(page(words).withLabelsRead(List.of(reading(row, "EP 丁")))).isEqualTo(page(words));
    }

    @Test
    void aRowReadAsLettersWhoseChineseReadingHoldsANumberLeavesTheRowToItsCells() {
        List<OcrWord> words = new ArrayList<>(contract().subList(0, 1));
        // tuning-0061: 手机 : 159 3836 4582 read "Fl" and "RE"; the whole row in Chinese "手机 : +86=1 下二".
        words.add(new OcrWord("Fl", 0.2, 100, 150, 60, 30, 1));
        words.add(new OcrWord("RE", 0.0, 300, 148, 200, 34, 1));
        OcrPage read = page(words);

        List<FieldRegion> labels = EXTRACTOR.rereadRegions().labels(read);
        assertThat(labels).extracting(FieldRegion::field).containsExactly(OcrPage.LETTERS, OcrPage.LABEL, OcrPage.LABEL);
        FieldRegion row = labels.get(0);
        FieldRegion cell = labels.get(1);
        FieldRegion value = labels.get(2);

        OcrPage numbered = read.withLabelsRead(List.of(reading(row, "手机 : +86=1 下二"), reading(cell, "手机"),
                reading(value, "RE")));
        assertThat(numbered.words()).extracting(OcrWord::text).contains("手机", "RE").doesNotContain("手机 : +86=1 下二");
        // A row reading without a number stands for the row, and the cells' readings give way to it.
        OcrPage named = read.withLabelsRead(List.of(reading(row, "客户名称 : 沈阳永泰商贸有限公司"), reading(cell, "客户名称"),
                reading(value, "沈阳")));
        assertThat(named.words()).extracting(OcrWord::text).contains("客户名称 : 沈阳永泰商贸有限公司")
                .doesNotContain("RE", "客户名称", "沈阳");
    }

    private static FieldReading reading(FieldRegion r, String text) {
        return new FieldReading(r.field(), r.row(), r.x(), r.y(), r.width(), r.height(), text, 0.9);
    }
}
