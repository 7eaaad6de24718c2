package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.ExtractedFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    private static ExtractedFields fields(String name, CustomerTier tier, Map<String, Double> confidence) {
        Customer c = new Customer(name, null, tier, null, null, null, null, null, null, null);
        return new ExtractedFields(null, DocumentType.OTHER, c, null, List.of(), List.of(), confidence);
    }

    @Test
    void listsTheKeyFieldsAClerkChecks() {
        assertThat(ReviewPolicy.KEY_FIELDS).containsExactly("archiveNo", "customer.name", "customer.tier",
                "customer.industry", "customer.region", "customer.phone", "customer.mobile", "customer.email",
                "registeredOn");
    }

    @Test
    void passesWhenEveryPresentKeyFieldIsAboveTheThreshold() {
        ExtractedFields f = fields("杭州西湖精密机械有限公司", CustomerTier.VIP,
                Map.of("customer.name", 0.95, "customer.tier", 0.9));
        assertThat(ReviewPolicy.needsReview(f, 0.8)).isFalse();
    }

    @Test
    void sendsToReviewWhenTheNameIsMissing() {
        assertThat(ReviewPolicy.needsReview(fields(null, null, Map.of()), 0.5)).isTrue();
        assertThat(ReviewPolicy.needsReview(fields("  ", null, Map.of("customer.name", 1.0)), 0.5)).isTrue();
    }

    @Test
    void sendsToReviewWhenAPresentKeyFieldIsBelowTheThreshold() {
        ExtractedFields f = fields("杭州西湖精密机械有限公司", CustomerTier.VIP,
                Map.of("customer.name", 0.95, "customer.tier", 0.6));
        assertThat(ReviewPolicy.needsReview(f, 0.8)).isTrue();
    }

    @Test
    void sendsToReviewAFieldNotReadAfterItsLabelButNotAFieldThePaperDoesNotName() {
        // Extraction puts 0 for a key field whose label is on the paper with no value read (FieldExtractor).
        ExtractedFields gap = fields("杭州西湖精密机械有限公司", null, Map.of("customer.name", 0.95, "customer.tier", 0.0));
        assertThat(ReviewPolicy.needsReview(gap, 0.8)).isTrue();

        ExtractedFields none = fields("杭州西湖精密机械有限公司", null, Map.of("customer.name", 0.95));
        assertThat(ReviewPolicy.needsReview(none, 0.8)).isFalse();
    }

    @Test
    void treatsAPresentFieldWithoutConfidenceAsBelowTheThreshold() {
        ExtractedFields f = fields("杭州西湖精密机械有限公司", CustomerTier.VIP, Map.of("customer.name", 0.95));
        assertThat(ReviewPolicy.needsReview(f, 0.8)).isTrue();
    }

    @Test
    void sendsNothingReadAtAllToReview() {
        assertThat(ReviewPolicy.needsReview(null, 0.8)).isTrue();
        assertThat(ReviewPolicy.needsReview(new FieldExtractor().extract("", 1.0), 0.8)).isTrue();
    }
}
