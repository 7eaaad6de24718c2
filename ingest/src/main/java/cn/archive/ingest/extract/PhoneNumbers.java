package cn.archive.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers (电话号码) in their normal forms: a mobile (手机) as 11 digits 1[3-9]xxxxxxxxx,
 * a landline (座机) as area code, '-', local number (0571-87654321). Accepts the ways they are
 * written: +86 / 86 prefixes, spaces and dashes between groups, the area code in brackets.
 */
public final class PhoneNumbers {

    // The groups may be set apart by a dot too: written so (152.0201.2468), or a speck OCR read between
    // them ("+86 152 0201.2468", tuning-0404).
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?<![0-9][-.])(?:(?:\\+|00)?86\\s*-?\\s*)?(1[3-9]\\d)[\\s.-]?(\\d{4})[\\s.-]?(\\d{4})(?![0-9])(?![-.][0-9])");
    // Country code before a landline stands in for the trunk prefix 0: +86-571-87654321.
    private static final Pattern COUNTRY_CODE = Pattern.compile("(?:\\(\\+86\\)|\\+86|0086)[\\s-]*\\(?(?=[2-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])\\(?\\s*(0\\d{2,3})\\s*\\)?\\s*-?\\s*(\\d{3,4})[\\s-]?(\\d{4})(?![0-9])");

    private PhoneNumbers() {
    }

    /** The first mobile number in {@code text}, as 11 digits. */
    public static Optional<String> mobile(String text) {
        List<String> all = mobiles(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The first landline in {@code text}, as AREA-LOCAL. */
    public static Optional<String> landline(String text) {
        List<String> all = landlines(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The area code of a landline in normal form ("0571-87654321" → "0571"). */
    public static Optional<String> areaCode(String landline) {
        if (landline == null) {
            return Optional.empty();
        }
        int dash = landline.indexOf('-');
        return dash > 0 ? Optional.of(landline.substring(0, dash)) : Optional.empty();
    }

    /**
     * False for a landline in normal form whose local number cannot be: the cities with a three-digit area
     * code (010, 02x) all dial eight-digit numbers, so "021-5555666" lost a digit.
     */
    public static boolean plausibleLocal(String landline) {
        int dash = landline.indexOf('-');
        return dash != 3 || landline.length() - dash - 1 == 8;
    }

    static List<String> mobiles(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MOBILE.matcher(TextNormalizer.basic(text));
        while (m.find()) {
            out.add(m.group(1) + m.group(2) + m.group(3));
        }
        return out;
    }

    static List<String> landlines(String text) {
        List<String> out = new ArrayList<>();
        String s = COUNTRY_CODE.matcher(TextNormalizer.basic(text)).replaceAll("0");
        Matcher m = LANDLINE.matcher(s);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            // Area codes are 010 and 02x, or four digits: the prefix decides, not how it was spaced.
            int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
            String local = digits.substring(areaLength);
            if (local.length() >= 7 && local.length() <= 8 && local.charAt(0) != '0') {
                out.add(digits.substring(0, areaLength) + "-" + local);
            }
        }
        return out;
    }
}
