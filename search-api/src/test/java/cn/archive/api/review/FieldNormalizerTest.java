package cn.archive.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a clerk types in the review queue, checked and normalised as extraction would have written it. */
class FieldNormalizerTest {

    private static final FieldNormalizer NORMALIZER = new FieldNormalizer();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static FieldNormalizer.Result normalize(FieldCorrection.CustomerFields customer, String archiveNo,
                                                    String type, String date) {
        return NORMALIZER.normalize(new FieldCorrection(1, archiveNo, type, date, customer), TODAY);
    }

    private static FieldCorrection.CustomerFields customer(String tier, String industryCode, String industryRaw,
                                                           String province, String city, String phone, String mobile,
                                                           String email) {
        return new FieldCorrection.CustomerFields(" 杭州西湖精密机械有限公司 ", "company", tier,
                new FieldCorrection.IndustryFields(industryCode, industryRaw),
                new FieldCorrection.RegionFields(province, city, null), "浙江省杭州市西湖区文三路398号", "王建国",
                phone, mobile, email);
    }

    @Test
    void valuesAreNormalisedTheWayExtractionWritesThem() {
        FieldNormalizer.Result r = normalize(customer("重点客户", null, "机械制造", "浙江", "杭州", "+86 571 8765 4321",
                "138-0571-2233", " WangJG@XHJM.com.cn "), "kh-2022-000233", "registration_form", "2022年5月9日");

        assertThat(r.errors()).isEmpty();
        Customer c = r.fields().customer();
        assertThat(c.name()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(c.type()).isEqualTo(CustomerType.COMPANY);
        assertThat(c.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(c.industry()).isEqualTo(new Industry("C", "制造业", "机械制造"));
        assertThat(c.region()).isEqualTo(new Region("华东", "浙江省", "杭州市"));
        assertThat(c.phone()).isEqualTo("0571-87654321");
        assertThat(c.mobile()).isEqualTo("13805712233");
        assertThat(c.email()).isEqualTo("wangjg@xhjm.com.cn");
        assertThat(r.fields().archiveNo()).isEqualTo("KH-2022-000233");
        assertThat(r.fields().documentType()).isEqualTo(DocumentType.REGISTRATION_FORM);
        assertThat(r.fields().registeredOn()).isEqualTo(LocalDate.of(2022, 5, 9));
    }

    @Test
    void theClerksSectionLetterWinsOverThePapersWordsAndAMunicipalityIsItsOwnCity() {
        FieldNormalizer.Result r = normalize(customer("VIP", "f", "机械制造", "北京", null, "010-62345678", null, null),
                null, null, "2021-01-31");

        assertThat(r.errors()).isEmpty();
        assertThat(r.fields().customer().industry()).isEqualTo(new Industry("F", "批发和零售业", "机械制造"));
        assertThat(r.fields().customer().region()).isEqualTo(new Region("华北", "北京市", "北京市"));
    }

    @Test
    void everyBadFieldIsNamedNotJustTheFirst() {
        FieldNormalizer.Result r = NORMALIZER.normalize(new FieldCorrection(null, "档案", "LETTER", "2027-01-01",
                new FieldCorrection.CustomerFields("名\u0000称", "ROBOT", "战略客户", new FieldCorrection.IndustryFields("Z", null),
                        new FieldCorrection.RegionFields("火星省", null, null), null, null, "0571-8765432 转 8",
                        "1380571223", "wang@")), TODAY);

        assertThat(r.valid()).isFalse();
        assertThat(r.fields()).isNull();
        assertThat(r.errors()).extracting(FieldNormalizer.FieldError::field).containsExactlyInAnyOrder("baseRevision",
                "archiveNo", "documentType", "registeredOn", "customer.name", "customer.type", "customer.tier",
                "customer.industry.code", "customer.region.province", "customer.phone", "customer.mobile",
                "customer.email");
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void aNumberInsideLongerTextIsNotTakenForTheWholeValue() {
        FieldNormalizer.Result r = normalize(customer(null, null, null, null, null, "0571-87654321 13805712233",
                "手机13805712233", null), "KH-2022-000233 见背面", null, null);

        assertThat(r.errors()).extracting(FieldNormalizer.FieldError::field)
                .containsExactlyInAnyOrder("customer.phone", "customer.mobile", "archiveNo");
    }

    @Test
    void aCityOfAnotherProvinceAndAnAreaThatIsNoneAreRefused() {
        assertThat(normalize(customer(null, null, null, "浙江省", "广州市", null, null, null), null, null, null).errors())
                .extracting(FieldNormalizer.FieldError::field).containsExactly("customer.region.city");
        FieldNormalizer.Result areaOnly = NORMALIZER.normalize(new FieldCorrection(2, null, null, null,
                new FieldCorrection.CustomerFields("某公司", null, null, null,
                        new FieldCorrection.RegionFields(null, null, "华东"), null, null, null, null, null)), TODAY);
        assertThat(areaOnly.fields().customer().region()).isEqualTo(new Region("华东", null, null));
        FieldNormalizer.Result noArea = NORMALIZER.normalize(new FieldCorrection(2, null, null, null,
                new FieldCorrection.CustomerFields("某公司", null, null, null,
                        new FieldCorrection.RegionFields(null, null, "东南"), null, null, null, null, null)), TODAY);
        assertThat(noArea.errors()).extracting(FieldNormalizer.FieldError::field).containsExactly("customer.region.area");
    }

    @Test
    void emptyValuesAreNoValuesAndAnEmptyCustomerIsNone() {
        FieldNormalizer.Result r = NORMALIZER.normalize(new FieldCorrection(3, " ", "", null,
                new FieldCorrection.CustomerFields("", null, " ", null, null, null, null, null, null, null)), TODAY);

        assertThat(r.errors()).isEmpty();
        assertThat(r.fields()).isEqualTo(new FieldNormalizer.Fields(null, null, null, null));
    }

    @Test
    void aReviewedRecordIsOneRevisionOnWithEveryConfirmedFieldCertainAndTheChangesNamed() {
        Customer before = new Customer("杭州西湖精密机械有限公司", CustomerType.COMPANY, CustomerTier.VIP, null,
                new Region("华东", "浙江省", "杭州市"), null, null, null, "13805712233", null);
        ArchiveRecord current = new ArchiveRecord("a".repeat(64), "scan.png", "AUTO-2026-AAAAAAAA", true, null, before, null,
                List.of(), List.of(), Map.of("customer.name", 0.3, "customer.mobile", 0.4, "transactions", 0.8),
                DocumentStatus.NEEDS_REVIEW, null, 1, "text", new OriginalInfo("image/png", 1, "a".repeat(64)),
                Instant.parse("2026-11-20T02:00:00Z"));
        FieldNormalizer.Fields fields = normalize(new FieldCorrection.CustomerFields("杭州西湖精密机械股份有限公司", "COMPANY",
                "VIP", null, new FieldCorrection.RegionFields("浙江省", "杭州市", null), null, null, null, null, null),
                null, null, null).fields();
        Instant now = Instant.parse("2026-11-26T04:00:00Z");

        ArchiveRecord next = RecordReviews.reviewed(current, fields, "archivist", now);

        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.reviewedBy()).isEqualTo("archivist");
        assertThat(next.reviewedAt()).isEqualTo(now);
        assertThat(next.status()).isEqualTo(DocumentStatus.INDEXED);
        assertThat(next.archiveNo()).as("the assigned number is kept").isEqualTo("AUTO-2026-AAAAAAAA");
        assertThat(next.archiveNoAssigned()).isTrue();
        assertThat(next.confidence()).containsOnly(Map.entry("archiveNo", 1.0), Map.entry("customer.name", 1.0),
                Map.entry("customer.type", 1.0), Map.entry("customer.tier", 1.0), Map.entry("customer.region", 1.0),
                Map.entry("transactions", 0.8));
        assertThat(FieldPaths.changed(current, next)).containsExactly("customer.name", "customer.mobile");
        assertThat(next.text()).isEqualTo("text");
        assertThat(next.ingestedAt()).isEqualTo(current.ingestedAt());
    }

    @Test
    void theQueueNamesKeyFieldsUnderTheThresholdAndAMissingName() {
        ArchiveRecord r = new ArchiveRecord("b".repeat(64), null, "KH-1", false, null,
                new Customer(null, null, CustomerTier.KEY, null, null, null, null, null, "13805712233", null),
                LocalDate.of(2022, 5, 9), null, null, Map.of("customer.tier", 0.9, "customer.mobile", 0.2, "archiveNo", 0.49),
                DocumentStatus.NEEDS_REVIEW, null, 1, null, null, Instant.now());

        assertThat(ReviewQueue.lowConfidence(r, 0.5))
                .containsExactly("archiveNo", "customer.name", "customer.mobile", "registeredOn");
    }

    @Test
    void theQueueNamesAKeyFieldNotReadAfterItsLabel() {
        // The tier's label is on the paper with nothing read after it (confidence 0, no value); no industry is named.
        ArchiveRecord r = new ArchiveRecord("c".repeat(64), null, "KH-1", false, null,
                new Customer("杭州西湖精密机械有限公司", null, null, null, null, null, null, null, "13805712233", null),
                LocalDate.of(2022, 5, 9), null, null, Map.of("archiveNo", 0.9, "customer.name", 0.9, "customer.mobile", 0.9,
                "registeredOn", 0.9, "customer.tier", 0.0),
                DocumentStatus.NEEDS_REVIEW, null, 1, null, null, Instant.now());

        assertThat(ReviewQueue.lowConfidence(r, 0.5)).containsExactly("customer.tier");
    }
}
