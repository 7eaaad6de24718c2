package cn.archive.ingest.extract;

/**
 * How a value was found, as the factor its confidence gets on top of the OCR confidence: a value
 * after its printed label is as good as the OCR; one found by its shape alone, or inferred from
 * another field, is less certain.
 */
enum Evidence {
    /** After an exactly read label (客户名称：…). */
    LABEL(1.0),
    /** After a label with one misread character (客户名杯：…). */
    FUZZY_LABEL(0.85),
    /** By its shape alone, with no label (a lone 138… mobile, KH-2023-000417). */
    PATTERN(0.8),
    /** Derived from another field: region from the address, type from a company suffix. */
    INFERRED(0.7),
    /**
     * Region from a landline area code: a fixed line belongs to its city's exchange, but the number
     * may be a branch's or misread, so it is as certain as a region inferred from the address.
     */
    AREA_CODE(0.7);

    /**
     * Applied to both region and phone when the phone's area code is in another province: one of them is
     * misread, so neither keeps a confidence above the review threshold (0.6 left a 0.9 phone at 0.54, indexed).
     */
    static final double MISMATCH = 0.5;

    final double factor;

    Evidence(double factor) {
        this.factor = factor;
    }
}
