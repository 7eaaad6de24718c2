package cn.archive.ingest.extract;

import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.ExtractedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        return f == null || f.customer() == null || !doubtful(key -> value(f, key), f.confidence(), threshold).isEmpty();
    }

    /**
     * The key fields that send a record to review, in {@link #KEY_FIELDS} order (what the review queue shows a
     * clerk to look at first): the customer's name when it is missing or blank, a field {@code valueOf} gives a
     * value whose {@code confidence} is below {@code threshold} or absent, and a field without a value whose entry
     * is below it (its label on the paper, nothing read after it).
     */
    public static List<String> doubtful(Function<String, Object> valueOf, Map<String, Double> confidence,
                                        double threshold) {
        Map<String, Double> entries = confidence == null ? Map.of() : confidence;
        List<String> doubtful = new ArrayList<>();
        for (String key : KEY_FIELDS) {
            Double c = entries.get(key);
            Object v = valueOf.apply(key);
            boolean present = v != null && !(v instanceof String text && text.isBlank());
            if (present ? c == null || c < threshold : key.equals("customer.name") || c != null && c < threshold) {
                doubtful.add(key);
            }
        }
        return doubtful;
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
