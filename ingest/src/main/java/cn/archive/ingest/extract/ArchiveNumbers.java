package cn.archive.ingest.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archive numbers (档案编号) as printed — KH-2023-000417, KH202300417, DA-2023-0417,
 * 档案号 No.2021/0335 — kept as printed in upper case without spaces; and the number assigned to a
 * paper that has none: {@code AUTO-<year>-<first 8 hex digits of the document's SHA-256, upper case>}.
 */
public final class ArchiveNumbers {

    private static final Pattern LABELLED = Pattern.compile("(?<!合同|协议|证件|身份证)(?:档案编号|档案号码|档案号|档号|编号)\\s*[:：]?\\s*(\\S+(?:\\s*[-/.]\\s*\\S+)*)");
    // "No." is the printed label, not part of the number.
    private static final Pattern NO_PREFIX = Pattern.compile("^(?:NO\\.?|NO:|№|#)");
    private static final Pattern TOKEN = Pattern.compile("^[A-Z0-9][A-Z0-9]*(?:[-/._][A-Z0-9]+)*");
    private static final Pattern UNLABELLED = Pattern.compile("(?<![A-Z0-9-])[A-Z]{1,4}-?\\d{4}-?\\d{3,6}(?![A-Z0-9])");
    // Contract and agreement numbers look like archive numbers but are not.
    private static final Pattern OTHER_NUMBERS = Pattern.compile("(?:合同|协议)\\s*编?\\s*号\\s*:?\\s*\\S+");
    // The year an archive number is filed under, leading its digits: KH-2023-000417, KH202300417, DA-2023-0417.
    private static final Pattern YEAR = Pattern.compile("^[A-Z]{0,4}[-/._]?((?:19|20)\\d{2})(?=[-/._]|\\d)");
    private static final Pattern SHA_PREFIX = Pattern.compile("^[0-9a-fA-F]{8}");
    // Letters, a year and a serial with a separator between two of the three parts but not the other two:
    // "DA2018-1624", "KH-2023000417". A numbering scheme separates all its parts or none.
    private static final Pattern ONE_SEPARATOR_LOST = Pattern.compile(
            "^([A-Z]{1,4})(?:([-/._])((?:19|20)\\d{2})(\\d{3,6})|((?:19|20)\\d{2})([-/._])(\\d{3,6}))$");

    private ArchiveNumbers() {
    }

    /** The archive number in a whole text: after its label, else the one number-shaped token. */
    public static Optional<String> find(String text) {
        Matcher m = LABELLED.matcher(String.join("\n", TextNormalizer.lines(text)));
        while (m.find()) {
            Optional<String> v = fromValue(m.group(1));
            if (v.isPresent()) {
                return v;
            }
        }
        return unlabelled(OTHER_NUMBERS.matcher(TextNormalizer.basic(text)).replaceAll(" "));
    }

    /** The number in what follows an archive-number label; empty if it is not number-shaped. */
    public static Optional<String> fromValue(String value) {
        String s = TextNormalizer.basic(value).toUpperCase(Locale.ROOT)
                .replaceAll("\\s*([-/._])\\s*", "$1").strip();
        s = NO_PREFIX.matcher(s).replaceFirst("").strip();
        Matcher m = TOKEN.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String token = fixDigits(m.group());
        long digits = token.chars().filter(Character::isDigit).count();
        return digits >= 3 && token.length() >= 4 ? Optional.of(token) : Optional.empty();
    }

    /** A number-shaped token (KH-2023-000417) without a label, only when exactly one is printed. */
    static Optional<String> unlabelled(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = UNLABELLED.matcher(TextNormalizer.basic(text).toUpperCase(Locale.ROOT));
        while (m.find()) {
            found.add(m.group());
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The year an archive number opens its digits with (KH-2023-000417 → 2023), which is the year the
     * file was opened; empty where its digits do not start with a year of 19xx or 20xx.
     */
    public static OptionalInt year(String archiveNo) {
        Matcher m = archiveNo == null ? null : YEAR.matcher(archiveNo);
        return m != null && m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The number with the separator OCR dropped put back (缺失的分隔符): an archive number's parts (letters, the
     * year it was filed under, the serial) are separated all alike or not at all (KH-2023-000417, KH202300417),
     * so "DA2018-1624" lost the dash after its letters (tuning-0673, -1025, read so at 0.9 and 0.875; the whole
     * number is one word box, which shows no gap to measure) and "KH-2023000417" the one after its year. Empty
     * for a number whose separators agree. A number put right this way is the page's guess, not its reading: the
     * caller keeps it for a clerk's look.
     */
    public static Optional<String> separatorLost(String archiveNo) {
        Matcher m = archiveNo == null ? null : ONE_SEPARATOR_LOST.matcher(archiveNo);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) != null
                ? m.group(1) + m.group(2) + m.group(3) + m.group(2) + m.group(4)
                : m.group(1) + m.group(6) + m.group(5) + m.group(6) + m.group(7));
    }

    /** The assigned number for a paper without one: AUTO-2026-9F86D081. */
    public static String assign(String sha256Id, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (sha256Id == null || !SHA_PREFIX.matcher(sha256Id).find()) {
            throw new IllegalArgumentException("Not a SHA-256 hex id: '" + sha256Id + "'");
        }
        return "AUTO-" + date.getYear() + "-" + sha256Id.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    // OCR reads 0 as O inside the digits; letters only lead the number, never follow a digit.
    private static String fixDigits(String token) {
        StringBuilder b = new StringBuilder(token);
        boolean afterDigit = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (afterDigit && c == 'O') {
                b.setCharAt(i, '0');
            }
            afterDigit |= Character.isDigit(c);
        }
        return b.toString();
    }
}
