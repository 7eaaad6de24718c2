package cn.archive.ingest.corpus;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The key fields (关键字段) a clerk checks on every record, read the same way from the ground truth
 * and from an extracted record, so they can be compared. An assigned archive number is no reading.
 */
enum KeyFields {
    ARCHIVE_NO("archiveNo"),
    NAME("customer.name"),
    TIER("customer.tier"),
    INDUSTRY("customer.industry"),
    REGION("customer.region"),
    PROVINCE("customer.province"),
    PHONE("customer.phone"),
    MOBILE("customer.mobile"),
    EMAIL("customer.email"),
    REGISTERED_ON("registeredOn");

    final String label;

    KeyFields(String label) {
        this.label = label;
    }

    static Map<KeyFields, String> of(GroundTruth t) {
        return read(t.archiveNo, t.customer(), t.registeredOn == null ? null : t.registeredOn.toString());
    }

    static Map<KeyFields, String> of(ArchiveRecord r) {
        String archiveNo = Boolean.TRUE.equals(r.archiveNoAssigned()) ? null : r.archiveNo();
        return read(archiveNo, r.customer(), r.registeredOn() == null ? null : r.registeredOn().toString());
    }

    private static Map<KeyFields, String> read(String archiveNo, Customer c, String registeredOn) {
        Map<KeyFields, String> out = new LinkedHashMap<>();
        out.put(ARCHIVE_NO, archiveNo);
        out.put(NAME, get(c, Customer::name));
        out.put(TIER, get(c, x -> x.tier() == null ? null : x.tier().name()));
        out.put(INDUSTRY, get(c, x -> x.industry() == null ? null : x.industry().code()));
        out.put(REGION, get(c, x -> x.region() == null ? null : x.region().area()));
        out.put(PROVINCE, get(c, x -> x.region() == null ? null : x.region().province()));
        out.put(PHONE, get(c, Customer::phone));
        out.put(MOBILE, get(c, Customer::mobile));
        out.put(EMAIL, get(c, Customer::email));
        out.put(REGISTERED_ON, registeredOn);
        return out;
    }

    private static String get(Customer c, Function<Customer, String> f) {
        return c == null ? null : f.apply(c);
    }

    /** Right when both agree, including both absent; a value the paper does not carry is wrong. */
    static boolean right(String truth, String read) {
        return Objects.equals(truth, read);
    }
}
