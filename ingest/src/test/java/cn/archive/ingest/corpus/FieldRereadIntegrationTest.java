package cn.archive.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.ExtractedFields;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Tesseract on corpus scans whose values the whole-page reading gets wrong: the re-reading of
 * the e-mail's box with the {@code eng} single-line engine gives the printed address, that of a
 * Chinese key value's box (or of the empty cell right of its label) with the {@code chi_sim} one the
 * printed value, and the record {@code ./archive extract} makes carries them.
 */
class FieldRereadIntegrationTest {

    private static OcrEnginePool engines;
    private static DocumentReader documents;
    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    @TempDir
    static Path dir;

    @BeforeAll
    static void engines() {
        engines = new OcrEnginePool(OcrSettings.defaults(System.getenv()), 1);
        documents = new DocumentReader(engines);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    private static void requireTheLargerModel() {
        assertThat(engines.settings().largeRereadModel())
                .as("the larger chi_sim model must be installed for this test: './archive test' fetches it into ~/.cache/"
                        + OcrSettings.REREAD_MODEL).isTrue();
    }

    /** A tuning scan generated and read as the pipeline reads it, with the re-readings it asks for. */
    private record Scan(ScanCorpus.CorpusFile paper, RecordReader reader, List<OcrPage> pages) {

        static Scan read(int index) throws Exception {
            ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);
            RecordReader reader = new RecordReader(documents, EXTRACTOR, PipelineSettings.defaults());
            String type = reader.intake().check(paper.file());
            return new Scan(paper, reader, documents.read(paper.file(), type, EXTRACTOR.rereadRegions()).pages());
        }
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "8",    // JPEG registration form: the page reads wujs@ as "wugs@"
        "51"})  // PNG registration form: the page's reading of the address is no address at all
    void theReReadingCorrectsAnEmailThePageReadWrong(int index) throws Exception {
        ScanCorpus.CorpusFile paper = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);
        RecordReader reader = new RecordReader(documents, EXTRACTOR, PipelineSettings.defaults());
        String type = reader.intake().check(paper.file());

        List<OcrPage> pages = documents.read(paper.file(), type, EXTRACTOR.rereadRegions()).pages();
        List<OcrPage> withoutRereads = pages.stream().map(p -> p.withRereads(List.of())).toList();

        assertThat(pages.stream().flatMap(p -> p.rereads().stream())).isNotEmpty();
        assertThat(EXTRACTOR.extract(withoutRereads).customer().email()).isNotEqualTo(paper.truth().email);
        assertThat(EXTRACTOR.extract(pages).customer().email()).isEqualTo(paper.truth().email);
        assertThat(reader.extract(paper.file(), paper.file().getFileName().toString()).customer().email())
                .isEqualTo(paper.truth().email);
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "443",  // TIFF contract: the box as it is reads lioq@ as "liog@", scaled it reads it right
        "409"}) // JPEG card: the page reads ouql as "oudl", surer than the box as it is; scaled it is surer
    void theScaledReadingOfTheEmailBoxGivesTheAddressTheBoxAsItIsDoesNot(int index) throws Exception {
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().email;
        List<OcrPage> pages = scan.pages();
        List<OcrPage> asItIsOnly = keeping(pages, r -> !r.model().equals(FieldReading.SCALED));

        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).map(FieldReading::model)).contains(FieldReading.SCALED);
        assertThat(EXTRACTOR.extract(asItIsOnly).customer().email()).isNotEqualTo(expected);
        assertThat(EXTRACTOR.extract(pages).customer().email()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "818",  // PDF contract fed upside down: the box's edge cuts the w of wuqd@ that the page read (",Wuqdatuigv.net")
        "732"}) // PDF form: the box reads wangvu@ as "yvangvu@" scaled and "vangvu@" as it is, the page "wangvugknxz .com"
    void aMailboxNamesOpeningTheBoxReadingsLostIsTheOneThatOpensWithASurnameForReview(int index) throws Exception {
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().email;
        List<String> boxReadings = scan.pages().stream().flatMap(p -> p.rereads().stream())
                .filter(r -> r.field().equals("customer.email")).map(r -> r.text().toLowerCase(java.util.Locale.ROOT)).toList();

        assertThat(boxReadings).isNotEmpty().doesNotContain(expected);
        ExtractedFields fields = EXTRACTOR.extract(scan.pages());
        assertThat(fields.customer().email()).isEqualTo(expected);
        assertThat(fields.confidence().get("customer.email")).isLessThan(0.5); // settled by its shape only: a clerk's look
    }

    @Test
    void theDigitBoxReadTwiceMendsADigitThePageMisread() throws Exception {
        // PDF contract turned 270°: the page reads the mobile 13947887454 as 13047887454 at 0.73; its box reads
        // "199…" as it is and "139…" scaled, and the vote by character gives the printed number.
        Scan scan = Scan.read(193);
        List<OcrPage> withoutDigits = keeping(scan.pages(), r -> !r.field().equals("customer.mobile"));

        assertThat(scan.pages().stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals("customer.mobile"))
                .map(FieldReading::model)).containsExactlyInAnyOrder(FieldReading.PAGE_MODEL, FieldReading.SCALED);
        assertThat(EXTRACTOR.extract(withoutDigits).customer().mobile()).isNotEqualTo(scan.paper().truth().mobile);
        assertThat(EXTRACTOR.extract(scan.pages()).customer().mobile()).isEqualTo(scan.paper().truth().mobile);
    }

    @ParameterizedTest(name = "tuning #{0} {1}")
    @CsvSource({
        "61, mobile",     // PDF contract: the page reads the mobile after 手机 as "RE"
        "468, phone",     // PDF card: the page reads the landline "O27 = 23053255"
        "64, archiveNo"}) // PDF form: the page reads the archive number "oasboee5"
    void theCellOfANumberThePageReadAsLettersIsReadAgainAsANumber(int index, String name) throws Exception {
        Scan scan = Scan.read(index);
        String key = name.equals("archiveNo") ? "archiveNo" : "customer." + name;
        List<OcrPage> withoutIt = keeping(scan.pages(), r -> !r.field().equals(key));
        ExtractedFields without = EXTRACTOR.extract(withoutIt);
        ExtractedFields with = EXTRACTOR.extract(scan.pages());
        String expected = switch (name) {
            case "mobile" -> scan.paper().truth().mobile;
            case "phone" -> scan.paper().truth().phone;
            default -> scan.paper().truth().archiveNo;
        };

        // read as it is and scaled: nothing on the page to confirm
        assertThat(scan.pages().stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals(key))
                .map(FieldReading::model)).containsExactlyInAnyOrder(FieldReading.PAGE_MODEL, FieldReading.SCALED);
        assertThat(number(without, name)).isNull();
        assertThat(number(with, name)).isEqualTo(expected);
    }

    // The pages with only the field readings {@code kept} takes: what extraction makes of them without the others.
    private static List<OcrPage> keeping(List<OcrPage> pages, Predicate<FieldReading> kept) {
        return pages.stream().map(p -> p.withRereads(p.rereads().stream().filter(kept).toList())).toList();
    }

    private static String number(ExtractedFields f, String name) {
        return switch (name) {
            case "mobile" -> f.customer().mobile();
            case "phone" -> f.customer().phone();
            default -> f.archiveNo();
        };
    }

    private static Object field(Customer c, LocalDate registeredOn, String name) {
        return switch (name) {
            case "industry" -> c == null || c.industry() == null ? null : c.industry().code();
            case "registeredOn" -> registeredOn;
            case "name" -> c == null ? null : c.name();
            case "tier" -> c == null ? null : c.tier();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Object truth(GroundTruth t, String name) {
        return switch (name) {
            case "industry" -> t.trade == null ? null : t.trade.code();
            case "registeredOn" -> t.registeredOn;
            case "name" -> t.name;
            case "tier" -> t.tier;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void aDateSplitOverTwoRowsByASpeckIsReadFromThePageItself() throws Exception {
        // Tuning #80: a dot "。" before 建档日期 started the row's band and 年 2 月 日 fell below it
        // ("2017 12" / "年 2 月日"); now the first real word sets the band and the row is whole.
        Scan scan = Scan.read(80);
        List<OcrPage> withoutRereads = scan.pages().stream().map(p -> p.withRereads(List.of())).toList();

        assertThat(scan.paper().truth().registeredOn).isNotNull();
        assertThat(EXTRACTOR.extract(withoutRereads).registeredOn()).isEqualTo(scan.paper().truth().registeredOn);
    }

    @ParameterizedTest(name = "tuning #{0} {1}")
    @CsvSource({
        "32, industry",      // JPEG card: the cell right of 所属行业 is not in the page's reading at all
        "80, industry",      // PDF card: the same
        "27, name",          // PNG individual fed sideways: 胡海燕 read as "BASE"
        "523, name",         // PNG individual fed sideways: 吴洋 written right after 客户姓名: went into the label's word
        "487, name",         // PDF individual: the same, and the page took the next cell's 性别男 for the name
        "606, registeredOn", // PNG form: the page loses the day ("9 月 :日"), the box the year's first digit: joined
        "870, industry",     // JPEG form: 行业分类 : 育, a speck of 商业银行; its cell is read, not the speck's box
        "815, registeredOn", // PNG form: "2019    2 A 25 A", the year a cell gap from the rest: the whole date's box read
        "1013, registeredOn"}) // PDF contract: "于 2016 年 ?月 8 日签订", the clause's date read in a date's characters
    void theChineseReReadingGivesAValueThePageMissed(int index, String name) throws Exception {
        Scan scan = Scan.read(index);
        ScanCorpus.CorpusFile paper = scan.paper();
        Function<ExtractedFields, Object> value = f -> field(f.customer(), f.registeredOn(), name);
        Object expected = truth(paper.truth(), name);

        List<OcrPage> pages = scan.pages();
        List<OcrPage> withoutRereads = pages.stream().map(p -> p.withRereads(List.of())).toList();

        assertThat(expected).isNotNull();
        assertThat(Objects.equals(value.apply(EXTRACTOR.extract(withoutRereads)), expected)).isFalse();
        assertThat(value.apply(EXTRACTOR.extract(pages))).isEqualTo(expected);
        ArchiveRecord record = scan.reader().extract(paper.file(), paper.file().getFileName().toString());
        assertThat(field(record.customer(), record.registeredOn(), name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tuning #{0} {1}")
    @CsvSource({
        "80, tier",          // PDF card: the tier cell, which Debian's chi_sim reads as no tier at all
        "107, registeredOn", // PNG individual fed sideways: its date, which Debian's chi_sim reads as no date
        "45, name",          // PDF card: 鼎 of 西安鼎盛, which Debian's chi_sim reads as 里 in any font
        "398, name",         // PDF form: 沈阳华信和餐饮, a 和 the page read (at 0.22) that is not on the paper
        "750, name"})        // PDF contract: 合肥汇通食品限公司, the legal form whole in the larger model's reading
    void theLargerModelsReReadingGivesAValueThePagesModelMissed(int index, String name) throws Exception {
        requireTheLargerModel();
        Scan scan = Scan.read(index);
        ScanCorpus.CorpusFile paper = scan.paper();
        Function<ExtractedFields, Object> value = f -> field(f.customer(), f.registeredOn(), name);
        Object expected = truth(paper.truth(), name);

        List<OcrPage> pages = scan.pages();
        List<OcrPage> pageModelOnly = keeping(pages, r -> r.model().equals(FieldReading.PAGE_MODEL));

        assertThat(expected).isNotNull();
        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).map(FieldReading::model))
                .contains(FieldReading.PAGE_MODEL, FieldReading.LARGE_MODEL);
        assertThat(Objects.equals(value.apply(EXTRACTOR.extract(pageModelOnly)), expected)).isFalse();
        assertThat(value.apply(EXTRACTOR.extract(pages))).isEqualTo(expected);
    }

    @Test
    void aNameUnderASealIsReadAgainInABoxThatKeepsToItsTextLine() throws Exception {
        // tuning-0524 (PDF contract): a seal over 北京正泰教育咨询有限公司 boxed 咨询 141 px tall on a 48 px line; a box
        // that tall took in the seal and the rows beside it and the larger model read it as Latin junk.
        Scan scan = Scan.read(524);
        String expected = scan.paper().truth().name;
        List<OcrPage> pages = scan.pages();
        List<FieldReading> name = pages.stream().flatMap(p -> p.rereads().stream())
                .filter(r -> r.field().equals("customer.name")).toList();
        List<OcrPage> withoutNameReadings = keeping(pages, r -> !r.field().equals("customer.name"));

        assertThat(name).isNotEmpty();
        assertThat(name).allSatisfy(r -> assertThat(r.height()).isLessThan(140)); // was 211: the seal's ring
        assertThat(EXTRACTOR.extract(withoutNameReadings).customer().name()).isNotEqualTo(expected);
        assertThat(EXTRACTOR.extract(pages).customer().name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "75",   // TIFF card: 天津星辰 read 天津星反 by the page, 反 in a word of 0.79
        "608"}) // JPEG form fed sideways: 鼎 read 昂, the larger model reads 鼎 at 0.89 as it is and 0.93 bold
    void aNameSlipThePageReadFairlySurelyIsPutRightByTheTwoReadingsOfItsBox(int index) throws Exception {
        requireTheLargerModel();
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().name;
        List<OcrPage> pages = scan.pages();
        List<OcrPage> asItIsOnly = keeping(pages, r -> !r.model().equals(FieldReading.BOLD));

        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals("customer.name"))
                .map(FieldReading::model)).contains(FieldReading.LARGE_MODEL, FieldReading.BOLD);
        assertThat(EXTRACTOR.extract(asItIsOnly).customer().name()).isNotEqualTo(expected);
        assertThat(EXTRACTOR.extract(pages).customer().name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "898",   // PDF contract: 长春立信电子 read 立信息子 by the page, 电孔 by the larger model as it is, 电子 bold
        "1140"}) // PDF form upside down: 杭州鼎盛 read 易盛 by the page, 杭州鼎盛 as it is, 杭灿鼎盛 bold
    void aNameEachReadingSlippedOnDifferentlyIsWhatTwoOfTheThreeRead(int index) throws Exception {
        requireTheLargerModel();
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().name;
        List<OcrPage> pages = scan.pages();
        List<FieldReading> name = pages.stream().flatMap(p -> p.rereads().stream())
                .filter(r -> r.field().equals("customer.name")).toList();

        List<OcrPage> pageOnly = pages.stream().map(p -> p.withRereads(List.of())).toList();

        // The two box readings differ from each other (no agreement to take), and the page's own reading is wrong:
        // what two of the three readings read, character by character, is the name.
        assertThat(name).extracting(FieldReading::model).containsExactlyInAnyOrder(FieldReading.LARGE_MODEL, FieldReading.BOLD);
        assertThat(name.get(0).text().replace(" ", "")).isNotEqualTo(name.get(1).text().replace(" ", ""));
        assertThat(EXTRACTOR.extract(pageOnly).customer().name()).isNotEqualTo(expected);
        assertThat(EXTRACTOR.extract(pages).customer().name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "1073",  // JPEG individual form, WenQuanYi Micro Hei: 马磊 read 马乔 by the page's model, 马磬 as it is, 马磊 thin
        "1183",  // PNG individual form, AR PL UKai: 胡磊 read 胡大 by the page's model, 胡确 as it is, 胡磊 thin
        "1464"}) // scanned PDF individual form, AR PL UMing: 李磊 read 李硕 by the page's model, 李帮 as it is, 李磊 bold
    void aPersonsGivenNameReadAsARareLookAlikeIsTheCommonNameCharacterAnotherReadingOfItsBoxGives(int index)
            throws Exception {
        requireTheLargerModel();
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().name;
        List<OcrPage> pages = scan.pages();
        List<OcrPage> twoModelsOnly = keeping(pages, r -> !r.model().equals(FieldReading.BOLD) && !r.model().equals(FieldReading.THIN));

        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals("customer.name"))
                .map(FieldReading::model)).contains(FieldReading.LARGE_MODEL, FieldReading.BOLD, FieldReading.THIN);
        assertThat(EXTRACTOR.extract(twoModelsOnly).customer().name()).isNotEqualTo(expected);
        ExtractedFields fields = EXTRACTOR.extract(pages);
        assertThat(fields.customer().name()).isEqualTo(expected);
        assertThat(fields.confidence().get("customer.name")).isLessThan(0.5); // a choice a clerk confirms
    }

    @ParameterizedTest(name = "tuning #{0}")
    @CsvSource({
        "1446",  // PDF card: 天诗中和物流 by the page, 天律 as it is, 天津 bold; the address in 天津
        "1449",  // JPEG form fed sideways: LB正泰食品 by the page, 上海正泰食品 both ways; the address in 上海
        "594",   // JPEG card: 青鸟宏远 by the page (0.81); the box read 青岛, the paper's city (the bold reading not needed)
        "1283",  // PNG card fed sideways: 南 of 南昌 lost at the cell's edge; the box reaching further left reads it
        "1478",  // JPEG form: 南宁远航食品有限, 公司 dropped by the page; the box reaching past the cut reads it
        "732",   // PDF form: 长沙明德物流有限; the old box, one text height past 限, read 有限公
        "1293",  // PDF contract, 甲方 label read 息方: 合肥星展 by the page, 星辰 in both readings of the company's box
        "672"})  // PDF contract, 甲方 label read "cy ;": 南京里盛 by the page, 鼎盛 in both readings
    void aCompanysNameThePageLostPartOfIsReadWholeFromItsBox(int index) throws Exception {
        requireTheLargerModel();
        Scan scan = Scan.read(index);
        String expected = scan.paper().truth().name;
        List<OcrPage> pages = scan.pages();
        List<OcrPage> withoutNameReadings = keeping(pages, r -> !r.field().equals("customer.name"));

        assertThat(expected).endsWith("有限公司");
        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals("customer.name"))
                .map(FieldReading::model)).contains(FieldReading.LARGE_MODEL);
        assertThat(EXTRACTOR.extract(withoutNameReadings).customer().name()).isNotEqualTo(expected);
        assertThat(EXTRACTOR.extract(pages).customer().name()).isEqualTo(expected);
    }

    @Test
    void aNameWhoseOnlyDoubtIsAPlaceTheAddressConfirmsIsNotReadAgain() throws Exception {
        // tuning-1022 (PDF contract): 长沙 doubtful on the name's line, the address in 长沙市; read again, both box
        // readings had made the page's right 润 涧 (the larger model's slip) and the name went wrong.
        Scan scan = Scan.read(1022);
        List<OcrPage> pages = scan.pages();

        assertThat(pages.stream().flatMap(p -> p.rereads().stream()).filter(r -> r.field().equals("customer.name")))
                .isEmpty();
        assertThat(EXTRACTOR.extract(pages).customer().name()).isEqualTo(scan.paper().truth().name);
    }
}
