package cn.archive.ingest.extract;

import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.ExtractedFields;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an extraction needs a clerk's review (人工复核): when the customer has no name,
 * when any key field that was read has a confidence below the threshold, or when one whose label is on the
 * paper was not read.
 */
public final class ReviewPolicy {

    /** The fields a clerk checks first; a low score on any of them sends the document to review. */
    public static final List<String> KEY_FIELDS = List.of("archiveNo", "customer.name", "customer.tier",
            "customer.industry", "customer.region", "customer.phone", "customer.mobile", "customer.email",
            "registeredOn");

    private ReviewPolicy() {
    }

    /**
     * True when the customer name is missing, or a present key field's confidence is below
     * {@code threshold}. A present field without any confidence entry counts as below it; an absent one with an
     * entry below it (0: its label is on the paper, no value was read after it) is a gap a clerk fills.
     */
    public static boolean needsReview(ExtractedFields f, double threshold) {
        if (f == null || f.customer() == null || f.customer().name() == null || f.customer().name().isBlank()) {
            return true;
        }
        Map<String, Double> confidence = f.confidence() == null ? Map.of() : f.confidence();
        for (String key : KEY_FIELDS) {
            Double c = confidence.get(key);
            if (value(f, key) != null ? c == null || c < threshold : c != null && c < threshold) {
                return true;
            }
        }
        return false;
    }

    private static Object value(ExtractedFields f, String key) {
        Customer c = f.customer();
        return switch (key) {
            case "archiveNo" -> f.archiveNo();
            case "customer.name" -> c.name();
            case "customer.tier" -> c.tier();
            case "customer.industry" -> c.industry();
            case "customer.region" -> c.region();
            case "customer.phone" -> c.phone();
            case "customer.mobile" -> c.mobile();
            case "customer.email" -> c.email();
            case "registeredOn" -> f.registeredOn();
            default -> throw new IllegalStateException("Unknown key field '" + key + "'");
        };
    }
}
