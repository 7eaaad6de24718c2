package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The company or person a document is about (客户). Phones, e-mail and address are personal
 * information under PIPL and are masked by the API for roles without the right to see them.
 *
 * @param phone  landline in normal form: area code, '-', local number (0571-87654321)
 * @param mobile 11 digits, no separators
 * @param email  lower case
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Customer(
        String name,
        CustomerType type,
        CustomerTier tier,
        Industry industry,
        Region region,
        String address,
        String contactPerson,
        String phone,
        String mobile,
        String email) {
}
