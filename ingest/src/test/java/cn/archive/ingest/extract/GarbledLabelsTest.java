package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.ExtractedFields;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Papers whose labels OCR garbled: the value is still taken when the paper leaves no doubt, never when it does. */
class GarbledLabelsTest {

    private final FieldExtractor extractor = new FieldExtractor();

    @Test
    void aDateAfterAGarbledDateLabelIsTheRegistrationDateWhenItIsTheOnlyOne() {
        ExtractedFields f = extractor.extract(String.join("\n", "个人客户信息登记表", "客户姓名:何静",
                "客户等级:贵宾客户", "3274 ANA : 2017 年 04 月 15 日"), 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2017, 4, 15));
        assertThat(f.confidence().get("registeredOn")).isLessThan(0.9);
    }

    @Test
    void twoDatesBehindGarbledLabelsGiveNoRegistrationDate() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户名称:杭州恒达商贸有限公司",
                "3274 ANA : 2017 年 04 月 15 日", "XYZ : 2018-01-02"), 0.9);

        assertThat(f.registeredOn()).isNull();
    }

    @Test
    void aDateUnderItsOwnLabelIsNotTakenForTheRegistrationDate() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户意见反馈单", "客户名称:杭州恒达商贸有限公司",
                "反馈日期:2023.10.11"), 0.9);

        assertThat(f.registeredOn()).isNull();
    }

    @Test
    void theOneCompanyOnAFormWithAGarbledNameLabelIsTheCustomer() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户意见反馈单", "SPAR:    武汉恒达建设工程有限公司",
                "联系电话:(027)34747205"), 0.9);

        assertThat(f.customer().name()).isEqualTo("武汉恒达建设工程有限公司");
        assertThat(f.customer().type()).isEqualTo(CustomerType.COMPANY);
    }

    @Test
    void twoCompaniesWithoutLabelsGiveNoCustomerName() {
        ExtractedFields f = extractor.extract(String.join("\n", "业务约定书", "AB:杭州西湖精密机械有限公司",
                "Zi (Sith):上海数档信息服务有限公司"), 0.9);

        assertThat(f.customer() == null ? null : f.customer().name()).isNull();
    }

    @Test
    void aSemicolonReadForTheColonAfterALabelStillEndsTheLabel() {
        assertThat(TextNormalizer.line("甲方 ; 广州远航广告股份有限公司")).isEqualTo("甲方:广州远航广告股份有限公司");
    }

    @Test
    void theOtherPartysMobileIsNotTheCustomersWhenOcrReadItsParenthesisAsAnAngleBracket() {
        ExtractedFields f = extractor.extract(String.join("\n", "业务约定书", "甲方:重庆中和康复医院有限公司",
                "联系电话:023-48822131", "乙方 〈 受托方 ) :上海数档信息服务有限公司",
                "联系电话 :021-5555 6666 手机 : 13900001111"), 0.9);

        assertThat(f.customer().name()).isEqualTo("重庆中和康复医院有限公司");
        assertThat(f.customer().mobile()).isNull();
    }

    @Test
    void aTierPhraseBehindAGarbledLabelIsTheTierWhenItIsTheOnlyOne() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户档案登记表", "客户全称:合肥宏远广告股份有限公司",
                "CREP : 重点客户    行业分类:广告设计"), 0.9);

        assertThat(f.customer().tier()).isEqualTo(cn.archive.ingest.record.CustomerTier.KEY);
    }

    @Test
    void aTierWordInsideRunningTextIsNoTier() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户名称:合肥宏远广告股份有限公司",
                "我司重点客户服务部负责回访"), 0.9);

        assertThat(f.customer().tier()).isNull();
    }

    @Test
    void aMobileBesideAnotherAreasLandlineIsNotTheCustomersWhenTheOtherPartyLabelIsGarbled() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户服务约定书", "甲方:广州远航广告股份有限公司",
                "地址:广东广州市天河区天河北路764号", "联系电话:(020)3541 1966", "于机:188-8009-2460",
                "Zi (Sith):上海数档信息服务有限公司", "联系电话:021-5555 6666    手机:13900001111"), 0.9);

        assertThat(f.customer().phone()).isEqualTo("020-35411966");
        // 于机 is 手机 misread (a confusable glyph before a colon): the customer's own mobile, not 乙方's.
        assertThat(f.customer().mobile()).isEqualTo("18880092460");

        ExtractedFields withoutOwn = extractor.extract(String.join("\n", "客户服务约定书", "甲方:广州远航广告股份有限公司",
                "地址:广东广州市天河区天河北路764号", "联系电话:(020)3541 1966",
                "Zi (Sith):上海数档信息服务有限公司", "联系电话:021-5555 6666    手机:13900001111"), 0.9);
        assertThat(withoutOwn.customer().mobile()).isNull();
    }

    @Test
    void aMobileBesideTheCustomersOwnLandlineIsKept() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户名称:广州远航广告股份有限公司",
                "联系电话:020-35411966    手机:18880092460"), 0.9);

        assertThat(f.customer().mobile()).isEqualTo("18880092460");
    }

    @Test
    void aDateCellAfterALabelReadAsLatinIsTheRegistrationDateWhenItIsTheOnlyOne() {
        // tuning-0093: 建档日期 read "A BIA" on a card row beside the 客户编号.
        String card = String.join("\n", "客户档案卡", "客户编号    KH-2017-083351    A BIA    二 O 〇一七年五月十三日",
                "客户全称    郑州金桥电子有限公司");
        ExtractedFields f = extractor.extract(card, 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2017, 5, 13));
        assertThat(f.confidence().get("registeredOn")).isLessThan(0.9);
        assertThat(extractor.extract(card + "\nXY    2018-01-02", 0.9).registeredOn()).as("two such dates").isNull();
        assertThat(extractor.extract(card + "\n反馈内容:满意", 0.9).registeredOn()).as("a feedback form's date").isNull();
    }

    @Test
    void aDateAfterALabelReadAsLatinWithItsColonReadAsADot() {
        // tuning-1070: 填表日期 read "HAW." on a form's row; tuning-1133: "HIF AH. 2018 年 02 月 05 日".
        String form = String.join("\n", "客户信息登记表", "档案编号 :KH202315947", "HAW. 二 O 二三年五月十二日",
                "客户全称 : 北京嘉禾食品有限公司");
        ExtractedFields f = extractor.extract(form, 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(f.confidence().get("registeredOn")).isLessThan(0.9);
        assertThat(extractor.extract("客户姓名 : 李勇\nHIF AH. 2018 年 02 月 05 日    La a", 0.9).registeredOn())
                .isEqualTo(LocalDate.of(2018, 2, 5));
        // A dot that is no colon (a full stop ending a sentence of Latin) and a dot without a space after it read nothing.
        assertThat(extractor.extract("客户姓名 : 李勇\nHIF AH.2018 年 02 月 05 日", 0.9).registeredOn()).isNull();
        assertThat(extractor.extract(form + "\nXY. 2018 年 1 月 2 日", 0.9).registeredOn()).as("two such dates").isNull();
    }

    @Test
    void anIndustryNamedWholeAfterALabelReadAsLatinIsTheIndustryWhenItIsTheOnlyOne() {
        // tuning-0064: 所属行业 read "ARR".
        String form = String.join("\n", "客户名称 : 合肥鼎盛建设工程有限公司", "客户等级 : 潜在客户    ARR: 建筑工程");
        ExtractedFields f = extractor.extract(form, 0.9);

        assertThat(f.customer().industry().code()).isEqualTo("E");
        assertThat(f.confidence().get("customer.industry")).isLessThan(0.9);
        assertThat(extractor.extract(form + "\nXYZ: 软件开发", 0.9).customer().industry()).as("two sections").isNull();
        // A company's name after a garbled label is no industry, though 建设工程 is in it.
        assertThat(extractor.extract("客户等级 : 潜在客户    ARR: 合肥鼎盛建设工程有限公司", 0.9).customer().industry()).isNull();
        // Part of a value (设计 in 告设计) is not enough without the label.
        assertThat(extractor.extract("客户等级 : 潜在客户    ARR: 告设计", 0.9).customer().industry()).isNull();
    }

    @Test
    void aKnownLatinLabelIsNoGarbledOne() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户名称:杭州恒达商贸有限公司",
                "E-mail    2018-01-02"), 0.9);

        assertThat(f.registeredOn()).isNull();
    }

    @Test
    void aContractsFirstPartyIsTheCustomerWhenBothPartyLabelsAreGarbled() {
        // tuning-0065: 甲方（委托方） read "YR (£47)", 乙方（受托方） "OA (L467)"; the running text names 甲方 and 乙方.
        String contract = String.join("\n", "合同编号 : HT-2025-4181", "YR (£47) :南昌汇通建设工程有限公司",
                "地址 : 南昌市东湖区八一大道 127 号", "OA (L467) : 上海数档信息服务有限公司",
                "甲乙双方经友好协商 ， 就甲方委托乙方提供客户档案整理与数字化服务事宜");
        ExtractedFields f = extractor.extract(contract, 0.9);

        assertThat(f.customer().name()).isEqualTo("南昌汇通建设工程有限公司");
        assertThat(f.confidence().get("customer.name")).isLessThan(0.9 * 0.8);
        // A third company on such a line leaves the parties unclear.
        assertThat(extractor.extract(contract + "\nXY : 杭州西湖精密机械有限公司", 0.9).customer().name()).isNull();
    }

    @Test
    void aGarbledPartyLabelsColonReadAsASemicolonStillEndsTheLabel() {
        // tuning-0672: 甲方（委托方）： read "cy ;", 乙方's line whole; no company's name holds a semicolon.
        String contract = String.join("\n", "合同编号 : HT-2019-1348", "cy ; 南京鼎盛广告有限公司",
                "地址 :江苏南京市鼓楼区中山北路 616 号", "乙方受托方 ) : 上海数档信息服务有限公司",
                "甲乙双方经友好协商 ， 就甲方委托乙方提供客户档案");

        assertThat(extractor.extract(contract, 0.9).customer().name()).isEqualTo("南京鼎盛广告有限公司");
    }

    @Test
    void aPartysBracketedRoleIsItsLabelWhenOcrGarbledThePartyWord() {
        // tuning-0193 (rotated 270°): 甲方 read "Hy", 乙方 "Zi", 乙方's colon read as a comma.
        String contract = String.join("\n", "客户服务约定书", "Hy (委托方 ) :贵阳天润建设工程有限公司",
                "地址 ， 贵州贵阳市云岩区中华北路 318 号", "电话 : 0851-78578258", "手机 : +86-13047887454",
                "Zi (受托方 ) ， 上海数档信息服务有限公司", "地址 :上海市浦东新区张江路 100 号",
                "联系电话 : 021-5555 6666. FHL: 13900001111", "甲乙双方经友好协商 ， 就四方委托乙方提供客户档案");
        ExtractedFields f = extractor.extract(contract, 0.9);

        assertThat(f.customer().name()).isEqualTo("贵阳天润建设工程有限公司");
        assertThat(f.customer().phone()).isEqualTo("0851-78578258");
        // A comma after a bracket in prose is no label's colon.
        assertThat(extractor.extract("备注:客户(委托方) ,另行约定", 0.9).customer()).satisfiesAnyOf(
                c -> assertThat(c).isNull(), c -> assertThat(c.name()).isNull());
    }

    @Test
    void theCompanyAContractsPreambleCallsTheFirstPartyIsTheCustomer() {
        ExtractedFields f = extractor.extract(String.join("\n", "客户服务约定书",
                "兹有杭州西湖精密机械有限公司（以下简称“甲方”）委托上海数档信息服务有限公司（以下简称“乙方”）",
                "提供客户档案整理服务。"), 0.9);

        assertThat(f.customer().name()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(extractor.extract("上海数档信息服务有限公司（以下简称乙方）与杭州西湖精密机械有限公司签订", 0.9)
                .customer()).satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.name()).isNull());
    }

    @Test
    void aGarbledLabelMayHoldDigits() {
        // tuning-0214: 建档日期 read "32740 HA".
        ExtractedFields f = extractor.extract(String.join("\n", "客户档案卡",
                "档案编号    KH-2025-071774    32740 HA    2025/09/01", "客户全称    贵阳鼎盛物业服务有限公司"), 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        // A phone number's groups are no label.
        assertThat(extractor.extract("客户全称    贵阳鼎盛物业服务有限公司\n0311 8820    2025/09/01", 0.9).registeredOn()).isNull();
    }

    @Test
    void aLedgersRowNumberReadAsLettersIsNoDateLabel() {
        // tuning-0016: the row number 1 read "il" before the row's date; the paper has no registration date.
        ExtractedFields f = extractor.extract(String.join("\n", "客户业绩记录", "公司名称 : 西安星辰康复医院股份有限公司",
                "序号 AR    项目    金额 (元 )    备注", "il    20 2 4 年 1 月 2 5 日    数控车床配件    67,150.00",
                "2    2024 年 2 月 27 日    数控车床配件    550.00"), 0.9);

        assertThat(f.registeredOn()).isNull();
    }

    @Test
    void aContractsBareNumberIsTheContractsNotTheArchiveNumber() {
        // tuning-0130: 合同编号 with 合同 read onto the next line; the paper has no archive number.
        String contract = String.join("\n", "客户服务约定书", "编号 : HT-2017-2587", "“合同",
                "PH (REF) :乌鲁木齐恒达汽车配件有限公司");
        assertThat(extractor.extract(contract, 0.9).archiveNo()).isNull();
        assertThat(extractor.extract(contract.replace("“合同", "客户编号 : KH-2017-000123"), 0.9).archiveNo())
                .isEqualTo("KH-2017-000123");
        // On a form the bare 编号 is the file's number.
        assertThat(extractor.extract("客户登记表\n编号 : KH-2017-000123\n客户名称 : 乌鲁木齐恒达汽车配件有限公司", 0.9)
                .archiveNo()).isEqualTo("KH-2017-000123");
    }

    @Test
    void aContractsSigningSentenceWithOneMisreadCharacterStillGivesItsDate() {
        // tuning-0128: 签订 read 等订.
        ExtractedFields f = extractor.extract(String.join("\n", "客户服务约定书", "甲方 : 乌鲁木齐恒达汽车配件有限公司",
                "四 、 本约定书于 2020-08-24 等订 ， 上自签字盖章之日起生效 。"), 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2020, 8, 24));
        // A delivery signed for is no contract signed.
        assertThat(extractor.extract("客户名称 : 乌鲁木齐恒达汽车配件有限公司\n货物于 2020-08-24 签收", 0.9).registeredOn()).isNull();
    }

    @Test
    void theOneDateOfACustomersFormIsItsRegistrationDateWhateverItsLabelWasReadAs() {
        // tuning-1337: 填表日期 read "填表", no label at all.
        String card = String.join("\n", "客户档案卡", "档案编号    KH-2025-008681    填表    2025 年 6 月 26 日",
                "客户名称    上海华信软件有限公司", "客户等级    一般客户    行业分类    软件开发");
        ExtractedFields f = extractor.extract(card, 0.9);

        assertThat(f.registeredOn()).isEqualTo(LocalDate.of(2025, 6, 26));
        assertThat(f.confidence().get("registeredOn")).isLessThan(0.9);
        assertThat(extractor.extract(card + "\n备注    2024-01-02 回访", 0.9).registeredOn()).as("two dates").isNull();
        assertThat(extractor.extract(card + "\n反馈内容    满意", 0.9).registeredOn()).as("a feedback form's date").isNull();
        assertThat(extractor.extract(card.replace("填表    ", "到期时间    "), 0.9).registeredOn()).as("another date's label")
                .isNull();
    }

    @Test
    void theOneDateOfACustomersFormIsFoundBehindTheFewCharactersItsLabelWasGarbledIntoInItsCell() {
        // tuning-1636: 填表日期 read "十于其" in the date's cell; -0679: read "SORE".
        String card = String.join("\n", "客户信息卡", "档案编号KH202542050    十于其 2025 年 2 月 2 日",
                "客户全称    青岛立信精密机械有限公司", "客户等级    重要客户    行业分类    机械制造");

        assertThat(extractor.extract(card, 0.9).registeredOn()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(extractor.extract(card.replace("十于其", "SORE"), 0.9).registeredOn()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(extractor.extract(card.replace("十于其", "合同签订于"), 0.9).registeredOn()).as("more than a label's slip")
                .isNull();
    }

    @Test
    void aLedgersOneDatedRowIsNoRegistrationDate() {
        // tuning-1302's kind: a transaction ledger whose other rows' dates OCR garbled.
        String ledger = String.join("\n", "客户业绩记录", "客户全称 : 贵阳星辰广告有限公司", "客户编号 : DA-2025-3744", "序号 日期    项目    金额 (元)",
                "1    2025/05/08    培训服务    48,750.00", "2    RIE 软件许可    82,450.00");

        assertThat(extractor.extract(ledger, 0.9).registeredOn()).isNull();
    }

    @Test
    void aTierPhraseWithACharacterLostAndNoLabelGoesToAClerk() {
        // tuning-1499: the card's column of labels lost, 贵宾客户 read "宾客户".
        ExtractedFields f = extractor.extract(String.join("\n", "DA-2021-4074    2021 年 02 月 01 日",
                "宾客户    行业分类汽车零部件", "杨杰    电话    (023) 5591 8675", "137-8578-9074    E-mail    zhaoic@hayynd.cn"), 0.9);

        assertThat(f.customer().tier()).isEqualTo(cn.archive.ingest.record.CustomerTier.VIP);
        assertThat(f.confidence().get("customer.tier")).isLessThan(0.5);
    }
}
