package cn.archive.api.review;

/**
 * The body of {@code PUT /api/documents/{id}/fields}: the full new set of reviewable fields, as a
 * clerk confirmed or corrected them beside the scan. Every value arrives as text and is checked and
 * normalised by {@link FieldNormalizer}, so a wrong value is named in the 400 rather than failing
 * the JSON binding; an absent or null field means "no value".
 *
 * @param baseRevision the revision the clerk loaded; another one saved meanwhile is a 409
 */
record FieldCorrection(
        Integer baseRevision,
        String archiveNo,
        String documentType,
        String registeredOn,
        CustomerFields customer) {

    /** The customer's fields; {@code industry} and {@code region} as the record holds them. */
    record CustomerFields(
            String name,
            String type,
            String tier,
            IndustryFields industry,
            RegionFields region,
            String address,
            String contactPerson,
            String phone,
            String mobile,
            String email) {
    }

    /** @param code the GB/T 4754 section letter; @param raw the words on the paper */
    record IndustryFields(String code, String raw) {
    }

    /** @param area only when no province is known (华东); otherwise derived from the province */
    record RegionFields(String province, String city, String area) {
    }
}
