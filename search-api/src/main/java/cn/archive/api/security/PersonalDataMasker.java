package cn.archive.api.security;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal information (个人信息, PIPL) for roles without the right to see it: mobiles as
 * 138****2233, landlines as 0571-****4321, e-mail as w***@xhjm.com.cn, ID numbers as
 * 3301**********1234, addresses cut after the district. Free text (OCR text, highlights) is masked
 * by pattern, since personal data can appear anywhere on a scanned page.
 */
public final class PersonalDataMasker {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3})([-\\s)）]{0,2})\\d{3,4}[ -]?(\\d{4})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    /** An address written after its label on a form: the label stays, the street goes. */
    private static final Pattern LABELLED_ADDRESS =
            Pattern.compile("((?:通讯|联系|注册|家庭|户籍|居住)?地址|住址)(\\s*[:：]?\\s*)([^\\n\\f]+)");
    /** The first district-level unit (区, 县, 旗) that is not part of 自治区 or 特别行政区. */
    private static final Pattern DISTRICT = Pattern.compile("(?<!自治|行政)[区县旗]");

    private PersonalDataMasker() {
    }

    /**
     * The record as a role without the right to personal data sees it: the customer's fields masked,
     * and the OCR text and communication notes masked by pattern and wherever the customer's own
     * street, phones or e-mail appear in them unlabelled.
     */
    public static ArchiveRecord mask(ArchiveRecord r) {
        Customer c = r.customer();
        List<Communication> notes = r.communications() == null ? null : r.communications().stream()
                .map(n -> new Communication(n.date(), n.channel(), maskKnown(maskText(n.summary()), c))).toList();
        return new ArchiveRecord(r.id(), r.file(), r.archiveNo(), r.archiveNoAssigned(), r.documentType(), mask(c),
                r.registeredOn(), r.transactions(), notes, r.confidence(), r.status(), r.error(), r.pages(),
                maskKnown(maskText(r.text()), c), r.original(), r.ingestedAt(), r.revision(), r.reviewedBy(), r.reviewedAt());
    }

    /** Replaces the customer's own personal values (street part of the address, phones, e-mail) in free text. */
    static String maskKnown(String text, Customer c) {
        if (text == null || c == null) {
            return text;
        }
        String s = text;
        for (String secret : knownSecrets(c)) {
            s = s.replace(secret, "****");
        }
        return s;
    }

    /** The customer's personal values as they may appear verbatim on the page. */
    static List<String> knownSecrets(Customer c) {
        List<String> secrets = new ArrayList<>();
        if (c == null) {
            return secrets;
        }
        if (c.address() != null) {
            String street = c.address().substring(districtEnd(c.address()));
            if (street.length() >= 3) {
                secrets.add(street);
            }
        }
        for (String v : new String[] {c.mobile(), c.phone(), c.email()}) {
            if (v != null && v.length() >= 5) {
                secrets.add(v);
            }
        }
        return secrets;
    }

    /**
     * Where personal information is in a text, as [start, end) character ranges: ID numbers, mobiles,
     * landlines, e-mail, the street part of labelled addresses, and the customer's known values.
     * Used to black out the words of a page image ({@link PageRedactor}).
     */
    public static List<int[]> personalSpans(String text, Customer known) {
        List<int[]> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        for (Pattern p : List.of(ID_CARD, MOBILE, LANDLINE, EMAIL)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher a = LABELLED_ADDRESS.matcher(text);
        while (a.find()) {
            int district = districtEnd(a.group(3));
            spans.add(new int[] {a.start(3) + district, a.end(3)});
        }
        for (String secret : knownSecrets(known)) {
            for (int i = text.indexOf(secret); i >= 0; i = text.indexOf(secret, i + 1)) {
                spans.add(new int[] {i, i + secret.length()});
            }
        }
        return spans;
    }

    public static Customer mask(Customer c) {
        return c == null ? null : new Customer(c.name(), c.type(), c.tier(), c.industry(), c.region(),
                maskAddress(c.address()), c.contactPerson(), maskText(c.phone()), maskText(c.mobile()), maskText(c.email()));
    }

    /** Masks every ID number, mobile, landline, e-mail and labelled address found in free text. */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(ID_CARD, text, m -> m.group(1) + "**********" + m.group(2));
        s = replace(LABELLED_ADDRESS, s, m -> m.group(1) + m.group(2) + maskAddress(m.group(3).strip()));
        s = replace(MOBILE, s, m -> m.group(1) + "****" + m.group(2));
        s = replace(LANDLINE, s, m -> m.group(1) + m.group(2) + "****" + m.group(3));
        return replace(EMAIL, s, m -> m.group(1) + "***" + m.group(2));
    }

    /** Keeps an address down to its district (区/县); the street and number are personal. */
    static String maskAddress(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int keep = districtEnd(address);
        return keep > 0 && keep < address.length() ? address.substring(0, keep) + "****" : "****";
    }

    /** Where the district part of an address ends (0 when it has none): what a viewer may see. */
    public static int districtEnd(String address) {
        Matcher m = DISTRICT.matcher(address);
        return m.find() ? m.end() : 0;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
