package cn.archive.ingest.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects per-field confidences (OCR confidence × evidence factors) for one document. */
final class Confidences {

    private final double ocr;
    private final Map<String, Double> byField = new LinkedHashMap<>();

    Confidences(double ocrConfidence) {
        // NaN or out-of-range OCR scores would poison every field: clamp them into 0..1.
        this.ocr = Double.isNaN(ocrConfidence) ? 0 : Math.max(0, Math.min(1, ocrConfidence));
    }

    void put(String field, Evidence evidence) {
        put(field, evidence.factor);
    }

    void put(String field, double factor) {
        byField.put(field, round(ocr * factor));
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

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
