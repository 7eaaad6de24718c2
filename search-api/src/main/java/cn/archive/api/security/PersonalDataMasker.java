package cn.archive.api.security;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
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

    public static ArchiveRecord mask(ArchiveRecord r) {
        Customer c = r.customer();
        Customer masked = c == null ? null : new Customer(c.name(), c.type(), c.tier(), c.industry(), c.region(),
                maskAddress(c.address()), c.contactPerson(), maskText(c.phone()), maskText(c.mobile()), maskText(c.email()));
        return new ArchiveRecord(r.id(), r.file(), r.archiveNo(), r.archiveNoAssigned(), r.documentType(), masked,
                r.registeredOn(), r.transactions(), r.communications(), r.confidence(), r.status(), r.error(), r.pages(),
                maskText(r.text()), r.original(), r.ingestedAt());
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
