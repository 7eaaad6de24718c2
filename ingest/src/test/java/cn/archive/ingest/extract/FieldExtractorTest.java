package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.ExtractedFields;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.Region;
import cn.archive.ingest.record.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole papers (see {@link SamplePapers}) read the way a clerk would check them. */
class FieldExtractorTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    @Test
    void readsWhatAClerkChecksOnARegistrationForm() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, 0.9);

        assertThat(f.documentType()).isEqualTo(DocumentType.REGISTRATION_FORM);
        assertThat(f.archiveNo()).isEqualTo("KH-2023-000417");
        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(f.customer()).isEqualTo(new Customer("杭州西湖精密机械有限公司", CustomerType.COMPANY, CustomerTier.VIP,
                new Industry("C", "制造业", "机械制造"), new Region("华东", "浙江省", "杭州市"),
                "浙江省杭州市西湖区文三路398号", "王建国", "0571-87654321", "13805712233", "wangjg@xhjm.com.cn"));
    }

    @Test
    void scoresAMisreadLabelBelowAnExactOneAndAnInferredRegionBelowBoth() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, 0.9);

        assertThat(f.confidence().get("archiveNo")).isCloseTo(0.9, within(1e-9));
        assertThat(f.confidence().get("customer.name")).isLessThan(0.9);   // 客户名杯
        assertThat(f.confidence().get("customer.phone")).isLessThan(0.9);  // 联系电活
        assertThat(f.confidence().get("customer.region")).isLessThan(f.confidence().get("customer.address"));
        assertThat(f.confidence()).containsKeys("customer.tier", "customer.industry", "customer.mobile",
                "customer.email", "customer.contactPerson", "registeredOn", "documentType");
    }

    @Test
    void aRegistrationDateAfterTheDayThePaperIsReadIsNoRegistrationDate() {
        String form = "客户档案登记表\n档案编号：KH-2023-000417\n客户名称：杭州西湖精密机械有限公司\n登记日期：2028年3月15日";
        FieldExtractor onTheDay = new FieldExtractor(java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T10:00:00Z"),
                java.time.ZoneOffset.UTC));
        FieldExtractor later = new FieldExtractor(java.time.Clock.fixed(java.time.Instant.parse("2028-03-15T10:00:00Z"),
                java.time.ZoneOffset.UTC));

        assertThat(onTheDay.extract(form, 0.9).registeredOn()).isNull(); // a misread year: absent beats wrong
        assertThat(later.extract(form, 0.9).registeredOn()).isEqualTo(LocalDate.of(2028, 3, 15));
    }

    @Test
    void aNumberAfterAnotherLabelIsNotTakenForTheUnreadPhone() {
        // tuning-0561: 联系电话's value unread, the fax under a misread 传真 (传鼻) is no phone of the customer
        String form = "客户名称：南京鼎盛电子有限公司\n联系电话：人\n传鼻：(025)84789414\n手机：15232850933";
        String lone = "客户名称：南京鼎盛电子有限公司\n南京市鼓楼区 (025)63292782";

        assertThat(EXTRACTOR.extract(form, 0.9).customer().phone()).isNull();
        assertThat(EXTRACTOR.extract(form, 0.9).customer().mobile()).isEqualTo("15232850933");
        assertThat(EXTRACTOR.extract(lone, 0.9).customer().phone()).isEqualTo("025-63292782");
    }

    @Test
    void aLandlineOfNoExchangeIsKeptForAClerksLook() {
        String form = "客户名称：杭州西湖精密机械有限公司\n联系电话：%s";

        assertThat(EXTRACTOR.extract(form.formatted("0571-87654321"), 0.9).confidence().get("customer.phone")).isGreaterThan(0.5);
        // no city's area code is 0500; 021 (上海) dials eight digits
        ExtractedFields unknown = EXTRACTOR.extract(form.formatted("0500-87654321"), 0.9);
        ExtractedFields short8 = EXTRACTOR.extract(form.formatted("021-5555666"), 0.9);
        assertThat(unknown.customer().phone()).isEqualTo("0500-87654321");
        assertThat(unknown.confidence().get("customer.phone")).isLessThan(0.5);
        assertThat(short8.customer().phone()).isEqualTo("021-5555666");
        assertThat(short8.confidence().get("customer.phone")).isLessThan(0.5);
    }

    @Test
    void anArchiveNumberFiledInAnotherYearThanTheRegistrationSendsBothToReview() {
        String misread = "客户档案登记表\n档案编号：KH-2028-000417\n客户名称：杭州西湖精密机械有限公司\n登记日期：2023年3月15日";
        ExtractedFields f = EXTRACTOR.extract(misread, 0.9);
        ExtractedFields agreeing = EXTRACTOR.extract(misread.replace("2028", "2023"), 0.9);

        assertThat(f.archiveNo()).isEqualTo("KH-2028-000417"); // nothing is changed: which of the two is wrong is unknown
        assertThat(f.confidence().get("archiveNo")).isLessThan(0.5);
        assertThat(f.confidence().get("registeredOn")).isLessThan(0.5);
        assertThat(agreeing.confidence().get("archiveNo")).isCloseTo(0.9, within(1e-9));
        assertThat(agreeing.confidence().get("registeredOn")).isCloseTo(0.9, within(1e-9));
        assertThat(FieldExtractor.filedInAnotherYear("KH202300417", null)).isFalse();
        assertThat(FieldExtractor.filedInAnotherYear("AUTO-X", LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    void readsTheCustomerOfAContractAsPartyAAndIgnoresPartyB() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.CONTRACT, 0.95);

        assertThat(f.documentType()).isEqualTo(DocumentType.CONTRACT);
        assertThat(f.customer().name()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(f.customer().type()).isEqualTo(CustomerType.COMPANY);
        assertThat(f.customer().address()).isEqualTo("杭州市西湖区文三路398号");
        assertThat(f.customer().phone()).isEqualTo("0571-87654321");
        assertThat(f.customer().mobile()).as("乙方's mobile").isNull();
        assertThat(f.customer().region()).isEqualTo(new Region("华东", "浙江省", "杭州市"));
        assertThat(f.archiveNo()).as("a contract number is not an archive number").isNull();
        assertThat(f.registeredOn()).as("signing date from running text").isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(f.transactions()).as("payment terms in running text are not ledger rows").isEmpty();
    }

    @Test
    void readsAnIndividualCustomer() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.INDIVIDUAL, 0.88);

        assertThat(f.documentType()).isEqualTo(DocumentType.REGISTRATION_FORM);
        assertThat(f.customer().name()).isEqualTo("张伟");
        assertThat(f.customer().type()).isEqualTo(CustomerType.INDIVIDUAL);
        assertThat(f.customer().tier()).isEqualTo(CustomerTier.PROSPECT);
        assertThat(f.customer().mobile()).isEqualTo("13957410001");
        assertThat(f.customer().region()).isEqualTo(new Region("华东", "浙江省", "宁波市"));
        assertThat(f.customer().phone()).as("an ID number is not a phone").isNull();
        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2022, 11, 5));
    }

    @Test
    void readsAFeedbackFormAsOneCommunication() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.FEEDBACK_FORM, 0.9);

        assertThat(f.documentType()).isEqualTo(DocumentType.FEEDBACK_FORM);
        assertThat(f.customer().name()).isEqualTo("苏州工业园区星湖贸易有限公司");
        assertThat(f.communications()).containsExactly(
                new Communication(LocalDate.of(2023, 10, 11), "电话", "客户对交货周期提出改进意见"));
        assertThat(f.customer().phone()).isEqualTo("0512-66778899");
    }

    @Test
    void fallsBackToTheAreaCodeForTheRegionWithLowConfidence() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.FEEDBACK_FORM, 0.9);

        assertThat(f.customer().region()).isEqualTo(new Region("华东", "江苏省", "苏州市"));
        assertThat(f.confidence().get("customer.region")).isLessThan(f.confidence().get("customer.phone"));
    }

    @Test
    void readsTheRowsOfATransactionLedger() {
        ExtractedFields f = EXTRACTOR.extract(SamplePapers.LEDGER, 0.9);

        assertThat(f.documentType()).isEqualTo(DocumentType.TRANSACTION_RECORD);
        assertThat(f.archiveNo()).isEqualTo("2021/0335");
        assertThat(f.customer().name()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(f.transactions()).extracting(Transaction::date, Transaction::item)
                .containsExactly(
                        tuple(LocalDate.of(2023, 4, 2), "数控车床配件"),
                        tuple(LocalDate.of(2023, 5, 18), "刀具"),
                        tuple(LocalDate.of(2023, 6, 1), "维修服务"));
        assertThat(f.transactions()).extracting(Transaction::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("128500"), new BigDecimal("128500"), new BigDecimal("3200"));
        assertThat(f.communications()).containsExactly(
                new Communication(LocalDate.of(2023, 6, 20), "电话", "客户询问交货期"));
        assertThat(f.registeredOn()).as("the 日期 column header has no date").isNull();
    }

    @Test
    void regionMismatchWithThePhoneAreaCodeLowersBoth() {
        String text = "客户名称：杭州西湖精密机械有限公司\n通讯地址：浙江省杭州市文三路1号\n联系电话：020-87654321";
        ExtractedFields f = EXTRACTOR.extract(text, 1.0);

        assertThat(f.customer().region().province()).isEqualTo("浙江省");
        assertThat(f.confidence().get("customer.phone")).isLessThan(1.0);
        assertThat(f.confidence().get("customer.region")).isLessThan(EXTRACTOR.extract(
                text.replace("020-", "0571-"), 1.0).confidence().get("customer.region"));
    }

    @Test
    void prefersTheFullAddressOverAnAreaOnlyRegionLabelThatAgrees() {
        ExtractedFields f = EXTRACTOR.extract("客户名称：杭州西湖精密机械有限公司\n地区：华东\n地址：浙江省杭州市西湖区文三路398号", 0.9);

        assertThat(f.customer().region()).isEqualTo(new Region("华东", "浙江省", "杭州市"));
    }

    @Test
    void takesTheProvinceOfAnAreaOnlyRegionFromALandlineOfThatArea() {
        // tuning-0064: 所属地区：华东地区, the address unread, the phone 0551 (合肥).
        String text = "客户名称：合肥鼎盛建设工程有限公司\n所属地区：华东地区\n注册地址：Sef RE ECT RHO\n固定电话：0551-25406447";
        ExtractedFields f = EXTRACTOR.extract(text, 1.0);

        assertThat(f.customer().region()).isEqualTo(new Region("华东", "安徽省", "合肥市"));
        assertThat(f.confidence().get("customer.region")).isLessThan(1.0);
        // A landline of another area says nothing about this customer's province.
        assertThat(EXTRACTOR.extract(text.replace("0551-", "020-"), 1.0).customer().region())
                .isEqualTo(new Region("华东", null, null));
    }

    @Test
    void scalesEveryConfidenceByTheOcrConfidence() {
        ExtractedFields sharp = EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, 1.0);
        ExtractedFields blurred = EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, 0.5);

        assertThat(blurred.confidence().get("customer.tier")).isCloseTo(sharp.confidence().get("customer.tier") / 2, within(1e-3));
    }

    @Test
    void takesUnlabelledMobileAndEmailOnlyWhenThereIsExactlyOne() {
        ExtractedFields one = EXTRACTOR.extract("客户名称：某某商店\n有事请打 13805712233 或写信 shop@example.com", 1.0);
        ExtractedFields two = EXTRACTOR.extract("客户名称：某某商店\n13805712233 / 13905712233", 1.0);

        assertThat(one.customer().mobile()).isEqualTo("13805712233");
        assertThat(one.customer().email()).isEqualTo("shop@example.com");
        assertThat(one.confidence().get("customer.mobile")).isLessThan(1.0);
        assertThat(two.customer().mobile()).isNull();
    }

    @Test
    void leavesUnreadFieldsNullWithoutConfidence() {
        ExtractedFields f = EXTRACTOR.extract("客户名称：杭州西湖精密机械有限公司", 0.9);

        assertThat(f.customer().tier()).isNull();
        assertThat(f.customer().industry()).isNull();
        assertThat(f.customer().region()).isNull();
        assertThat(f.archiveNo()).isNull();
        assertThat(f.documentType()).isEqualTo(DocumentType.OTHER);
        assertThat(f.confidence()).containsOnlyKeys("customer.name", "customer.type");
    }

    @Test
    void readsBornDigitalTextWithFullWidthPunctuation() {
        String text = "客户名称：杭州西湖精密机械有限公司\n客户等级：重点客户\n所属行业：软件开发\n所在地区：浙江 杭州\n"
                + "电话：（0571）87654321\n手机：１３８０５７１２２３３\n签订日期：2023年3月15日";
        ExtractedFields f = EXTRACTOR.extract(text, 1.0);

        assertThat(f.customer().tier()).isEqualTo(CustomerTier.KEY);
        assertThat(f.customer().industry().code()).isEqualTo("I");
        assertThat(f.customer().region()).isEqualTo(new Region("华东", "浙江省", "杭州市"));
        assertThat(f.confidence().get("customer.region")).isEqualTo(1.0);
        assertThat(f.customer().phone()).isEqualTo("0571-87654321");
        assertThat(f.customer().mobile()).isEqualTo("13805712233");
        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\f\f", "   ", "客户名称：", "@@@ ### ：：：", "档案编号：\n客户名称：\n联系电话：无"})
    void returnsEmptyFieldsForTextWithNothingToRead(String text) {
        ExtractedFields f = EXTRACTOR.extract(text, 0.9);

        assertThat(f.customer().name()).isNull();
        assertThat(f.archiveNo()).isNull();
        assertThat(f.transactions()).isEmpty();
        assertThat(f.communications()).isEmpty();
        assertThat(f.confidence()).doesNotContainKeys("customer.name", "archiveNo", "customer.phone");
    }

    @Test
    void givesTheSameResultsWhenSharedBetweenThreads() throws Exception {
        List<String> papers = List.of(SamplePapers.REGISTRATION_FORM, SamplePapers.CONTRACT, SamplePapers.INDIVIDUAL,
                SamplePapers.FEEDBACK_FORM, SamplePapers.LEDGER);
        List<ExtractedFields> alone = papers.stream().map(p -> EXTRACTOR.extract(p, 0.9)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedFields>> shared = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String paper = papers.get(i % papers.size());
                shared.add(pool.submit(() -> EXTRACTOR.extract(paper, 0.9)));
            }
            for (int i = 0; i < shared.size(); i++) {
                assertThat(shared.get(i).get()).isEqualTo(alone.get(i % papers.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void treatsAnImpossibleOcrConfidenceAsZeroOrOne() {
        assertThat(EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, Double.NaN).confidence().get("archiveNo")).isEqualTo(0.0);
        assertThat(EXTRACTOR.extract(SamplePapers.REGISTRATION_FORM, 7).confidence().get("archiveNo")).isEqualTo(1.0);
    }

    @Test
    void aPartyLabelWhoseBracketOcrReadAsAQuoteStillNamesTheCustomer() {
        // tuning-0319: （ read as “; the signature line's 乙方（盖章） misread as 区方【二章) was taken instead.
        ExtractedFields f = EXTRACTOR.extract("客户服务约定书\n甲方 “委托方 ) : 南京西湖教育咨询有限公司\n"
                + "乙方 〈 受托方 ) : 上海数档信息服务有限公司\n甲方〈盖章) :    区方【二章) : :", 0.9);

        assertThat(f.customer().name()).isEqualTo("南京西湖教育咨询有限公司");
        // A quote closed by a quote is a quotation, not a bracket.
        assertThat(TextNormalizer.basic("以下简称“甲方”)")).isEqualTo("以下简称“甲方”)");
    }

    @Test
    void aSignatureLinesScrawlUnderThePartyLabelGivesWayToTheCompanyThePaperNames() {
        // tuning-0622: 甲方 read 四方 on the party line; only the signature line's 甲方（盖章）: was read as the label.
        String contract = "业务约定书\n四方: 宁波宏远建设工程股份有限公司\n乙方 (受托方 ) : 上海数档信息服务有限公司\n"
                + "甲乙双方经友好协商，就甲方委托乙方提供客户档案\n甲方(盖章): 区奇人十齐)";
        ExtractedFields f = EXTRACTOR.extract(contract, 0.9);

        assertThat(f.customer().name()).isEqualTo("宁波宏远建设工程股份有限公司");
        assertThat(f.customer().type()).isEqualTo(CustomerType.COMPANY);
        // No company of its own on the paper: the party label's value stays, as read.
        assertThat(EXTRACTOR.extract(contract.replace("四方: 宁波宏远建设工程股份有限公司\n", ""), 0.9).customer().name())
                .isEqualTo("区奇人十齐)");
        // A person's name under a person's label is no party's: never replaced by a company on the paper.
        assertThat(EXTRACTOR.extract("客户姓名: 张艳\n工作单位 宁波宏远建设工程股份有限公司", 0.9).customer().name()).isEqualTo("张艳");
    }

    @Test
    void aNamesCityMisreadByOneCharacterIsRepairedWhereTheLandlinesAreaCodeConfirmsIt() {
        // tuning-0392: 滨 read as 演 in the name and in the address; the 0451 landline is of 哈尔滨.
        String form = "公司名称：哈尔演正泰康复医院有限公司\n单位地址：黑龙江哈尔演市南岗区西大直街79号\n";

        assertThat(EXTRACTOR.extract(form + "电话：0451 7237 3437", 0.9).customer().name()).isEqualTo("哈尔滨正泰康复医院有限公司");
        // Without a landline the paper confirms no city: the name is left as read.
        assertThat(EXTRACTOR.extract(form, 0.9).customer().name()).isEqualTo("哈尔演正泰康复医院有限公司");
        // A landline of another province confirms nothing either.
        assertThat(EXTRACTOR.extract(form + "电话：020 3541 1966", 0.9).customer().name()).isEqualTo("哈尔演正泰康复医院有限公司");
    }

    @Test
    void aLedgersNameWhoseCityIsOneCharacterOffTheOnlyCityThatNearIsRepairedForAClerksLook() {
        // tuning-1870: a ledger names no address or landline; 乌曾木齐 is one character off 乌鲁木齐 and no other city.
        ExtractedFields f = EXTRACTOR.extract("客户业绩记录\n客户全称 : 乌曾木齐中和电子有限公司\n客户编号 : DA-2016-2649", 0.9);

        assertThat(f.customer().name()).isEqualTo("乌鲁木齐中和电子有限公司");
        assertThat(f.confidence().get("customer.name")).isLessThan(0.5);
    }

    // tuning-0673, -1025: "DA2018-1624" for DA-2018-1624 read at 0.9; the dash after the letters put back, for a clerk's look.
    @Test
    void anArchiveNumberThatLostOneOfItsSeparatorsIsPutRightAndSentToReview() {
        ExtractedFields f = EXTRACTOR.extract("个人客户信息登记表\n客户编号 : DA2018-1624\n客户姓名 : 刘洋", 0.9);
        assertThat(f.archiveNo()).isEqualTo("DA-2018-1624");
        assertThat(f.confidence().get("archiveNo")).isLessThan(0.5);
        ExtractedFields whole = EXTRACTOR.extract("个人客户信息登记表\n客户编号 : DA-2018-1624\n客户姓名 : 刘洋", 0.9);
        assertThat(whole.archiveNo()).isEqualTo("DA-2018-1624");
        assertThat(whole.confidence().get("archiveNo")).isGreaterThanOrEqualTo(0.5);
    }

    // tuning-0623, -0869: 日签订 read as letters; the clause after the date still says it is the signing's.
    @Test
    void readsAContractsSigningDateWhose签订WasReadAsLetters() {
        String contract = "客户服务约定书\n甲方 : 郑州明德汽车配件有限公司\n三 、 本约定书一式两份 ， 双方各执一份 。\n";
        assertThat(EXTRACTOR.extract(contract + "四 、 本约定书于 2018 年 4 月 28 AS , 自签字盖章之日起生效 。", 0.9)
                .registeredOn()).isEqualTo(LocalDate.of(2018, 4, 28));
        assertThat(EXTRACTOR.extract(contract + "四 、 本约定书于 2 0 1 5 年 9 月 2 8ASi , 自签字盖章之日起生效 。", 0.9)
                .registeredOn()).isEqualTo(LocalDate.of(2015, 9, 28));
        // A date the contract names for something else is no signing date.
        assertThat(EXTRACTOR.extract(contract + "四 、 服务于 2018 年 4 月 28 日 , 开始提供 。", 0.9)
                .registeredOn()).isNull();
    }

    // tuning-0606: the page read "2023 年 9 月 :日", its box's two re-readings "023年9月1日" (the year's first digit cut).
    @Test
    void aRegistrationDateReadInHalvesIsJoinedAndSentToReview() {
        List<OcrWord> words = List.of(
                new OcrWord("建档日期", 0.95, 100, 100, 120, 30, 0), new OcrWord(":", 0.9, 225, 100, 10, 30, 0),
                new OcrWord("2023", 0.93, 240, 100, 70, 30, 0), new OcrWord("年", 0.92, 315, 100, 30, 30, 0),
                new OcrWord("9", 0.9, 350, 100, 15, 30, 0), new OcrWord("月", 0.91, 370, 100, 30, 30, 0),
                new OcrWord(":日", 0.6, 405, 100, 35, 30, 0));
        FieldReading page = new FieldReading(FieldRereads.REGISTERED_ON, 0, 235, 90,
                220, 50, "023年9月1日", 0.84, FieldReading.PAGE_MODEL);
        FieldReading large = new FieldReading(FieldRereads.REGISTERED_ON, 0, 235, 90,
                220, 50, "023 年 9 月 1 日", 0.88, FieldReading.LARGE_MODEL);

        ExtractedFields joined = EXTRACTOR.extract(List.of(new OcrPage("", 0.9, words, 1654, 2339, List.of(page, large))));
        ExtractedFields pageAlone = EXTRACTOR.extract(List.of(new OcrPage("", 0.9, words, 1654, 2339, List.of())));

        assertThat(joined.registeredOn()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(joined.confidence().get("registeredOn")).isLessThan(0.5); // no one reading holds it whole
        assertThat(pageAlone.registeredOn()).isNull();
    }

    @Test
    void aKeyLabelWithNoValueReadAfterItSendsTheDocumentToReviewWithThatFieldNamed() {
        String form = String.join("\n", "客户档案登记表", "档案编号：KH-2023-000417", "客户名称：杭州西湖精密机械有限公司",
                "客户级别：RE", "联系电话：0571-87654321");
        ExtractedFields f = EXTRACTOR.extract(form, 0.9);

        assertThat(f.customer().tier()).isNull();
        assertThat(f.confidence()).containsEntry("customer.tier", 0.0);
        assertThat(ReviewPolicy.needsReview(f, 0.5)).isTrue();

        // The same form without the tier's label: nothing the paper names is missing.
        ExtractedFields unnamed = EXTRACTOR.extract(form.replace("客户级别：RE\n", ""), 0.9);
        assertThat(unnamed.confidence()).doesNotContainKey("customer.tier");
        assertThat(ReviewPolicy.needsReview(unnamed, 0.5)).isFalse();

        // A label left blank on the paper, or with 无 written after it, is no gap either.
        for (String blank : List.of("客户级别：", "客户级别：无", "客户级别：  —")) {
            ExtractedFields left = EXTRACTOR.extract(form.replace("客户级别：RE", blank), 0.9);
            assertThat(left.confidence()).as(blank).doesNotContainKey("customer.tier");
        }
    }

    @Test
    void noGapIsMadeOfALedgersDateColumnNorOfTheOtherPartysLabels() {
        // 日期 heads a ledger's column of transaction dates: a ledger names no registration date.
        assertThat(EXTRACTOR.extract(SamplePapers.LEDGER, 0.9).confidence()).doesNotContainKey("registeredOn");

        // 乙方's 手机 is not the customer's: 甲方 wrote no number, and none is missing.
        ExtractedFields contract = EXTRACTOR.extract(SamplePapers.CONTRACT.replace("联 系 电 话 ： 0571-87654321\n", ""), 0.9);
        assertThat(contract.customer().mobile()).isNull();
        assertThat(contract.confidence()).doesNotContainKeys("customer.mobile", "customer.phone");
    }
}
