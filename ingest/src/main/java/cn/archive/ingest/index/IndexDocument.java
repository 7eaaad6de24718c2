package cn.archive.ingest.index;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What goes into Elasticsearch for a record: the record as it is, plus a {@code lookup} object of
 * keys derived at index time so that people find a file by what they remember (检索键) — a phone
 * number typed with or without separators, its last four digits, an archive number without its
 * dashes, the start of a customer's name. The API never returns {@code lookup}: hits are read with a
 * source filter and records come from the manifest, so the record keeps its record-schema.md shape.
 */
public final class IndexDocument {

    /** Areas a suggestion context takes when the record has none, so every suggestion has one. */
    public static final String NO_AREA = "_none";

    private IndexDocument() {
    }

    /** The JSON indexed for {@code record}. */
    public static ObjectNode of(ArchiveRecord record) {
        ObjectNode doc = RecordJson.mapper().valueToTree(record);
        ObjectNode lookup = doc.putObject("lookup");
        Customer c = record.customer();
        Set<String> digits = new LinkedHashSet<>();
        if (c != null) {
            addPhone(digits, c.phone());
            addPhone(digits, c.mobile());
        }
        Set<String> tails = new LinkedHashSet<>();
        ArrayNode phoneDigits = lookup.putArray("phoneDigits");
        for (String d : digits) {
            phoneDigits.add(d);
            tails.add(d.substring(d.length() - 4));
        }
        ArrayNode phoneTail = lookup.putArray("phoneTail");
        tails.forEach(phoneTail::add);
        if (record.archiveNo() != null) {
            lookup.put("archiveNoCompact", compact(record.archiveNo()));
        }
        if (c != null && c.name() != null && !c.name().isBlank()) {
            ObjectNode suggest = lookup.putObject("nameSuggest");
            ArrayNode input = suggest.putArray("input");
            nameInputs(c).forEach(input::add);
            String area = c.region() == null || c.region().area() == null ? NO_AREA : c.region().area();
            suggest.putObject("contexts").putArray("area").add(area);
        }
        return doc;
    }

    /** Digits only, upper-case letters: KH-2023-000417, kh 2023/000417 and KH2023000417 are one key. */
    public static String compact(String archiveNo) {
        return archiveNo.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    /** Digits of a phone; a landline also under its local number, since callers often omit the area code. */
    private static void addPhone(Set<String> digits, String phone) {
        if (phone == null) {
            return;
        }
        String all = phone.replaceAll("[^0-9]", "");
        if (all.length() >= 5) {
            digits.add(all);
        }
        int dash = phone.indexOf('-');
        if (dash > 0) {
            String local = phone.substring(dash + 1).replaceAll("[^0-9]", "");
            if (local.length() >= 5) {
                digits.add(local);
            }
        }
    }

    /**
     * The name, and the name without its leading place (杭州西湖精密… is also typed as 西湖精密…):
     * completion matches from the start of an input only.
     */
    static Set<String> nameInputs(Customer c) {
        String name = c.name().strip();
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(name);
        if (c.region() != null) {
            for (String place : new String[] {c.region().province(), c.region().city()}) {
                if (place == null) {
                    continue;
                }
                String shortPlace = place.replaceAll("(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
                for (String prefix : new String[] {place, shortPlace}) {
                    if (!prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length() + 1) {
                        inputs.add(name.substring(prefix.length()));
                    }
                }
            }
        }
        return inputs;
    }
}
