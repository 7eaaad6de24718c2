package cn.archive.ingest.corpus;

import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.Region;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a corpus paper really says (标准答案), in record-schema.md's normal forms: only what was
 * printed on it, so a field the paper lacks is absent here and must be absent from extraction too.
 * Filled while the paper is composed; the scan's conditions are kept beside it for the report.
 */
final class GroundTruth {

    String file;
    String kind;
    String format;
    String font;
    int dpi;
    int rotation;
    int pages;
    String archiveNo;
    DocumentType documentType;
    String name;
    CustomerType type;
    CustomerTier tier;
    FakeCustomers.Trade trade;
    FakeCustomers.City city;
    boolean cityKnown;
    FakeCustomers.City nameCity;
    String address;
    String contactPerson;
    String phone;
    String mobile;
    String email;
    LocalDate registeredOn;

    Customer customer() {
        Industry industry = trade == null ? null : new Industry(trade.code(), trade.name(), trade.raw());
        Region region = city == null ? null : new Region(city.area(), city.province(), cityKnown ? city.city() : null);
        return new Customer(name, type, tier, industry, region, address, contactPerson, phone, mobile, email);
    }

    /** The record-schema.md shape, plus a {@code scan} object saying how the paper was scanned. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("archiveNo", archiveNo);
        out.put("documentType", documentType);
        out.put("customer", customer());
        out.put("registeredOn", registeredOn);
        out.put("pages", pages);
        Map<String, Object> scan = new LinkedHashMap<>();
        scan.put("kind", kind);
        scan.put("format", format);
        scan.put("font", font);
        scan.put("dpi", dpi);
        scan.put("rotation", rotation);
        out.put("scan", scan);
        return out;
    }
}
