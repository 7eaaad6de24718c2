package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ExtractedFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitRereadsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A form whose mobile the page read with its third digit wrong (9 as 0), with a confidence above review.
    private static List<OcrWord> form(double mobileWords) {
        return List.of(
                new OcrWord("客户", 0.96, 100, 100, 60, 30, 0), new OcrWord("名称", 0.95, 160, 100, 60, 30, 0),
                new OcrWord(":", 0.93, 225, 100, 10, 30, 0), new OcrWord("杭州西湖精密机械有限公司", 0.94, 240, 100, 360, 30, 0),
                new OcrWord("手机", 0.95, 100, 160, 60, 30, 1), new OcrWord(":", 0.9, 165, 160, 10, 30, 1),
                new OcrWord("13047887454", mobileWords, 190, 160, 200, 30, 1));
    }

    private static FieldReading mobile(String text, double confidence, String model) {
        return new FieldReading(DigitRereads.MOBILE, 1, 180, 150, 230, 50, text, confidence, model);
    }

    @Test
    void aMobileReadWithADoubtfulWordHasItsBoxReadAgainInTheCharactersOfAPhoneNumber() {
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, form(0.73), 1654, 2339, List.of()));

        assertThat(regions).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("customer.mobile");
            assertThat(r.row()).isEqualTo(1);
            assertThat(r.language()).isEqualTo(FieldRegion.LATIN);
            assertThat(r.characters()).isEqualTo(DigitRereads.PHONE_CHARACTERS);
            assertThat(r.x()).isGreaterThan(175).isLessThanOrEqualTo(190); // after the colon, not the label
            assertThat(r.x() + r.width()).isGreaterThan(390);
            // read a second time only where the first reading does not hold the page's number
            assertThat(r.expected()).isEqualTo("13047887454");
            assertThat(r.confirmedBy(new FieldReading(r.field(), 1, 0, 0, 1, 1, "+86-130 4788 7454", 0.9))).isTrue();
            assertThat(r.confirmedBy(new FieldReading(r.field(), 1, 0, 0, 1, 1, "+86-13947887454", 0.9))).isFalse();
        });
    }

    @Test
    void anArchiveNumberBoxIsConfirmedOnlyByItsNumberAsPrintedSeparatorsAndAll() {
        List<OcrWord> words = List.of(new OcrWord("档案编号", 0.95, 100, 100, 120, 30, 0), new OcrWord(":", 0.9, 225, 100, 10, 30, 0),
                new OcrWord("DA2018-1624", 0.75, 240, 100, 200, 30, 0));
        FieldRegion r = EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, words, 1654, 2339, List.of())).get(0);

        assertThat(r.field()).isEqualTo(DigitRereads.ARCHIVE_NO);
        assertThat(r.characters()).isEqualTo(DigitRereads.ARCHIVE_CHARACTERS);
        assertThat(r.confirmedBy(new FieldReading(r.field(), 0, 0, 0, 1, 1, "DA2018-1624", 0.9))).isTrue();
        assertThat(r.confirmedBy(new FieldReading(r.field(), 0, 0, 0, 1, 1, "DA-2018-1624", 0.9))).isFalse(); // a dash: read again
    }

    @Test
    void aMobileReadWithSureWordsIsNotReadAgain() {
        assertThat(EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, form(0.97), 1654, 2339, List.of()))).isEmpty();
    }

    private static ExtractedFields extracted(FieldReading... rereads) {
        return EXTRACTOR.extract(List.of(new OcrPage("", 0.9, form(0.73), 1654, 2339, List.of(rereads))));
    }

    @Test
    void extractionTakesTheDigitTwoRereadingsAgreeOn() {
        ExtractedFields mended = extracted(mobile("+86-13947887454", 0.9, FieldReading.PAGE_MODEL),
                mobile("13947887454", 0.86, FieldReading.SCALED));
        ExtractedFields pageOnly = extracted();

        assertThat(mended.customer().mobile()).isEqualTo("13947887454");
        assertThat(mended.confidence().get("customer.mobile")).isEqualTo(0.86);
        assertThat(pageOnly.customer().mobile()).isEqualTo("13047887454");
        assertThat(pageOnly.confidence().get("customer.mobile")).isEqualTo(0.73);
    }

    @Test
    void rereadingsTesseractIsUnsureOfCannotOutvoteThePage() {
        // tuning-0197: both re-readings "JA-2019-2046" at 0.0 against the page's right DA-2019-2046
        ExtractedFields f = EXTRACTOR.extract(List.of(new OcrPage("", 0.9, List.of(
                new OcrWord("客户编号", 0.95, 100, 100, 120, 30, 0), new OcrWord(":", 0.9, 225, 100, 10, 30, 0),
                new OcrWord("DA-2019-2046", 0.7, 240, 100, 200, 30, 0)), 1654, 2339, List.of(
                new FieldReading(DigitRereads.ARCHIVE_NO, 0, 235, 90, 220, 50, "JA-2019-2046", 0.0, FieldReading.PAGE_MODEL),
                new FieldReading(DigitRereads.ARCHIVE_NO, 0, 235, 90, 220, 50, "JA-2019-2046", 0.0, FieldReading.SCALED)))));

        assertThat(f.archiveNo()).isEqualTo("DA-2019-2046");
        assertThat(f.confidence().get("archiveNo")).isEqualTo(0.7);
    }

    @Test
    void extractionSendsADigitNoTwoReadingsAgreeOnToReviewAndKeepsOneThePageIsBackedOn() {
        // 3rd digit 0 / 9 / 0 and last 4 / 4 / 1: the page's number, each digit backed by one re-reading
        ExtractedFields backed = extracted(mobile("13947887454", 0.9, FieldReading.PAGE_MODEL),
                mobile("13047887451", 0.86, FieldReading.SCALED));
        // 3rd digit 0 / 9 / 8: no two agree
        ExtractedFields unsettled = extracted(mobile("13947887454", 0.9, FieldReading.PAGE_MODEL),
                mobile("13847887454", 0.86, FieldReading.SCALED));

        assertThat(backed.customer().mobile()).isEqualTo("13047887454");
        assertThat(backed.confidence().get("customer.mobile")).isEqualTo(0.73);
        assertThat(unsettled.customer().mobile()).isEqualTo("13047887454");
        assertThat(unsettled.confidence().get("customer.mobile")).isLessThan(0.5);
    }

    private static FieldRereads.Opinion<String> said(String value, double confidence) {
        return new FieldRereads.Opinion<>(value, confidence);
    }

    @Test
    void twoRereadingsAgreeingOnADigitMendTheOnePageMisread() {
        DigitRereads.Voted v = DigitRereads.vote("13047887454", 0.73,
                List.of(said("13947887454", 0.91), said("13947887454", 0.88)));
        assertThat(v.value()).isEqualTo("13947887454");
        assertThat(v.confidence()).isEqualTo(0.88);
    }

    @Test
    void eachDigitIsWhatTwoReadingsAgreeOnEvenWhereEveryReadingErrsOnce() {
        // page wrong in the 4th digit, one re-reading in the 7th, the other in the 10th
        DigitRereads.Voted v = DigitRereads.vote("0851-68578258", 0.8,
                List.of(said("0851-78579258", 0.9), said("0851-78578253", 0.85)));
        assertThat(v.value()).isEqualTo("0851-78578258");
    }

    @Test
    void aRereadingAgreeingWithThePageRaisesItsConfidence() {
        DigitRereads.Voted v = DigitRereads.vote("KH-2023-000417", 0.6,
                List.of(said("KH-2023-000417", 0.93), said("KH-2028-000417", 0.7)));
        assertThat(v.value()).isEqualTo("KH-2023-000417");
        assertThat(v.confidence()).isEqualTo(0.93);
    }

    @Test
    void aDigitNoTwoReadingsAgreeOnSendsThePagesNumberToReview() {
        DigitRereads.Voted v = DigitRereads.vote("13812345678", 0.8,
                List.of(said("13812345679", 0.9), said("13812345670", 0.9)));
        assertThat(v.value()).isEqualTo("13812345678");
        assertThat(v.confidence()).isEqualTo(0.8 * CustomerReader.DISAGREE);
    }

    @Test
    void oneRereadingAgainstThePageSettlesNothing() {
        DigitRereads.Voted v = DigitRereads.vote("13812345678", 0.8, List.of(said("13812345679", 0.95)));
        assertThat(v.value()).isEqualTo("13812345678");
        assertThat(v.confidence()).isEqualTo(0.8 * CustomerReader.DISAGREE);
    }

    @Test
    void rereadingsOfAnotherLengthNeverOutvoteThePage() {
        // both re-readings lost a digit the same way (a box edge through it): they may not replace the page's number
        DigitRereads.Voted v = DigitRereads.vote("0571-87654321", 0.85,
                List.of(said("0571-8765432", 0.9), said("0571-8765432", 0.9)));
        assertThat(v.value()).isEqualTo("0571-87654321");
        assertThat(v.confidence()).isEqualTo(0.85 * CustomerReader.DISAGREE);
    }

    @Test
    void twoRereadingsPutBackADashThePageDroppedButNeverADigit() {
        DigitRereads.Voted dash = DigitRereads.vote("DA2018-1624", 0.9,
                List.of(said("DA-2018-1624", 0.92), said("DA-2018-1624", 0.85)));
        DigitRereads.Voted digit = DigitRereads.vote("DA-2018-162", 0.9,
                List.of(said("DA-2018-1624", 0.92), said("DA-2018-1624", 0.85)));

        assertThat(dash.value()).isEqualTo("DA-2018-1624");
        assertThat(dash.confidence()).isEqualTo(0.85);
        assertThat(digit.value()).isEqualTo("DA-2018-162");
        assertThat(digit.confidence()).isEqualTo(0.9 * CustomerReader.DISAGREE);
    }

    @Test
    void aRereadingOfAnotherLengthStillConfirmsThePageWhenTheOtherAgrees() {
        DigitRereads.Voted v = DigitRereads.vote("0571-87654321", 0.85,
                List.of(said("0571-87654321", 0.9), said("0571-8765432", 0.9)));
        assertThat(v.value()).isEqualTo("0571-87654321");
        assertThat(v.confidence()).isEqualTo(0.9);
    }

    // tuning-0061: a contract's 手机 whose number the page read as "RE"; its landline read right.
    private static List<OcrWord> mobileReadAsLetters() {
        return List.of(
                new OcrWord("客户", 0.96, 100, 100, 60, 30, 0), new OcrWord("名称", 0.95, 160, 100, 60, 30, 0),
                new OcrWord(":", 0.93, 225, 100, 10, 30, 0), new OcrWord("上海恒达物流股份有限公司", 0.94, 240, 100, 360, 30, 0),
                new OcrWord("手机", 0.95, 100, 160, 60, 30, 1), new OcrWord(":", 0.9, 165, 160, 10, 30, 1),
                new OcrWord("RE", 0.41, 190, 160, 40, 30, 1));
    }

    private static ExtractedFields unreadMobile(FieldReading... rereads) {
        return EXTRACTOR.extract(List.of(new OcrPage("", 0.9, mobileReadAsLetters(), 1654, 2339, List.of(rereads))));
    }

    @Test
    void aNumberThePageReadAsLettersHasItsWholeCellReadAgainAsANumber() {
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, mobileReadAsLetters(), 1654, 2339, List.of()));

        assertThat(regions).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(DigitRereads.MOBILE);
            assertThat(r.row()).isEqualTo(1);
            assertThat(r.language()).isEqualTo(FieldRegion.LATIN);
            assertThat(r.characters()).isEqualTo(DigitRereads.PHONE_CHARACTERS);
            assertThat(r.x()).isGreaterThan(160).isLessThan(190); // from the label's end, the letters inside
            assertThat(r.x() + r.width()).isGreaterThan(230 + 11 * 15); // a cell's width, not the two letters'
            assertThat(r.expected()).isEmpty(); // nothing to confirm: read as it is and scaled
        });
    }

    @Test
    void aLabelWithoutAnyValueOnAFullRowAsksForNoNumberBox() {
        // 手机 followed at once by the next label: no room for a number
        List<OcrWord> words = List.of(new OcrWord("手机", 0.95, 100, 160, 60, 30, 0), new OcrWord("电子邮箱", 0.95, 170, 160, 120, 30, 0),
                new OcrWord("wang@abc.com", 0.95, 300, 160, 200, 30, 0));
        assertThat(EXTRACTOR.rereadRegions().of(new OcrPage("", 0.9, words, 1654, 2339, List.of())))
                .noneMatch(r -> r.field().equals(DigitRereads.MOBILE));
    }

    @Test
    void anUnreadNumberIsTakenWhereBothReadingsOfItsCellAgree() {
        ExtractedFields agreed = unreadMobile(mobile("+86-15938364582", 0.74, FieldReading.PAGE_MODEL),
                mobile("+86-15938364582", 0.82, FieldReading.SCALED));
        ExtractedFields unsure = unreadMobile(mobile("15938364582", 0.0, FieldReading.PAGE_MODEL),
                mobile("15938364582", 0.0, FieldReading.SCALED));

        assertThat(agreed.customer().mobile()).isEqualTo("15938364582");
        assertThat(agreed.confidence().get("customer.mobile")).isEqualTo(0.74);
        assertThat(unsure.customer().mobile()).isEqualTo("15938364582");
        assertThat(unsure.confidence().get("customer.mobile")).isLessThan(0.5); // a clerk's look
    }

    @Test
    void anUnreadNumberOneReadingAloneGivesGoesToReviewAndTwoNumbersGiveNothing() {
        ExtractedFields alone = unreadMobile(mobile("+86-15938364582", 0.9, FieldReading.PAGE_MODEL),
                mobile("+86-1593836", 0.8, FieldReading.SCALED));
        ExtractedFields aloneUnsure = unreadMobile(mobile("+86-15938364582", 0.3, FieldReading.PAGE_MODEL),
                mobile("+86-1593836", 0.8, FieldReading.SCALED));
        ExtractedFields differ = unreadMobile(mobile("15938364582", 0.9, FieldReading.PAGE_MODEL),
                mobile("15938364532", 0.9, FieldReading.SCALED));
        ExtractedFields none = unreadMobile();

        assertThat(alone.customer().mobile()).isEqualTo("15938364582");
        assertThat(alone.confidence().get("customer.mobile")).isEqualTo(0.9 * CustomerReader.DISAGREE);
        assertThat(aloneUnsure.customer().mobile()).isNull();
        assertThat(differ.customer().mobile()).isNull();
        assertThat(none.customer().mobile()).isNull();
    }

    // An archive number's label, what the page read for its colon and its value, and the two readings of its cell (none: null).
    private static ExtractedFields archiveCell(String label, String colon, String value, String asItIs, double asItIsConfidence,
                                               String scaled, double scaledConfidence) {
        List<OcrWord> words = List.of(new OcrWord(label, 0.95, 100, 100, 120, 30, 0), new OcrWord(colon, 0.6, 225, 100, 10, 30, 0),
                new OcrWord(value, 0.3, 240, 100, 200, 30, 0));
        List<FieldReading> readings = asItIs == null ? List.of() : List.of(
                new FieldReading(DigitRereads.ARCHIVE_NO, 0, 225, 90, 600, 50, asItIs, asItIsConfidence, FieldReading.PAGE_MODEL),
                new FieldReading(DigitRereads.ARCHIVE_NO, 0, 225, 90, 600, 50, scaled, scaledConfidence, FieldReading.SCALED));
        return EXTRACTOR.extract(List.of(new OcrPage("", 0.9, words, 1654, 2339, readings)));
    }

    @Test
    void anUnreadArchiveNumbersCellReadingKeepsNoDashOfTheLabelsColon() {
        // tuning-0053: 客户编号 ， oaitotoa; the cell, read from the label's end, opens with the colon read as a dash
        ExtractedFields f = archiveCell("客户编号", "，", "oaitotoa", "-KH-2021-019366", 0.6, "-KH-2021-019366 .", 0.7);

        assertThat(f.archiveNo()).isEqualTo("KH-2021-019366");
        assertThat(f.confidence().get("archiveNo")).isEqualTo(0.6);
    }

    // tuning-0828: a card's 电话 read "O79 lS S279355"; of its cell's readings only the scaled one is a landline, at 0.0.
    private static ExtractedFields unreadLandline(String address, String scaledReading) {
        List<OcrWord> words = List.of(
                new OcrWord("客户全称", 0.95, 100, 100, 120, 30, 0), new OcrWord("南昌华信软件有限公司", 0.94, 300, 100, 300, 30, 0),
                new OcrWord("注册地址", 0.95, 100, 160, 120, 30, 1), new OcrWord(address, 0.93, 300, 160, 400, 30, 1),
                new OcrWord("电话", 0.95, 100, 220, 60, 30, 2), new OcrWord("O79", 0.3, 300, 220, 60, 30, 2),
                new OcrWord("lS", 0.2, 370, 220, 30, 30, 2), new OcrWord("S279355", 0.4, 410, 220, 140, 30, 2));
        return EXTRACTOR.extract(List.of(new OcrPage("", 0.9, words, 1654, 2339, List.of(
                new FieldReading(DigitRereads.PHONE, 2, 170, 210, 500, 50, "79279355", 0.0, FieldReading.PAGE_MODEL),
                new FieldReading(DigitRereads.PHONE, 2, 170, 210, 500, 50, scaledReading, 0.0, FieldReading.SCALED)))));
    }

    @Test
    void anUnsureLoneReadingOfAnUnreadLandlineIsTakenOnlyWhereTheAddressIsInItsAreaCodesCity() {
        ExtractedFields nanchang = unreadLandline("南昌市东湖区八一大道845号", "07913279855");
        ExtractedFields elsewhere = unreadLandline("武汉市洪山区珞喻路288号", "07913279855");

        assertThat(nanchang.customer().phone()).isEqualTo("0791-3279855");
        assertThat(nanchang.confidence().get("customer.phone")).isLessThan(0.5);
        assertThat(elsewhere.customer().phone()).isNull();
    }

    @Test
    void anUnreadArchiveNumbersCellReadingTheNumberFoundElsewhereOnThePageLeavesItsConfidence() {
        // tuning-0561: 档案编号 + KH201501372: the value does not parse after its label, the number does on its own
        ExtractedFields f = archiveCell("档案编号", "+", "KH201501372", "-KH201501372 .", 0.0, "-KH201501372", 0.0);
        ExtractedFields pageAlone = archiveCell("档案编号", "+", "KH201501372", null, 0, null, 0);

        assertThat(f.archiveNo()).isEqualTo("KH201501372");
        assertThat(f.confidence().get("archiveNo")).isEqualTo(pageAlone.confidence().get("archiveNo")).isGreaterThan(0.0);
    }
}
