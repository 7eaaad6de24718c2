package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.ExtractedFields;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRereadsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A registration form as Tesseract located its words: the e-mail's @ read as "Q", the dot before
    // the top-level domain as a comma.
    private static final List<OcrWord> FORM = List.of(
            new OcrWord("客户", 0.96, 100, 100, 60, 30, 0), new OcrWord("名称", 0.95, 160, 100, 60, 30, 0),
            new OcrWord(":", 0.93, 225, 100, 10, 30, 0), new OcrWord("杭州西湖精密机械有限公司", 0.94, 240, 100, 360, 30, 0),
            new OcrWord("电子", 0.95, 100, 160, 60, 30, 1), new OcrWord("邮箱", 0.95, 160, 160, 60, 30, 1),
            new OcrWord(":", 0.9, 225, 160, 10, 30, 1), new OcrWord("wangjgQxhjm", 0.71, 250, 160, 200, 30, 1),
            new OcrWord(",com", 0.55, 455, 160, 70, 30, 1),
            new OcrWord("传真", 0.95, 900, 160, 60, 30, 1), new OcrWord(":", 0.9, 965, 160, 10, 30, 1),
            new OcrWord("0571-88001234", 0.9, 980, 160, 220, 30, 1));

    private static OcrPage page(List<OcrWord> words, FieldReading... rereads) {
        return new OcrPage("", 0.9, words, 1654, 2339, List.of(rereads));
    }

    private static FieldReading reading(String text, double confidence) {
        return new FieldReading(FieldRereads.EMAIL, 1, 240, 150, 300, 50, text, confidence);
    }

    @Test
    void theEmailValueBoxIsItsWordsWithAMarginUpToTheNextCell() {
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(page(FORM));

        assertThat(regions).hasSize(1);
        FieldRegion r = regions.get(0);
        assertThat(r.field()).isEqualTo("customer.email");
        assertThat(r.row()).isEqualTo(1);
        // From just after the colon (235 + 1) past ",com" (ends 525), not into 传真 at 900.
        assertThat(r.x()).isBetween(236, 250);
        assertThat(r.x() + r.width()).isGreaterThan(525).isLessThan(900);
        assertThat(r.y()).isLessThan(160);
        assertThat(r.y() + r.height()).isGreaterThan(190).isLessThan(220);
        assertThat(r.characters()).contains("@", ".", "_", "-", "+").doesNotContain(",", ":");
        assertThat(r.snapLeft()).isZero(); // the colon is a word of its own: the edge is known
    }

    @Test
    void anEmailBoxIsReadScaledOnlyWhereItsFirstReadingIsNotSurelyThePagesAddress() {
        // tuning-0472's line as the page read it: the box's two readings are compared only where they may differ
        List<OcrWord> line = List.of(new OcrWord("电子邮箱", 0.95, 100, 100, 120, 30, 0), new OcrWord(":", 0.9, 225, 100, 10, 30, 0),
                new OcrWord("liuui@iwm.com.cn", 0.93, 240, 100, 260, 30, 0));

        FieldRegion r = EXTRACTOR.rereadRegions().of(page(line)).get(0);

        assertThat(r.expected()).isEqualTo("liuui@iwm.com.cn");
        assertThat(r.sureAt()).isEqualTo(FieldRereads.SURE_BOX);
        // tuning-0002: the box as it is read the page's address at 0.91, the scaled reading would add nothing
        assertThat(r.confirmedBy(reading("Liuui@iwm.com.cn", 0.91))).isTrue();
        // tuning-0113: page and box agreed on "ymvatl" at 0.81; only the scaled reading said the right ymvqtl
        assertThat(r.confirmedBy(reading("liuui@iwm.com.cn", 0.81))).isFalse();
        // tuning-0472: the box read another address than the page ("huui@"), whatever its confidence
        assertThat(r.confirmedBy(reading("huui@iwm.com.cn", 0.95))).isFalse();
        assertThat(r.confirmedBy(reading("xliuui@iwm.com.cn", 0.95))).isFalse(); // the whole reading, not a part of it
    }

    @Test
    void anEmailBoxThePageReadNoAddressInIsReadTwice() {
        FieldRegion r = EXTRACTOR.rereadRegions().of(page(FORM)).get(0); // "wangjgQxhjm ,com": no @

        assertThat(r.expected()).isEmpty();
        assertThat(r.confirmedBy(reading("wangjg@xhjm.com", 0.96))).isFalse();
    }

    @Test
    void aLabelReadInOneWordWithTheValueIsCutOffTheBox() {
        List<OcrWord> glued = List.of(new OcrWord("邮箱:wang@xhjm.com", 0.8, 100, 100, 300, 30, 0));

        FieldRegion r = EXTRACTOR.rereadRegions().of(page(glued)).get(0);

        // 邮箱: is 2 + 0.3 of the word's 2.3 + 12 × 0.55 + 0.3 (the dot) widths in 300 pixels (75),
        // less a tenth of the text height; the reader may move that estimate to a blank column nearby.
        assertThat(r.x()).isBetween(168, 176);
        assertThat(r.snapLeft()).isEqualTo(9);
        assertThat(r.x() + r.width()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aValueBelowItsLabelIsBoxedOnItsOwnRow() {
        List<OcrWord> below = List.of(new OcrWord("电子邮箱", 0.9, 100, 100, 120, 30, 0),
                new OcrWord("li.na@example.cn", 0.8, 100, 160, 260, 30, 1));

        FieldRegion r = EXTRACTOR.rereadRegions().of(page(below)).get(0);

        assertThat(r.row()).isZero(); // filed under the label's row, where extraction reads the label
        assertThat(r.y()).isBetween(140, 160);
    }

    @Test
    void bornDigitalPagesAndPagesWithoutAnEmailLabelAreNotReadAgain() {
        assertThat(EXTRACTOR.rereadRegions().of(OcrPage.bornDigital("电子邮箱：a@b.cn"))).isEmpty();
        assertThat(EXTRACTOR.rereadRegions().of(page(FORM.subList(0, 4)))).isEmpty();
    }

    @Test
    void aReadingIsTakenOnlyWhenItIsWhollyOneAddress() {
        assertThat(FieldRereads.email(reading("WangJG@xhjm.com.cn", 0.9))).contains("wangjg@xhjm.com.cn");
        assertThat(FieldRereads.email(reading(" wangjg@xhjm.com. ", 0.9))).contains("wangjg@xhjm.com");
        assertThat(FieldRereads.email(reading("wangjgxhjm.com", 0.9))).isEmpty();
        assertThat(FieldRereads.email(reading("wangjg@xhjm", 0.9))).isEmpty();
        assertThat(FieldRereads.email(reading("", 0.0))).isEmpty();
    }

    @Test
    void theReadingAgainReplacesAWrongPageReadWithItsOwnConfidence() {
        ExtractedFields pageOnly = EXTRACTOR.extract(List.of(page(FORM)));
        ExtractedFields again = EXTRACTOR.extract(List.of(page(FORM, reading("wangjg@xhjm.com", 0.87))));

        assertThat(pageOnly.customer().email()).isNull(); // the page's "wangjgQxhjm ,com" is no address
        assertThat(again.customer().email()).isEqualTo("wangjg@xhjm.com");
        assertThat(again.confidence().get("customer.email")).isEqualTo(0.87);
    }

    @Test
    void withoutAnAddressInTheReadingThePageReadStandsAndNothingIsInvented() {
        List<OcrWord> readable = FORM.stream().map(w -> w.text().equals("wangjgQxhjm")
                ? new OcrWord("wangjg@xhjm", 0.71, 250, 160, 200, 30, 1) : w).toList();

        ExtractedFields kept = EXTRACTOR.extract(List.of(page(readable, reading("wangjgxhjm.com", 0.6))));
        ExtractedFields none = EXTRACTOR.extract(List.of(page(FORM, reading("wangjgxhjmcom", 0.6))));

        assertThat(kept.customer().email()).isEqualTo("wangjg@xhjm.com");
        assertThat(kept.confidence().get("customer.email")).isEqualTo(0.55); // its own words' confidence
        assertThat(none.customer().email()).isNull();
        // The label with letters after it that are no address: a gap for a clerk, no value.
        assertThat(none.confidence()).containsEntry("customer.email", 0.0);
    }

    @Test
    void aPageAddressReadWithConfidentWordsOutweighsALessSureReadingAgain() {
        // tuning-0047: the page read "yangyk@puaaf.com" at 0.92, the box alone "yangykk@…" at 0.41.
        List<OcrWord> sure = FORM.stream().filter(w -> !w.text().equals(",com")).map(w -> w.text().equals("wangjgQxhjm")
                ? new OcrWord("yangyk@puaaf.com", 0.92, 250, 160, 300, 30, 1) : w).toList();

        assertThat(EXTRACTOR.extract(List.of(page(sure, reading("yangykk@puaaf.com", 0.41)))).customer().email())
                .isEqualTo("yangyk@puaaf.com");
        // A surer reading again still wins, and so does one beside a page read with doubtful words.
        assertThat(EXTRACTOR.extract(List.of(page(sure, reading("yangyk@puaafa.com", 0.95)))).customer().email())
                .isEqualTo("yangyk@puaafa.com");
        assertThat(CustomerReader.surer(0.92, 0.41)).isTrue();
        assertThat(CustomerReader.surer(0.72, 0.85)).isFalse();
        assertThat(CustomerReader.surer(0.06, 0.0)).isFalse(); // tuning-0041: "suntp@c.jf.cn" on the page
    }

    private static FieldReading scaled(String text, double confidence) {
        return new FieldReading(FieldRereads.EMAIL, 1, 240, 150, 300, 50, text, confidence, FieldReading.SCALED);
    }

    // FORM with the page's address read as {@code address} in one word of confidence {@code words}.
    private static List<OcrWord> formReading(String address, double words) {
        return FORM.stream().filter(w -> !w.text().equals(",com")).map(w -> w.text().equals("wangjgQxhjm")
                ? new OcrWord(address, words, 250, 160, 300, 30, 1) : w).toList();
    }

    // The form read with the page's address {@code address} (words {@code words}) and its box's readings.
    private static ExtractedFields withBox(String address, double words, FieldReading... box) {
        return EXTRACTOR.extract(List.of(page(formReading(address, words), box)));
    }

    @Test
    void theScaledReadingIsTheOneComparedWithThePageAndTheBoxAsItIsStandsInForIt() {
        // tuning-0443: the page "lioq@" read with a doubtful word, the box as it is "liog@", scaled "lioq@".
        ExtractedFields f = withBox("lioq@xump.net", 0.49, reading("liog@xump.net", 0.67), scaled("lioq@xump.net", 0.47));
        assertThat(f.customer().email()).isEqualTo("lioq@xump.net");
        // the page agrees, the box as it is does not: which of q and g no reading settles, so a clerk's look
        assertThat(f.confidence().get("customer.email")).isEqualTo(0.47 * CustomerReader.DISAGREE);

        // tuning-0409: the page "oudl" surer than the box as it is (0.0), less sure than the scaled reading.
        ExtractedFields g = withBox("chentg@oudl.com", 0.59, reading("chentg@ouql.com", 0.0), scaled("chentg@ouql.com", 0.84));
        assertThat(g.customer().email()).isEqualTo("chentg@ouql.com");
        // the page read another address with words of 0.59: the box's two readings (one model) do not settle it
        assertThat(g.confidence().get("customer.email")).isEqualTo(0.84 * CustomerReader.DISAGREE);

        // tuning-0392: both readings of the box say "ltrabl", the as-is one surer than the page's "Itrabl",
        // whose capital I inside a small-lettered address is the l it stands for: all three agree.
        ExtractedFields both = withBox("yangtn@Itrabl.com", 0.71,
                reading("yangtn@ltrabl.com", 0.82), scaled("yangtn@ltrabl.com", 0.66));
        assertThat(both.customer().email()).isEqualTo("yangtn@ltrabl.com");
        assertThat(both.confidence().get("customer.email")).isEqualTo(0.82);
        // The page's "ltrabk" disagrees: the box's two readings (one model) do not settle it.
        ExtractedFields unsettled = withBox("yangtn@ltrabk.com", 0.71,
                reading("yangtn@ltrabl.com", 0.82), scaled("yangtn@ltrabl.com", 0.66));
        assertThat(unsettled.customer().email()).isEqualTo("yangtn@ltrabl.com");
        assertThat(unsettled.confidence().get("customer.email")).isEqualTo(0.82 * CustomerReader.DISAGREE);

        // The scaled reading no address: the box as it is stands in for it.
        ExtractedFields h = EXTRACTOR.extract(List.of(page(FORM, reading("wangjg@xhjm.com", 0.8), scaled("wangjgxhjm", 0.9))));
        assertThat(h.customer().email()).isEqualTo("wangjg@xhjm.com");
    }

    @Test
    void anAddressNoOtherReadingAgreesWithGoesToReviewWithHalfItsConfidence() {
        // tuning-0373: the page "dqnfa" surer than either reading of its box, both of which say "qnfa".
        ExtractedFields f = withBox("wanggm@dqnfa.net", 0.6, reading("wanggm@qnfa.net", 0.39), scaled("wanggm@qnfa.net", 0.24));
        assertThat(f.customer().email()).isEqualTo("wanggm@dqnfa.net");
        assertThat(f.confidence().get("customer.email")).isEqualTo(0.3).isLessThan(0.5);

        // Readings all agreeing with the one taken keep its confidence whole.
        ExtractedFields agreed = withBox("yangyk@puaaf.com", 0.92,
                reading("yangyk@puaaf.com", 0.41), scaled("yangyk@puaaf.com", 0.3));
        assertThat(agreed.customer().email()).isEqualTo("yangyk@puaaf.com");
        assertThat(agreed.confidence().get("customer.email")).isEqualTo(0.92);

        // Two agreeing do not outvote a third (tuning-0113: page and box as it is "ymvatl" at 0.81, scaled
        // the right "ymvqtl"): still for review.
        ExtractedFields twoOfThree = withBox("yangtb@ymvatl.com", 0.81,
                reading("yangtb@ymvatl.com", 0.81), scaled("yangtb@ymvqtl.com", 0.47));
        assertThat(twoOfThree.customer().email()).isEqualTo("yangtb@ymvatl.com");
        assertThat(twoOfThree.confidence().get("customer.email")).isEqualTo(0.81 * CustomerReader.DISAGREE);

        // A reading that is only a slip the rules put right towards the one taken does not dispute it (tuning-0192).
        assertThat(CustomerReader.agreement("liurt@amia.com", List.of("liurt@amia.com", "liurtt@amia.com", "liurt@amia.com")))
                .isEqualTo(1.0);
        assertThat(CustomerReader.agreement("a@b.cn", List.of("a@b.cn", "a@b.cn", "a@b.cn"))).isEqualTo(1.0);
        assertThat(CustomerReader.agreement("a@b.cn", List.of("a@b.cn", "a@b.cn", "x@b.cn"))).isEqualTo(CustomerReader.DISAGREE);
        assertThat(CustomerReader.agreement("a@b.cn", List.of("a@b.cn"))).isEqualTo(1.0); // nothing else read
        assertThat(CustomerReader.agreement("a@b.cn", List.of("a@b.cn", "x@b.cn", "y@b.cn"))).isEqualTo(CustomerReader.DISAGREE);
    }

    @Test
    void aMailboxNamesOpeningTheReadingsDisagreeOnIsTheOneThatOpensWithASurnameForReview() {
        // tuning-0818: the box's left edge cut the w the page read before "uqd", and the page read the @ as "a".
        ExtractedFields cut = withBox(",Wuqdatuigv.net", 0.8, reading("uqd@tuigv.net", 0.57), scaled("uqd@tuigv.net", 0.91));
        assertThat(cut.customer().email()).isEqualTo("wuqd@tuigv.net");
        assertThat(cut.confidence().get("customer.email")).isLessThan(0.5); // mended by its shape only: review

        // tuning-0598: the page's "1ifc" (a 1 for the l), the box as it is "1lifc", scaled the right "lifc".
        ExtractedFields one = withBox("1ifc@kckr.com.cn", 0.48,
                reading("1lifc@kckr.com.cn", 0.5), scaled("lifc@kckr.com.cn", 0.85));
        assertThat(one.customer().email()).isEqualTo("lifc@kckr.com.cn");
        assertThat(one.confidence().get("customer.email")).isLessThan(0.5);

        // Both openings are surnames' (tuning-0472: luui, liuui): left as taken, for review.
        ExtractedFields both = withBox("liuui@iwm.com.cn", 0.69,
                reading("huui@iwm.com.cn", 0.79), scaled("luui@iwm.com.cn", 0.7));
        assertThat(both.customer().email()).isEqualTo("luui@iwm.com.cn");
        assertThat(both.confidence().get("customer.email")).isLessThan(0.5);
    }

    @Test
    void aCapitalIAndTheAtsRingAreReadAsAnAddressIsWrittenOnEveryReading() {
        // tuning-0735: every reading "Ikhept"; tuning-0261: the page's "chenlhQ@" beside the box's "chenlh@".
        ExtractedFields l = withBox("yangda@Ikhept.com", 0.46,
                reading("yangda@Ikhept.com", 0.19), scaled("yangda@Ikhept.com", 0.0));
        assertThat(l.customer().email()).isEqualTo("yangda@lkhept.com");

        ExtractedFields ring = withBox("chenlhQ@viy.com.cn", 0.58,
                reading("chenlh@viy.com.cn", 0.92), scaled("chenlh@viy.com.cn", 0.91));
        assertThat(ring.customer().email()).isEqualTo("chenlh@viy.com.cn");
        assertThat(ring.confidence().get("customer.email")).isEqualTo(0.92); // all three agree now

        // tuning-0989: the scaled box and the page "cheny1" (0.88), the box as it is "cheny1l": a lone 1 among
        // letters is the l of an address written in letters, and for a clerk's look, not indexed as read
        ExtractedFields one = withBox("Cheny1@zedspw.net", 0.9,
                reading("Cheny1l@zedspw.net", 0.47), scaled("Cheny1@zedspw.net", 0.88));
        assertThat(one.customer().email()).isEqualTo("chenyl@zedspw.net");
        assertThat(one.confidence().get("customer.email")).isLessThan(0.5);

        // tuning-0494: ".cr" put right to .cn, still for review
        ExtractedFields tld = EXTRACTOR.extract(List.of(page(FORM, scaled("zhangci@ajmcu.cr", 0.52))));
        assertThat(tld.customer().email()).isEqualTo("zhangci@ajmcu.cn");
        assertThat(tld.confidence().get("customer.email")).isLessThan(0.5);
    }

    // A reading of the e-mail box by {@code model} whose glyph {@code at} the LSTM also weighed {@code rival} for.
    private static FieldReading runnerUp(String text, double confidence, String model, int at, String rival, double c) {
        return new FieldReading(FieldRereads.EMAIL, 1, 240, 150, 300, 50, text, confidence, model,
                List.of(new FieldReading.RunnerUp(at, String.valueOf(text.replaceAll("\\s+", "").charAt(at)), rival, c)));
    }

    @Test
    void anAWhoseRunnerUpIsAQOrGIsReadAsThatLetterAndTheAddressGoesToReview() {
        // tuning-0978: the page and both box readings "ymaf", the box's a weighed a q at 0.60 and 0.71.
        ExtractedFields f = withBox("liupl@ymaf.cn", 0.55, runnerUp("liupl@ymaf.cn", 0.59, FieldReading.PAGE_MODEL, 8, "q", 0.60),
                runnerUp("liupl@ymaf.cn", 0.05, FieldReading.SCALED, 8, "q", 0.71));
        assertThat(f.customer().email()).isEqualTo("liupl@ymqf.cn");
        assertThat(f.confidence().get("customer.email")).isLessThan(0.5);

        // tuning-1137: the page read "exaf" surely (0.9), as the box did, whose a weighed a q at 0.66 and 0.73: the
        // page read the very letter the box doubts, so its sureness does not outweigh the box's q (review).
        ExtractedFields same = withBox("huangyz@exaf.net", 0.9, runnerUp("huangyz@exaf.net", 0.65, FieldReading.PAGE_MODEL, 10, "q", 0.66),
                runnerUp("huangyz@exaf.net", 0.54, FieldReading.SCALED, 10, "q", 0.73));
        assertThat(same.customer().email()).isEqualTo("huangyz@exqf.net");
        assertThat(same.confidence().get("customer.email")).isLessThan(0.5);
        // without the runner-up, the page's sure reading stands as before
        ExtractedFields sure = withBox("huangyz@exaf.net", 0.9, reading("huangyz@exaf.net", 0.65), scaled("huangyz@exaf.net", 0.54));
        assertThat(sure.customer().email()).isEqualTo("huangyz@exaf.net");

        // tuning-0257: the scaled box "vemaqvg", its a weighed a q at 0.75: one q read twice, as an a and as a q.
        assertThat(FieldRereads.email(runnerUp("wangft@vemaqvg.net", 0.48, FieldReading.SCALED, 10, "q", 0.75)))
                .contains("wangft@vemqvg.net");
        // a g the a's runner-up (the same descender)
        assertThat(FieldRereads.email(runnerUp("wang ft@vemavg.net", 0.6, FieldReading.SCALED, 10, "g", 0.5)))
                .contains("wangft@vemgvg.net");
        // tuning-0463's box as it is: the q weighed at 0.24 only, below DESCENDER: read as it is, and no doubt
        FieldReading faint = runnerUp("zhouga@marblp.cn", 0.75, FieldReading.PAGE_MODEL, 8, "q", 0.24);
        assertThat(FieldRereads.email(faint)).contains("zhouga@marblp.cn");
        assertThat(FieldRereads.descenderDoubted(faint)).isFalse();
        // another letter's runner-up (a b weighed as an h) is no descender's doubt
        FieldReading bh = runnerUp("liie@vwqbw.com", 0.65, FieldReading.PAGE_MODEL, 8, "h", 0.37);
        assertThat(FieldRereads.email(bh)).contains("liie@vwqbw.com");
        assertThat(FieldRereads.descenderDoubted(bh)).isFalse();
        // a right reading the LSTM was sure of: the same confidence as before runners-up were kept
        ExtractedFields clean = withBox("huangpz@yolhkv.cn", 0.8, reading("huangpz@yolhkv.cn", 0.91));
        assertThat(clean.confidence().get("customer.email")).isEqualTo(0.91);
    }

    @Test
    void aLocalPartSplitByASpaceOnThePageIsJoinedAndNeverOutweighsTheBoxReadings() {
        // tuning-0376: the page "Zhangi j@qowr.cn" at 0.91 gave "j@qowr.cn"; the box alone read it whole at 0.0.
        List<OcrWord> split = FORM.stream().filter(w -> !w.text().equals(",com")).flatMap(w -> w.text().equals("wangjgQxhjm")
                ? java.util.stream.Stream.of(new OcrWord("Zhangi", 0.91, 250, 160, 97, 30, 1),
                        new OcrWord("j@qowr.cn", 0.91, 358, 160, 144, 30, 1)) : java.util.stream.Stream.of(w)).toList();

        ExtractedFields f = EXTRACTOR.extract(List.of(page(split, reading("Zhangij@qowr.cn", 0.0),
                scaled("Zhangij@qowr.cn", 0.0))));
        assertThat(f.customer().email()).isEqualTo("zhangij@qowr.cn");
        assertThat(f.confidence().get("customer.email")).isLessThan(0.5);

        // No reading of the box: the page's address joined, for review.
        ExtractedFields alone = EXTRACTOR.extract(List.of(page(split)));
        assertThat(alone.customer().email()).isEqualTo("zhangij@qowr.cn");
        assertThat(alone.confidence().get("customer.email")).isLessThan(0.5);

        assertThat(CustomerReader.joinedAcrossSpace("Zhangi j@qowr.cn", "j@qowr.cn")).contains("zhangij@qowr.cn");
        assertThat(CustomerReader.joinedAcrossSpace("zhangij@qowr.cn", "zhangij@qowr.cn")).isEmpty();
        assertThat(CustomerReader.joinedAcrossSpace("E-mail j@qowr.cn", "j@qowr.cn")).isEmpty(); // the label's word
        assertThat(CustomerReader.joinedAcrossSpace("见 j@qowr.cn", "j@qowr.cn")).isEmpty();
    }

    @Test
    void anAddressWordThePageValueStoppedInsideIsBoxedToItsEnd() {
        // tuning-0091: a card's cell "Zhanggy@qma|lvf.com", its value cut at the | by the page reading.
        List<OcrWord> card = List.of(new OcrWord("客户名称", 0.96, 100, 100, 120, 30, 0),
                new OcrWord("杭州西湖精密机械有限公司", 0.94, 400, 100, 360, 30, 0),
                new OcrWord("E-mail", 0.97, 100, 160, 88, 30, 1),
                new OcrWord("Zhanggy@qma|lvf.com", 0.67, 400, 160, 325, 30, 1));

        FieldRegion r = EXTRACTOR.rereadRegions().of(page(card)).get(0);

        assertThat(r.x() + r.width()).isGreaterThan(400 + 325);
    }

    @Test
    void aReReadingOnlyAFirstCharacterOffAValidPageReadIsTakenAsCutShort() {
        assertThat(FieldRereads.cutShort("uangpz@yolhkv.cn", "huangpz@yolhkv.cn")).isTrue();
        assertThat(FieldRereads.cutShort("suwz@vvrfub.net", "xuwz@vvrfub.net")).isTrue();
        assertThat(FieldRereads.cutShort("wujs@wpm.com.cn", "wugs@wpm.com.cn")).isFalse();
        assertThat(FieldRereads.cutShort("wujs@wpm.com.cn", "wujs@wpm.com.cn")).isFalse();
    }

    @Test
    void aReadingIsMatchedToItsLabelOnItsOwnPage() {
        // Page 2 has the e-mail; the reading filed under its row 1 must not be taken for page 1's row 1.
        OcrPage first = page(FORM.subList(0, 4));
        OcrPage second = page(FORM, reading("wangjg@xhjm.com", 0.87));
        FieldRereads.ByLine byLine = FieldRereads.ByLine.of(List.of(first, second));

        assertThat(byLine.all(1, FieldRereads.EMAIL)).isEmpty();
        assertThat(byLine.all(2 + 1, FieldRereads.EMAIL)).isNotEmpty(); // page 1: one row and its empty line
        assertThat(EXTRACTOR.extract(List.of(first, second)).customer().email()).isEqualTo("wangjg@xhjm.com");
    }

    // A customer card as Tesseract located it (tuning-0104): the industry cell right of 所属行业 not
    // read at all, the registration date's Chinese numerals read as Latin by the eng half.
    private static final List<OcrWord> CARD = List.of(
            new OcrWord("填表日期", 0.95, 155, 390, 120, 28, 0), new OcrWord("=O-f#+—A+T+—H", 0.0, 391, 392, 400, 30, 0),
            new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 1), new OcrWord("沈阳永泰商贸有限公司", 0.9, 391, 470, 305, 28, 1),
            new OcrWord("客户等级", 0.96, 155, 550, 120, 28, 2), new OcrWord("普通客户", 0.96, 391, 550, 118, 28, 2),
            new OcrWord("所属行业", 0.96, 849, 550, 120, 28, 2));

    private static FieldReading again(String field, int row, String text, double confidence) {
        return new FieldReading(field, row, 0, 0, 100, 40, text, confidence);
    }

    @Test
    void anEmptyCellRightOfItsLabelIsReadAgainInChinese() {
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(page(CARD));

        FieldRegion cell = regions.stream().filter(r -> r.field().equals(FieldRereads.INDUSTRY)).findFirst().orElseThrow();
        assertThat(cell.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(cell.characters()).isEmpty();
        assertThat(cell.row()).isEqualTo(2);
        // From just right of 所属行业 (ends 969) a cell's width on, inside the page (1654 wide).
        assertThat(cell.x()).isBetween(970, 985);
        assertThat(cell.x() + cell.width()).isGreaterThan(1300).isLessThanOrEqualTo(1654);
        assertThat(cell.y()).isLessThan(550);
        assertThat(cell.y() + cell.height()).isGreaterThan(578).isLessThan(600);
    }

    @Test
    void aLabelEndingItsRowHasItsCellReadAgainNotTheRowBelow() {
        // tuning-0120: 行业分类 ends its row (its cell skipped by OCR), some of its characters boxed
        // far taller than the line; the scanner takes the address below as its value.
        List<OcrWord> card = List.of(
                new OcrWord("VIP", 0.9, 587, 870, 73, 30, 0), new OcrWord("行业", 0.9, 1278, 865, 191, 43, 0),
                new OcrWord("分", 0.9, 1392, 847, 44, 76, 0), new OcrWord("类", 0.9, 1435, 847, 39, 76, 0),
                new OcrWord("广东省广州市天河区天河北路864号", 0.9, 591, 993, 760, 45, 1));

        FieldRegion cell = EXTRACTOR.rereadRegions().of(page(card)).stream()
                .filter(r -> r.field().equals(FieldRereads.INDUSTRY)).findFirst().orElseThrow();

        assertThat(cell.row()).isZero();
        assertThat(cell.x()).isGreaterThan(1474); // right of 类, not over the address
        assertThat(cell.y()).isLessThan(865);
        assertThat(cell.y() + cell.height()).isLessThan(993); // not into the address row
    }

    @Test
    void anIndustryCutToOneCharacterHasItsCellReadAgainNotThatCharactersBox() {
        // tuning-0870: 行业分类 : 育, a 7-px speck left of 商业银行; a two-character value that is no industry keeps its box
        // (and has its cell read as well).
        List<OcrWord> cut = List.of(new OcrWord("客户级别", 0.93, 173, 628, 146, 35, 0), new OcrWord(":C类客户", 0.88, 332, 629, 142, 35, 0),
                new OcrWord("行业分类", 0.95, 894, 626, 149, 35, 0), new OcrWord(":", 0.89, 1064, 642, 5, 19, 0),
                new OcrWord("育", 0.0, 1100, 632, 7, 21, 0));
        List<OcrWord> twoCharacters = List.of(cut.get(0), cut.get(1), cut.get(2), cut.get(3), new OcrWord("育才", 0.3, 1100, 632, 60, 33, 0));

        FieldRegion cell = EXTRACTOR.rereadRegions().of(page(cut)).stream()
                .filter(r -> r.field().equals(FieldRereads.INDUSTRY)).findFirst().orElseThrow();
        List<FieldRegion> boxes = EXTRACTOR.rereadRegions().of(page(twoCharacters)).stream()
                .filter(r -> r.field().equals(FieldRereads.INDUSTRY)).toList();
        FieldRegion box = boxes.stream().min(java.util.Comparator.comparingInt(FieldRegion::width)).orElseThrow();

        assertThat(cell.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(cell.x()).isGreaterThan(1064).isLessThanOrEqualTo(1100); // from the colon, over the speck
        assertThat(cell.x() + cell.width()).isGreaterThan(1100 + 4 * 35); // a cell's width: room for 商业银行
        assertThat(box.x() + box.width()).isLessThan(1100 + 60 + 2 * 35); // its own words and a character's tail
        assertThat(boxes).as("its words' box and its cell").hasSize(2);
    }

    @Test
    void onlyValuesThePageReadAsNoSuchValueAreReadAgain() {
        List<FieldRegion> regions = EXTRACTOR.rereadRegions().of(page(CARD));

        // The date read as Latin and the empty industry cell; not the name or tier the page read right.
        assertThat(regions).extracting(FieldRegion::field)
                .containsExactlyInAnyOrder(FieldRereads.REGISTERED_ON, FieldRereads.INDUSTRY);
        FieldRegion date = regions.stream().filter(r -> r.field().equals(FieldRereads.REGISTERED_ON)).findFirst().orElseThrow();
        assertThat(date.x()).isBetween(380, 391); // over the value's own word
        assertThat(date.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(EXTRACTOR.rereadRegions().of(page(FORM))).extracting(FieldRegion::field)
                .containsExactly(FieldRereads.EMAIL);
    }

    @Test
    void aChineseReadingAgainGivesTheValueThePageMissedWithItsOwnConfidence() {
        ExtractedFields pageOnly = EXTRACTOR.extract(List.of(page(CARD)));
        ExtractedFields again = EXTRACTOR.extract(List.of(page(CARD,
                again(FieldRereads.INDUSTRY, 2, "连锁零售", 0.9), again(FieldRereads.REGISTERED_ON, 0, "二o一五年十二月十二日", 0.8))));

        assertThat(pageOnly.customer().industry()).isNull();
        assertThat(pageOnly.registeredOn()).isNull();
        assertThat(again.customer().industry().code()).isEqualTo("F");
        assertThat(again.customer().industry().raw()).isEqualTo("连锁零售");
        assertThat(again.confidence().get("customer.industry")).isEqualTo(0.81); // 0.9 × a keyword's 0.9
        assertThat(again.registeredOn()).isEqualTo(LocalDate.of(2015, 12, 12));
        assertThat(again.confidence().get("registeredOn")).isEqualTo(0.8);
    }

    @Test
    void anIndustryThatMayBeTheHeadOfALongerOneIsReadAgainAndTakenFromItsBoxsReadings() {
        // tuning-0543: 商业银行 (J) read "商业" (F), both readings of its box 商业银行 at 0.96.
        List<OcrWord> card = new java.util.ArrayList<>(CARD);
        card.add(new OcrWord("商业", 0.93, 1000, 550, 60, 28, 2));

        assertThat(EXTRACTOR.rereadRegions().of(page(card))).extracting(FieldRegion::field).contains(FieldRereads.INDUSTRY);
        assertThat(EXTRACTOR.extract(List.of(page(card))).customer().industry().code()).as("the page alone").isEqualTo("F");
        ExtractedFields again = EXTRACTOR.extract(List.of(page(card,
                again(FieldRereads.INDUSTRY, 2, "商业银行", 0.96), again(FieldRereads.INDUSTRY, 2, "商 业 银 行", 0.96))));
        assertThat(again.customer().industry().code()).isEqualTo("J");
        // Readings of the box that say 商业 again leave it F.
        ExtractedFields same = EXTRACTOR.extract(List.of(page(card, again(FieldRereads.INDUSTRY, 2, "商业", 0.95))));
        assertThat(same.customer().industry().code()).isEqualTo("F");
    }

    @Test
    void aChineseReadingAgainThatIsNoSuchValueGivesNothing() {
        ExtractedFields none = EXTRACTOR.extract(List.of(page(CARD,
                again(FieldRereads.INDUSTRY, 2, "口", 0.4), again(FieldRereads.REGISTERED_ON, 0, "二〇一五年十二", 0.5))));

        assertThat(none.customer().industry()).isNull();
        assertThat(none.registeredOn()).isNull();
        // Nothing was read after 所属行业: no gap; the date's label has junk after it: a gap for a clerk.
        assertThat(none.confidence()).doesNotContainKey("customer.industry").containsEntry("registeredOn", 0.0);
    }

    @Test
    void aPersonsNameBoxIsReadThreeWaysAndItsExtraReadingsCountOnlyForARareGivenName() {
        List<OcrWord> person = List.of(new OcrWord("姓名", 0.9, 155, 390, 60, 28, 0), new OcrWord(":", 0.9, 220, 390, 8, 28, 0),
                new OcrWord("JUS", 0.22, 240, 390, 90, 28, 0));
        List<OcrWord> company = List.of(new OcrWord("单位名称", 0.9, 155, 390, 120, 28, 0), new OcrWord(":", 0.9, 280, 390, 8, 28, 0),
                new OcrWord("BASE", 0.22, 300, 390, 90, 28, 0));

        assertThat(EXTRACTOR.rereadRegions().of(page(person))).extracting(FieldRegion::field, FieldRegion::person)
                .containsExactly(tuple(FieldRereads.NAME, true));
        assertThat(EXTRACTOR.rereadRegions().of(page(company))).extracting(FieldRegion::field, FieldRegion::person)
                .containsExactly(tuple(FieldRereads.NAME, false));
        // A person's name the page read doubtfully: read three ways where a character is rare in names, else as a
        // company's (as it is and bold) — the readings PersonNames weighs could change nothing in it.
        List<OcrWord> rare = List.of(person.get(0), person.get(1), new OcrWord("高舌", 0.27, 240, 390, 60, 28, 0));
        List<OcrWord> common = List.of(person.get(0), person.get(1), new OcrWord("胡海燕", 0.55, 240, 390, 90, 28, 0));
        assertThat(EXTRACTOR.rereadRegions().of(page(rare))).extracting(FieldRegion::largerOnly, FieldRegion::person)
                .containsExactly(tuple(true, true));
        assertThat(EXTRACTOR.rereadRegions().of(page(common))).extracting(FieldRegion::largerOnly, FieldRegion::person)
                .containsExactly(tuple(true, false));
        // tuning-1073: the two models read 马乔 and 马磬, bold 马确, thin 马磊: 磬 is rare in names, 磊 common.
        FieldReading pageModel = again(FieldRereads.NAME, 0, "马乔", 0.45);
        FieldReading large = new FieldReading(FieldRereads.NAME, 0, 0, 0, 100, 40, "马 磬", 0.81, FieldReading.LARGE_MODEL);
        FieldReading bold = new FieldReading(FieldRereads.NAME, 0, 0, 0, 100, 40, "马 确", 0.81, FieldReading.BOLD);
        FieldReading thin = new FieldReading(FieldRereads.NAME, 0, 0, 0, 100, 40, "马 磊", 0.91, FieldReading.THIN);
        ExtractedFields voted = EXTRACTOR.extract(List.of(page(person, pageModel, large)));
        ExtractedFields weighed = EXTRACTOR.extract(List.of(page(person, pageModel, large, bold, thin)));

        assertThat(voted.customer().name()).isEqualTo("马磬");
        assertThat(weighed.customer().name()).isEqualTo("马磊");
        // Never trusted: the two models' disagreement already halved it, the rarer character's choice halves it again.
        assertThat(weighed.confidence().get("customer.name")).isEqualTo(voted.confidence().get("customer.name") / 2, within(0.001))
                .isLessThan(0.5);
        // Thin and bold readings of a person's box take no part in the vote: one that disagrees does not lower a name
        // the two models agree on.
        ExtractedFields agreed = EXTRACTOR.extract(List.of(page(person, again(FieldRereads.NAME, 0, "马磊", 0.8),
                new FieldReading(FieldRereads.NAME, 0, 0, 0, 100, 40, "马 磊", 0.9, FieldReading.LARGE_MODEL), bold)));
        assertThat(agreed.customer().name()).isEqualTo("马磊");
        assertThat(agreed.confidence().get("customer.name")).isEqualTo(0.9);
    }

    @Test
    void aNameReadAsLatinLettersIsTakenFromItsChineseReadingAgain() {
        List<OcrWord> person = List.of(new OcrWord("姓名", 0.9, 155, 390, 60, 28, 0), new OcrWord(":", 0.9, 220, 390, 8, 28, 0),
                new OcrWord("BASE", 0.22, 240, 390, 90, 28, 0));

        assertThat(EXTRACTOR.rereadRegions().of(page(person))).extracting(FieldRegion::field, FieldRegion::largerOnly)
                .containsExactly(tuple(FieldRereads.NAME, false)); // no name to mend: both models' readings are weighed
        assertThat(EXTRACTOR.extract(List.of(page(person, again(FieldRereads.NAME, 0, "胡海燕", 0.7))))
                .customer().name()).isEqualTo("胡海燕");
        // A reading again that is no name either leaves the page's reading (and its low confidence).
        ExtractedFields kept = EXTRACTOR.extract(List.of(page(person, again(FieldRereads.NAME, 0, "8A", 0.3))));
        assertThat(kept.customer().name()).isEqualTo("BASE");
        assertThat(kept.confidence().get("customer.name")).isEqualTo(0.22);
    }

    @Test
    void aNameCharacterThePageReadDoubtfullyIsTakenFromTheLargerModelsSureReading() {
        // tuning-0064: Debian's chi_sim reads 鼎 as 多 in a word of 0.31 (in every font), the larger reads it.
        List<OcrWord> card = List.of(
                new OcrWord("客户", 0.96, 100, 100, 60, 30, 0), new OcrWord("全称", 0.95, 160, 100, 60, 30, 0),
                new OcrWord(":", 0.93, 225, 100, 10, 30, 0), new OcrWord("合肥", 0.96, 240, 100, 60, 30, 0),
                new OcrWord("多", 0.31, 300, 100, 30, 30, 0), new OcrWord("盛建设工程有限公司", 0.94, 330, 100, 270, 30, 0));

        ExtractedFields fixed = EXTRACTOR.extract(List.of(page(card, again(FieldRereads.NAME, 0, "合肥多盛建设工程有限公司", 0.83),
                large(FieldRereads.NAME, 0, "合 肥 鼎 盛 建 设 工 程 有 限 公 司", 0.95))));
        // The Debian box reading alone (it errs as the page does) changes nothing.
        ExtractedFields kept = EXTRACTOR.extract(List.of(page(card, again(FieldRereads.NAME, 0, "合肥鼎盛建设工程有限公司", 0.83))));

        assertThat(fixed.customer().name()).isEqualTo("合肥鼎盛建设工程有限公司");
        assertThat(fixed.confidence().get("customer.name")).isEqualTo(0.94); // its kept words', below the re-reading's
        assertThat(kept.customer().name()).isEqualTo("合肥多盛建设工程有限公司");
        assertThat(kept.confidence().get("customer.name")).isEqualTo(0.31);
    }

    @Test
    void aNameCharacterThePageReadFairlySurelyIsPutRightWhereBothReadingsOfItsBoxAgree() {
        // tuning-0075: 天津星反 for 天津星辰, 反 in a word of 0.79; the larger model reads 辰 as the box is and bold.
        List<OcrWord> card = List.of(
                new OcrWord("公司名称", 0.96, 100, 100, 120, 30, 0), new OcrWord("天津星", 0.93, 240, 100, 90, 30, 0),
                new OcrWord("反", 0.79, 330, 100, 30, 30, 0), new OcrWord("农村商业银行股份有限公司", 0.93, 360, 100, 360, 30, 0));
        FieldReading asItIs = large(FieldRereads.NAME, 0, "天 津 星 辰 农 村 商 业 银 行 股 份 有 限 公 司", 0.96);

        ExtractedFields both = EXTRACTOR.extract(List.of(page(card, asItIs,
                bold(FieldRereads.NAME, 0, "天 津 星 辰 农 村 商 业 银 行 股 份 有 限 公 司", 0.94))));
        ExtractedFields oneOnly = EXTRACTOR.extract(List.of(page(card, asItIs,
                bold(FieldRereads.NAME, 0, "天 津 星 反 农 村 商 业 银 行 股 份 有 限 公 司", 0.94))));

        assertThat(both.customer().name()).isEqualTo("天津星辰农村商业银行股份有限公司");
        assertThat(both.confidence().get("customer.name")).isEqualTo(0.93);
        // One reading against the page: the page's name stays, but disputed, below the review threshold.
        assertThat(oneOnly.customer().name()).isEqualTo("天津星反农村商业银行股份有限公司");
        assertThat(oneOnly.confidence().get("customer.name")).isLessThan(PipelineSettings.defaults().reviewThreshold());
    }

    @Test
    void aLegalFormThatLostACharacterIsCompletedFromTheBoxReadingOrSentToReview() {
        // tuning-0750: 合肥汇通食品限公司 (有 lost), the larger model reads 台肥汇通食品有限公司 (its first glyph cut).
        List<OcrWord> contract = List.of(
                new OcrWord("甲方", 0.96, 100, 100, 60, 30, 0), new OcrWord(":", 0.93, 165, 100, 10, 30, 0),
                new OcrWord("合肥汇通食品限公司", 0.86, 180, 100, 270, 30, 0));

        ExtractedFields completed = EXTRACTOR.extract(List.of(page(contract,
                large(FieldRereads.NAME, 0, "台 肥 汇 通 食 品 有 限 公 司", 0.93),
                bold(FieldRereads.NAME, 0, "台 肥 汇 通 食 品 有 限 公 司 |", 0.89))));
        ExtractedFields alone = EXTRACTOR.extract(List.of(page(contract)));

        assertThat(completed.customer().name()).isEqualTo("合肥汇通食品有限公司");
        assertThat(completed.confidence().get("customer.name")).isEqualTo(0.86);
        // Nothing writes the form whole: the name as read, for a clerk to complete, never silently indexed.
        assertThat(alone.customer().name()).isEqualTo("合肥汇通食品限公司");
        assertThat(alone.confidence().get("customer.name")).isLessThan(PipelineSettings.defaults().reviewThreshold());
    }

    @Test
    void aNamesBoxKeepsToItsTextLineWhereASealBoxedSomeOfItsWordsFarTaller() {
        // tuning-0524: a seal over 北京正泰教育咨询有限公司 boxed 咨询 141 px tall on a 48 px line; the box read junk.
        List<OcrWord> contract = new java.util.ArrayList<>(List.of(
                new OcrWord("甲方", 0.91, 257, 750, 120, 47, 0), new OcrWord(":北京", 0.41, 630, 713, 138, 84, 0),
                new OcrWord("正厅", 0.0, 793, 749, 76, 48, 0), new OcrWord("咨询", 0.0, 1005, 704, 68, 141, 0),
                new OcrWord("有限", 0.93, 1082, 749, 90, 49, 0), new OcrWord("公司", 0.67, 1220, 752, 52, 84, 0)));
        for (int r = 1; r <= 6; r++) { // the page's other rows, at its text height
            contract.add(new OcrWord("地址", 0.95, 257, 750 + 120 * r, 120, 48, r));
            contract.add(new OcrWord("上海市浦东新区", 0.95, 400, 750 + 120 * r, 420, 47, r));
        }

        FieldRegion name = EXTRACTOR.rereadRegions().of(page(contract)).stream()
                .filter(r -> r.field().equals(FieldRereads.NAME)).findFirst().orElseThrow();

        // The line's band (749-801 and a margin), not the seal's 704-845.
        assertThat(name.y()).isGreaterThan(730).isLessThan(749);
        assertThat(name.y() + name.height()).isGreaterThan(801).isLessThan(830);
        // The e-mail's box, on a page without a seal, is as before: the union of its words.
        FieldRegion email = EXTRACTOR.rereadRegions().of(page(FORM)).get(0);
        assertThat(email.y()).isLessThan(160);
    }

    @Test
    void aNameLatinLettersInterruptIsTakenFromTheReadingsOfItsBox() {
        // tuning-0469: the page read 广州正泰餐se wit Pe) ay a六ay; both larger-model readings read the name.
        List<OcrWord> form = List.of(
                new OcrWord("客户名称", 0.96, 100, 100, 120, 30, 0), new OcrWord(":", 0.93, 225, 100, 10, 30, 0),
                new OcrWord("广州正泰餐se", 0.3, 240, 100, 180, 30, 0), new OcrWord("wit", 0.1, 430, 100, 60, 30, 0),
                new OcrWord("Pe)", 0.1, 500, 100, 50, 30, 0), new OcrWord("ay", 0.1, 560, 100, 40, 30, 0),
                new OcrWord("a六ay", 0.02, 610, 100, 80, 30, 0));

        ExtractedFields read = EXTRACTOR.extract(List.of(page(form,
                large(FieldRereads.NAME, 0, "广 州 正 泰 餐 饮 管 理 有 限 公 司", 0.95),
                bold(FieldRereads.NAME, 0, "广 州 正 泰 餐 饮 管 理 有 限 公 司", 0.95))));
        ExtractedFields differing = EXTRACTOR.extract(List.of(page(form,
                large(FieldRereads.NAME, 0, "广 州 正 泰 餐 饮 管 理 有 限 公 司", 0.95),
                bold(FieldRereads.NAME, 0, "广 州 正 泰 餐 伙 管 理 有 限 公 司", 0.9))));

        assertThat(read.customer().name()).isEqualTo("广州正泰餐饮管理有限公司");
        assertThat(read.confidence().get("customer.name")).isEqualTo(0.95);
        // Two readings of the box that differ: the surer, for review.
        assertThat(differing.customer().name()).isEqualTo("广州正泰餐饮管理有限公司");
        assertThat(differing.confidence().get("customer.name")).isLessThan(PipelineSettings.defaults().reviewThreshold());
    }

    @Test
    void aNameLabelWhoseValueIsTheNextCellsLabelHasTheCellBetweenReadAgainWithItsLabelWord() {
        // tuning-0487: "客户姓名:" swallowed the name written right after its colon; the page took 性别男 as its value.
        List<OcrWord> person = List.of(
                new OcrWord("客户姓名:", 0.73, 201, 604, 358, 50, 0),
                new OcrWord("性", 0.93, 1336, 604, 73, 46, 0), new OcrWord("别", 0.52, 1416, 604, 27, 45, 0),
                new OcrWord("男", 0.5, 1470, 604, 22, 44, 0));

        FieldRegion cell = EXTRACTOR.rereadRegions().of(page(person)).stream()
                .filter(r -> r.field().equals(FieldRereads.NAME)).findFirst().orElseThrow();
        ExtractedFields read = EXTRACTOR.extract(List.of(page(person, again(FieldRereads.NAME, 0, "客户姓名:张艳", 0.8))));
        ExtractedFields unread = EXTRACTOR.extract(List.of(page(person, again(FieldRereads.NAME, 0, "客户姓名:", 0.8))));

        // From the label's last word (it may hold the name) to the next cell's label, not over 性别男.
        assertThat(cell.x()).isLessThanOrEqualTo(201);
        assertThat(cell.x() + cell.width()).isLessThan(1336);
        assertThat(read.customer().name()).isEqualTo("张艳");
        assertThat(unread.customer().name()).isNull(); // 性别男 is no name
    }

    private static FieldReading bold(String field, int row, String text, double confidence) {
        return new FieldReading(field, row, 0, 0, 10, 10, text, confidence, FieldReading.BOLD);
    }

    // A card the page read whole: its name, tier and industry parse; the tier word's confidence varies.
    private static List<OcrWord> cardWithTier(String tier, double confidence, double nameConfidence) {
        return List.of(
                new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 0), new OcrWord("沈阳永泰商贸有限公司", nameConfidence, 391, 470, 305, 28, 0),
                new OcrWord("客户等级", 0.96, 155, 550, 120, 28, 1), new OcrWord(tier, confidence, 391, 550, 118, 28, 1),
                new OcrWord("所属行业", 0.96, 849, 550, 120, 28, 1), new OcrWord("连锁零售", 0.95, 1000, 550, 120, 28, 1));
    }

    /** The card, its tier read 重要客户 (KEY) with {@code confidence}, extracted with {@code rereads}. */
    private static ExtractedFields keyCard(double confidence, FieldReading... rereads) {
        return EXTRACTOR.extract(List.of(page(cardWithTier("重要客户", confidence, 0.96), rereads)));
    }

    private static FieldReading large(String field, int row, String text, double confidence) {
        return new FieldReading(field, row, 0, 0, 100, 40, text, confidence, FieldReading.LARGE_MODEL);
    }

    @Test
    void aValueThePageReadWithADoubtfulWordIsReadAgainAConfidentOneIsNot() {
        double doubtful = FieldRereads.DOUBT - 0.1;
        List<FieldRegion> asked = EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", doubtful, 0.96)));

        assertThat(asked).extracting(FieldRegion::field).containsExactly(FieldRereads.TIER);
        FieldRegion tier = asked.get(0);
        assertThat(tier.row()).isEqualTo(1);
        assertThat(tier.x()).isBetween(380, 391); // over the tier word, in Chinese
        assertThat(tier.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(tier.largerOnly()).isFalse(); // a tier is voted on by the readings of both models
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", FieldRereads.DOUBT + 0.05, 0.96)))).isEmpty();
        // A name is read again below its own threshold, for NameCorrection to put its characters right from the
        // larger model's readings: the page's model, which misread them, does not read it again. A name read
        // moderately surely (above DOUBT, below READ) is read again too: a one-character slip hides there.
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", 0.96, NameCorrection.DOUBT - 0.05))))
                .extracting(FieldRegion::field, FieldRegion::largerOnly).containsExactly(tuple(FieldRereads.NAME, true));
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", 0.96, NameCorrection.DOUBT + 0.05))))
                .extracting(FieldRegion::field, FieldRegion::largerOnly).containsExactly(tuple(FieldRereads.NAME, true));
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", 0.96, NameCorrection.CHECK + 0.01)))).isEmpty();
    }

    /** A form with the company's name read in the words {@code name} and, below, an address line {@code address}. */
    private static List<OcrWord> formWithName(List<OcrWord> name, String address) {
        List<OcrWord> out = new java.util.ArrayList<>(List.of(new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 0),
                new OcrWord(":", 0.95, 280, 470, 10, 28, 0)));
        out.addAll(name);
        out.addAll(List.of(new OcrWord("联系地址", 0.96, 155, 550, 120, 28, 1), new OcrWord(":", 0.95, 280, 550, 10, 28, 1),
                new OcrWord(address, 0.95, 300, 550, 400, 28, 1)));
        return out;
    }

    private static List<OcrWord> name(String place, double placeConfidence, String firm, double firmConfidence,
                                      String form, double formConfidence) {
        return List.of(new OcrWord(place, placeConfidence, 300, 470, 60, 28, 0),
                new OcrWord(firm, firmConfidence, 365, 470, 120, 28, 0),
                new OcrWord(form, formConfidence, 490, 470, 120, 28, 0));
    }

    @Test
    void aNamesDoubtOnlyInWhatThePaperConfirmsIsNoReasonToReadItAgain() {
        String address = "湖南省长沙市岳麓区麓山南路 932 号";
        // 有限公司 read whole at 0.6: a re-reading that changed it would only break it.
        assertThat(EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.95, "天润物业服务", 0.95, "有限公司", 0.6), address))))
                .isEmpty();
        // The place at 0.8, and the address names 长沙 too: two places on the paper agree.
        assertThat(EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.8, "天润物业服务", 0.95, "有限公司", 0.95), address))))
                .isEmpty();
        // The same place where the address names another: read again.
        assertThat(EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.8, "天润物业服务", 0.95, "有限公司", 0.95),
                "湖北省武汉市江汉区解放大道 1 号")))).extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
        // The 字号 doubtful: read again, whatever the rest.
        assertThat(EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.95, "天润物业服务", 0.8, "有限公司", 0.95), address))))
                .extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
        // A legal form misread (限公司) confirms nothing: read again.
        assertThat(EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.95, "天润物业服务", 0.95, "限公司", 0.6), address))))
                .extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
    }

    @Test
    void aCompanysNameWhoseLegalFormWasCutIsReadAgainInABoxReachingPastTheCut() {
        String address = "湖南省长沙市岳麓区麓山南路 932 号";
        // …有限 read surely (tuning-1478: the page dropped 公司): read again however sure the rest.
        List<FieldRegion> cut = EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.95, "明德物流", 0.95, "有限", 0.95), address)));
        assertThat(cut).extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
        // The box reaches three text heights (28 px) past the words, not one: room for 公司 the page lost.
        FieldRegion whole = EXTRACTOR.rereadRegions().of(page(formWithName(name("长沙", 0.95, "明德物流", 0.8, "有限公司", 0.95), address))).get(0);
        assertThat(whole.x() + whole.width()).isLessThan(610 + 2 * 28);
        assertThat(cut.get(0).x() + cut.get(0).width()).isGreaterThanOrEqualTo(610 + 3 * 28);
        assertThat(cut.get(0).x()).isEqualTo(whole.x());
    }

    @Test
    void aCompanysNameOpeningWithNoPlaceIsReadInABoxReachingALittleFurtherLeft() {
        // tuning-1283: the page lost 南 of 南昌 at the cell's edge and read 昌华信…; a box from 昌's edge read 昌华信… too.
        java.util.function.Function<String, FieldRegion> box = n -> EXTRACTOR.rereadRegions().of(page(List.of(
                new OcrWord("公司名称", 0.96, 100, 470, 120, 28, 0), new OcrWord(n, 0.82, 330, 470, 330, 28, 0),
                new OcrWord("联系地址", 0.96, 100, 550, 120, 28, 1), new OcrWord("江西省南昌市东湖区八一大道3号", 0.95, 330, 550, 400, 28, 1))))
                .get(0);
        FieldRegion placed = box.apply("南昌华信汽车配件有限公司");
        FieldRegion noPlace = box.apply("昌华信汽车配件有限公司");
        assertThat(noPlace.x()).isEqualTo(placed.x() - 28); // one text height
        assertThat(noPlace.x() + noPlace.width()).isEqualTo(placed.x() + placed.width());
    }

    // A contract whose 甲方 label OCR garbled ("Hy (BE).", its word boxed over the whole row, tuning-0054): the
    // company is found without a label, and the page's model read 鼎盛 as 电感.
    private static List<OcrWord> garbledParty(double firm) {
        return List.of(new OcrWord("Hy", 0.37, 150, 470, 60, 28, 0), new OcrWord("(BE).", 0.39, 220, 470, 500, 28, 0),
                new OcrWord("太原", 0.96, 300, 470, 60, 28, 0), new OcrWord("电感", firm, 365, 470, 60, 28, 0),
                new OcrWord("建设工程有限公司", 0.96, 430, 470, 240, 28, 0),
                new OcrWord("地址", 0.96, 150, 550, 60, 28, 1), new OcrWord(":", 0.95, 215, 550, 10, 28, 1),
                new OcrWord("山西太原市小店区长风街604号", 0.95, 230, 550, 400, 28, 1));
    }

    @Test
    void theBoxOfACompanyFoundWithoutALabelIsReadAgainWhereItsWordsAreDoubtful() {
        List<FieldRegion> asked = EXTRACTOR.rereadRegions().of(page(garbledParty(0.4)));

        assertThat(asked).extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
        FieldRegion box = asked.get(0);
        assertThat(box.row()).isEqualTo(0);
        assertThat(box.largerOnly()).isTrue();
        // From the name's first word to its last, not from the right edge of the label's word boxed over them.
        assertThat(box.x()).isLessThanOrEqualTo(300);
        assertThat(box.x()).isGreaterThan(220 + 60);
        assertThat(box.x() + box.width()).isGreaterThanOrEqualTo(670);
        // Read surely: not read again.
        assertThat(EXTRACTOR.rereadRegions().of(page(garbledParty(0.95)))).isEmpty();
    }

    @Test
    void aCompanyFoundWithoutALabelHasItsDoubtfulCharactersPutRightByTheReadingsOfItsBox() {
        assertThat(EXTRACTOR.extract(List.of(page(garbledParty(0.4)))).customer().name()).isEqualTo("太原电感建设工程有限公司");

        ExtractedFields f = EXTRACTOR.extract(List.of(page(garbledParty(0.4),
                large(FieldRereads.NAME, 0, "太 原 鼎 盛 建 设 工 程 有 限 公 司", 0.93),
                bold(FieldRereads.NAME, 0, "太 原 鼎 盛 建 设 工 程 有 限 公 司", 0.94))));

        assertThat(f.customer().name()).isEqualTo("太原鼎盛建设工程有限公司");
        // Found by its shape (PATTERN 0.8) and read at the lesser of the readings and the kept page words: 0.93 × 0.8.
        assertThat(f.confidence().get("customer.name")).isEqualTo(0.744);
    }

    @Test
    void aCompanysNameIsAsSureAsItsWordsOutsideWhatThePaperConfirmsOfIt() {
        String changsha = "湖南省长沙市岳麓区麓山南路 932 号";
        java.util.function.BiFunction<List<OcrWord>, String, Double> confidence = (name, address) ->
                EXTRACTOR.extract(List.of(page(formWithName(name, address)))).confidence().get("customer.name");
        // 有限公司 read in a word of 0.41: a misread form is no form, so the name is as sure as 长沙天润物业服务.
        assertThat(confidence.apply(name("长沙", 0.95, "天润物业服务", 0.9, "有限公司", 0.41), changsha)).isEqualTo(0.9);
        // 长沙 at 0.3, and the address is in 长沙 too: two places of the paper agree.
        assertThat(confidence.apply(name("长沙", 0.3, "天润物业服务", 0.9, "有限公司", 0.95), changsha)).isEqualTo(0.9);
        // The same place where the address is in another city: the place's own confidence.
        assertThat(confidence.apply(name("长沙", 0.3, "天润物业服务", 0.9, "有限公司", 0.95), "湖北省武汉市江汉区解放大道 1 号"))
                .isEqualTo(0.3);
        // The 字号 read doubtfully: its confidence, whatever the rest.
        assertThat(confidence.apply(name("长沙", 0.95, "天润物业服务", 0.41, "有限公司", 0.95), changsha)).isEqualTo(0.41);
        // A form misread (限公司) confirms nothing.
        assertThat(confidence.apply(name("长沙", 0.95, "天润物业服务", 0.9, "限公司", 0.41), changsha)).isLessThan(0.5);
    }

    @Test
    void aNameReadWithEveryWordAtLeastReadSureIsNotReadAgain() {
        // 0.86: the highest a slip both readings put right was read at was 0.85 (中和和, tuning-0252).
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", 0.96, 0.86))))
                .extracting(FieldRegion::field).containsExactly(FieldRereads.NAME);
        // 0.88 is still below CHECK (its characters could be put right), but no reading of such a name put one right.
        assertThat(NameCorrection.READ).isLessThan(NameCorrection.CHECK);
        assertThat(EXTRACTOR.rereadRegions().of(page(cardWithTier("重要客户", 0.96, 0.88)))).isEmpty();
    }

    @Test
    void aDoubtfulValueARereadingAgreesWithIsKeptWithTheBetterConfidence() {
        ExtractedFields f = keyCard(0.55, again(FieldRereads.TIER, 1, "重要客户", 0.88),
                large(FieldRereads.TIER, 1, "重 要 客 户", 0.93));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.KEY);
        assertThat(f.confidence().get("customer.tier")).isEqualTo(0.93); // the large model's, spaced out as it reads
    }

    @Test
    void theValueBothRereadingsAgreeOnAgainstThePageIsTakenWithTheLesserConfidence() {
        ExtractedFields f = keyCard(0.55, again(FieldRereads.TIER, 1, "普通客户", 0.86),
                large(FieldRereads.TIER, 1, "普通客户", 0.91));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.STANDARD);
        assertThat(f.confidence().get("customer.tier")).isEqualTo(0.86);
    }

    @Test
    void whereNoTwoReadingsAgreeThePageValueStaysWithAConfidenceThatSendsItToReview() {
        ExtractedFields f = keyCard(0.6, again(FieldRereads.TIER, 1, "普通客户", 0.9),
                large(FieldRereads.TIER, 1, "VIP客户", 0.9));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.KEY);
        assertThat(f.confidence().get("customer.tier")).isEqualTo(0.3); // 0.6 × 0.5
        assertThat(ReviewPolicy.needsReview(f, 0.5)).isTrue();
        // A re-reading that is no tier at all is no opinion: the page's value and confidence stand.
        ExtractedFields kept = keyCard(0.6, again(FieldRereads.TIER, 1, "口", 0.4));
        assertThat(kept.customer().tier()).isEqualTo(CustomerTier.KEY);
        assertThat(kept.confidence().get("customer.tier")).isEqualTo(0.6);
    }

    @Test
    void aConfidentPageValueIsNotOverruledByRereadings() {
        ExtractedFields f = keyCard(0.9, again(FieldRereads.TIER, 1, "普通客户", 0.95),
                large(FieldRereads.TIER, 1, "普通客户", 0.95));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.KEY);
        assertThat(f.confidence().get("customer.tier")).isEqualTo(0.9);
    }

    @Test
    void aValueThePageMissedIsTakenFromTheRereadingsAtHalfConfidenceWhereTheModelsDisagree() {
        ExtractedFields agree = EXTRACTOR.extract(List.of(page(CARD,
                again(FieldRereads.REGISTERED_ON, 0, "二o一五年十二月十二日", 0.7),
                large(FieldRereads.REGISTERED_ON, 0, "二 〇 一 五 年 十 二 月 十 二 日", 0.9))));
        ExtractedFields disagree = EXTRACTOR.extract(List.of(page(CARD,
                again(FieldRereads.REGISTERED_ON, 0, "二o一五年十二月十二日", 0.7),
                large(FieldRereads.REGISTERED_ON, 0, "二〇一八年十二月十二日", 0.9))));
        ExtractedFields onlyLarge = EXTRACTOR.extract(List.of(page(CARD,
                again(FieldRereads.REGISTERED_ON, 0, "王国三巧年", 0.4),
                large(FieldRereads.REGISTERED_ON, 0, "二〇一五年十二月十二日", 0.8))));

        assertThat(agree.registeredOn()).isEqualTo(LocalDate.of(2015, 12, 12));
        assertThat(agree.confidence().get("registeredOn")).isEqualTo(0.9);
        assertThat(disagree.registeredOn()).isEqualTo(LocalDate.of(2018, 12, 12)); // the more confident
        assertThat(disagree.confidence().get("registeredOn")).isEqualTo(0.45);
        assertThat(onlyLarge.registeredOn()).isEqualTo(LocalDate.of(2015, 12, 12));
        assertThat(onlyLarge.confidence().get("registeredOn")).isEqualTo(0.8);
    }

    @Test
    void aChineseBoxAfterAWideColonStartsAtTheColonsMiddleNotCuttingTheFirstCharacter() {
        // tuning-0145: the colon boxed 324-353, over the left of 石 (352-387); a box from 354 read 5家庄.
        List<OcrWord> form = List.of(new OcrWord("客户全称", 0.93, 167, 544, 151, 36, 0),
                new OcrWord(":", 0.93, 324, 546, 29, 34, 0), new OcrWord("Ta", 0.3, 352, 537, 35, 55, 0),
                new OcrWord("ea", 0.3, 386, 544, 60, 36, 0));

        FieldRegion name = EXTRACTOR.rereadRegions().of(page(form)).get(0);

        assertThat(name.field()).isEqualTo(FieldRereads.NAME);
        assertThat(name.x()).isEqualTo(324 + 29 / 2);
        assertThat(name.snapLeft()).isPositive(); // on to a blank column between the colon's dots and 石
        // A Latin box keeps the colon's right edge: a sliver of a colon reads as a letter in eng.
        List<OcrWord> email = List.of(new OcrWord("邮箱", 0.93, 167, 544, 80, 36, 0),
                new OcrWord(":", 0.93, 250, 546, 29, 34, 0), new OcrWord("li@ab.cn", 0.5, 290, 544, 160, 36, 0));
        assertThat(EXTRACTOR.rereadRegions().of(page(email)).get(0).x()).isBetween(280, 290);
    }

    @Test
    void aTierTheReadingsOfItsBoxNameOnlyBetweenThemIsTakenForReview() {
        // tuning-1306: the page read the tier as Latin ("HERA"), the box's two readings each misread a character.
        List<OcrWord> card = cardWithTier("HERA", 0.3, 0.96);
        ExtractedFields f = EXTRACTOR.extract(List.of(page(card, again(FieldRereads.TIER, 1, "裕在窜户", 0.17),
                large(FieldRereads.TIER, 1, "潘 在 客 尸", 0.84))));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.PROSPECT);
        assertThat(f.confidence().get(FieldRereads.TIER)).isLessThan(0.5);
        assertThat(EXTRACTOR.extract(List.of(page(card, again(FieldRereads.TIER, 1, "裕在窜户", 0.17)))).customer().tier())
                .as("one reading alone").isNull();
    }

    @Test
    void aTierReadAsItsSuffixAloneHasItsWholeCellReadAgain() {
        // tuning-1312: 普通客户 read "客户", the page's words for 普通 lost; the box of 客户 alone reads "客户" again.
        List<OcrWord> card = List.of(
                new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 0), new OcrWord("沈阳永泰商贸有限公司", 0.96, 391, 470, 305, 28, 0),
                new OcrWord("客户等级", 0.96, 155, 550, 120, 28, 1), new OcrWord("客户", 0.96, 450, 550, 60, 28, 1),
                new OcrWord("所属行业", 0.96, 849, 550, 120, 28, 1), new OcrWord("连锁零售", 0.95, 1000, 550, 120, 28, 1));

        FieldRegion tier = EXTRACTOR.rereadRegions().of(page(card)).stream()
                .filter(r -> r.field().equals(FieldRereads.TIER)).findFirst().orElseThrow();
        // From right of 客户等级 (ends 275) over 客户 (450-510) to the next label (849).
        assertThat(tier.x()).isBetween(276, 300);
        assertThat(tier.x() + tier.width()).isGreaterThan(510).isLessThan(849);
        List<OcrWord> whole = card.stream().map(w -> w.text().equals("客户") ? new OcrWord("普通客户", 0.96, 391, 550, 118, 28, 1) : w)
                .toList();
        assertThat(EXTRACTOR.rereadRegions().of(page(whole))).as("a tier read whole").isEmpty();
    }

    @Test
    void aTierReadAsNoTierHasItsWordsBoxAndItsCellReadAgain() {
        // tuning-1537: C类客户 read "CREP", boxed from right of its C; both models read the box as 类客户.
        List<OcrWord> form = List.of(
                new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 0), new OcrWord("沈阳永泰商贸有限公司", 0.96, 391, 470, 305, 28, 0),
                new OcrWord("客户级别", 0.96, 155, 550, 120, 28, 1), new OcrWord(":", 0.8, 280, 556, 3, 18, 1),
                new OcrWord("CREP", 0.82, 305, 550, 90, 28, 1),
                new OcrWord("所属行业", 0.96, 849, 550, 120, 28, 1), new OcrWord("连锁零售", 0.95, 1000, 550, 120, 28, 1));

        List<FieldRegion> tier = EXTRACTOR.rereadRegions().of(page(form)).stream()
                .filter(r -> r.field().equals(FieldRereads.TIER)).toList();

        assertThat(tier).hasSize(2);
        FieldRegion box = tier.stream().min(java.util.Comparator.comparingInt(FieldRegion::width)).orElseThrow();
        FieldRegion cell = tier.stream().max(java.util.Comparator.comparingInt(FieldRegion::width)).orElseThrow();
        assertThat(box.x() + box.width()).isLessThan(305 + 90 + 2 * 28); // its own word's box, as any value's
        assertThat(cell.x()).isBetween(276, 305); // from the label's end, over the letter its word's box may have left out
        assertThat(cell.x() + cell.width()).isGreaterThan(305 + 4 * 28).isLessThan(849); // up to the next label
        List<OcrWord> vip = form.stream().map(w -> w.text().equals("CREP") ? new OcrWord("VIP", 0.9, 305, 550, 60, 28, 1) : w)
                .toList();
        assertThat(EXTRACTOR.rereadRegions().of(page(vip))).as("a tier in letters that is one").isEmpty();
    }

    @Test
    void aLetterGradeThatLostItsLetterHasItsCellAndItsWordsBoxReadAgain() {
        // tuning-1605: C类客户 read "类客户", its words' box leaving the C out; -2133: the cell from the label's word
        // began right of the C, the words' box read C类客户.
        List<OcrWord> form = List.of(
                new OcrWord("客户名称", 0.96, 155, 470, 120, 28, 0), new OcrWord("沈阳永泰商贸有限公司", 0.96, 391, 470, 305, 28, 0),
                new OcrWord("客户等级", 0.96, 155, 550, 120, 28, 1), new OcrWord("类客户", 0.9, 330, 550, 90, 28, 1));

        List<FieldRegion> tier = EXTRACTOR.rereadRegions().of(page(form)).stream()
                .filter(r -> r.field().equals(FieldRereads.TIER)).toList();

        assertThat(tier).hasSize(2);
        FieldRegion cell = tier.stream().max(java.util.Comparator.comparingInt(FieldRegion::width)).orElseThrow();
        assertThat(cell.x()).isBetween(276, 300); // from right of 客户等级, where the C stands
        assertThat(cell.x() + cell.width()).isGreaterThan(420);
    }

    @Test
    void aSpeckAfterALabelsColonIsNoWordOfTheNextCell() {
        // tuning-1413: "所属行业 : ;", the industry's cell blank but for a 7 px ";".
        List<OcrWord> form = List.of(
                new OcrWord("客户名称", 0.96, 155, 470, 120, 34, 0), new OcrWord("沈阳永泰商贸有限公司", 0.96, 391, 470, 305, 34, 0),
                new OcrWord("所属行业", 0.9, 168, 550, 146, 34, 1), new OcrWord(":", 0.81, 322, 560, 4, 20, 1),
                new OcrWord(";", 0.77, 340, 551, 7, 7, 1));

        FieldRegion cell = EXTRACTOR.rereadRegions().of(page(form)).stream()
                .filter(r -> r.field().equals(FieldRereads.INDUSTRY)).findFirst().orElseThrow();
        assertThat(cell.x()).isLessThan(360); // from the label's colon on, past the speck
        assertThat(cell.x() + cell.width()).isGreaterThan(600);
        List<OcrWord> blot = form.stream().map(w -> w.text().equals(";") ? new OcrWord("育", 0.5, 340, 551, 30, 34, 1) : w)
                .toList();
        assertThat(EXTRACTOR.rereadRegions().of(page(blot))).as("a character of the line's height is read as it stood")
                .extracting(FieldRegion::field).contains(FieldRereads.INDUSTRY);
    }

    @Test
    void aLabelWordFlattenedToARuleLineIsNoMeasureOfTheLabelsLine() {
        // tuning-1463: 所属 read from the rule under the row, 224 px wide and 2 px tall; its cell was boxed 8 px tall.
        List<OcrWord> card = List.of(
                new OcrWord("客户名称", 0.96, 234, 760, 186, 48, 0), new OcrWord("合肥西湖汽车配件有限公司", 0.96, 601, 760, 600, 48, 0),
                new OcrWord("客户级别", 0.93, 234, 861, 186, 48, 1), new OcrWord("潜在客户", 0.9, 601, 864, 170, 45, 1),
                new OcrWord("所属", 0.31, 1170, 903, 224, 2, 1), new OcrWord("行业", 0.97, 1394, 855, 70, 76, 1));

        FieldRegion cell = EXTRACTOR.rereadRegions().of(page(card)).stream()
                .filter(r -> r.field().equals(FieldRereads.INDUSTRY)).findFirst().orElseThrow();
        assertThat(cell.height()).isGreaterThan(48);
        assertThat(cell.y()).isLessThan(861);
        assertThat(cell.x() + cell.width()).isEqualTo(1654); // a cell's width on, to the page's edge (was 32 px)
    }

    @Test
    void aLetterGradeTheBoxsReadingNamesWithItsMiddleGarbledIsTakenForReview() {
        // tuning-1402: "客户级别    @关澡生"; the larger model read the box "C 犯 户".
        List<OcrWord> card = cardWithTier("@关澡生", 0.3, 0.96);
        ExtractedFields f = EXTRACTOR.extract(List.of(page(card, again(FieldRereads.TIER, 1, "@关澡生", 0.32),
                large(FieldRereads.TIER, 1, "C 犯 户", 0.58))));

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.STANDARD);
        assertThat(f.confidence().get(FieldRereads.TIER)).isLessThan(0.5);
        // The page's own reading is no box reading: "C犯户" on the page alone reads nothing.
        assertThat(EXTRACTOR.extract(List.of(page(cardWithTier("C犯户", 0.3, 0.96)))).customer().tier()).isNull();
    }
}
