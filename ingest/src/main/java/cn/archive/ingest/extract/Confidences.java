package cn.archive.ingest.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects per-field confidences for one document: the OCR confidence of the words the value was
 * read from × how it was found (the evidence factor).
 */
final class Confidences {

    private final double page;
    private final WordConfidence words;
    private final Map<String, Double> byField = new LinkedHashMap<>();

    /**
     * @param pageConfidence the document's mean OCR confidence, for what is not read off words of its
     *                       own (a document type, a ledger, a date inferred from several)
     */
    Confidences(double pageConfidence, WordConfidence words) {
        this.page = clamp(pageConfidence);
        this.words = words;
    }

    /**
     * A key field whose label is on the paper with no value read after it: confidence 0 and no value, so the
     * document goes to review with the gap named ({@link ReviewPolicy}). A value found later keeps its own.
     */
    void unread(String field) {
        byField.putIfAbsent(field, 0.0);
    }

    /** A field that is no single value's words: the page's OCR confidence × the evidence. */
    void put(String field, Evidence evidence) {
        put(field, evidence.factor);
    }

    void put(String field, double factor) {
        byField.put(field, round(page * factor));
    }

    /** A value read after a label: its own words' confidence × the label's evidence. */
    void put(String field, LabeledText.Hit hit) {
        put(field, hit, 1.0);
    }

    /** As {@link #put(String, LabeledText.Hit)}, with a further factor for how the value was parsed. */
    void put(String field, LabeledText.Hit hit, double factor) {
        put(field, hit, hit.value(), factor);
    }

    /** A value read from part of a labelled value ({@code part}: the place names of an address). */
    void put(String field, LabeledText.Hit hit, String part, double factor) {
        byField.put(field, round(clamp(words.of(hit.line(), part)) * hit.evidence().factor * factor));
    }

    /** The least confidence of the words {@code hit}'s value was read from (no evidence factor). */
    double words(LabeledText.Hit hit) {
        return clamp(words.of(hit.line(), hit.value()));
    }

    /** The confidence of the word each character of {@code value}, read after {@code hit}'s label, was read in (see {@link WordConfidence#perCharacter}). */
    java.util.Optional<double[]> perCharacter(LabeledText.Hit hit, String value) {
        return words.perCharacter(hit.line(), value);
    }

    /** As {@link #perCharacter(LabeledText.Hit, String)}, for a value found on {@code line} without a label. */
    java.util.Optional<double[]> perCharacter(int line, String value) {
        return words.perCharacter(line, value);
    }

    /** The confidence put for {@code field}, 0 when none was. */
    double of(String field) {
        return byField.getOrDefault(field, 0.0);
    }

    /** A value read after a label again on its own, with that reading's {@code ocrConfidence}. */
    void put(String field, Evidence evidence, double ocrConfidence) {
        byField.put(field, round(clamp(ocrConfidence) * evidence.factor));
    }

    /** A value found without a label, as {@code raw} was written somewhere on the paper. */
    void put(String field, Evidence evidence, String raw) {
        put(field, evidence.factor, raw);
    }

    void put(String field, double factor, String raw) {
        if (raw == null) {
            put(field, factor);
            return;
        }
        byField.put(field, round(clamp(words.anywhere(raw)) * factor));
    }

    void scale(String field, double factor) {
        byField.computeIfPresent(field, (k, v) -> round(v * factor));
    }

    /** Forgets a field that was found and then rejected by a cross-check. */
    void remove(String field) {
        byField.remove(field);
    }

    Map<String, Double> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    // NaN or out-of-range OCR scores would poison a field: clamp them into 0..1.
    private static double clamp(double c) {
        return Double.isNaN(c) ? 0 : Math.max(0, Math.min(1, c));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
