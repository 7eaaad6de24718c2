package cn.archive.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates (日期) as clerks write them: 2023年3月15日, 2023年03月15号, 2023/03/15, 2023.3.15,
 * 2023-03-15, full-width digits, and 二〇二三年三月十五日 on signed contracts. A date that does
 * not exist on the calendar (2023-02-30) is not a date.
 */
public final class ChineseDates {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?![0-9])\\s*[日号]?"
                    + "|([-/.])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{1,2})(?![0-9]))");
    // The year may hold OCR's reading of a 〇 as two glyphs (O〇, @〇, C〇), sorted out in year().
    private static final Pattern IN_CHARACTERS = Pattern.compile(
            "([〇零一二三四五六七八九OoО0@C口Q][〇零一二三四五六七八九OoО0@C口Q ]{3,10})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月"
                    + "\\s*([一二三四五六七八九十]{1,3})\\s*[日号目]");
    // Tesseract reads the circle 〇 of a year in characters as a Latin letter or @ and the circle
    // again: "二 O 〇一六年", "二 @ 〇二 C 〇年" (seen on the tuning scans).
    private static final Pattern DOUBLED_ZERO = Pattern.compile("[OО@C]〇");
    // ... or as a round Latin letter or digit alone: "二o一五年", "=O一七年" read in chi_sim alone.
    // ... or as the square 口 (tuning-0230: "二口一七年一月十日"), which is never a numeral, or as Q
    // by the larger model ("二 Q 二 三 年五月三日", tuning-0051). A lone @ stays doubtful (see the tests).
    private static final Pattern ROUND_ZERO = Pattern.compile("[OoО0口Q]");
    // A speck read as a dot or comma between a number and 年/月/日: "2015 年 .11 月 15 日" (tuning-0193).
    private static final Pattern SPECK_BY_UNIT = Pattern.compile("(?<=[年月])\\s*[.,·'`]+\\s*(?=\\d)|(?<=\\d)\\s*[.,·'`]+\\s*(?=[年月日])");
    // Wide fonts are read digit by digit: "2 0 1 9 年 5 月 1 4 日".
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d) (?=\\d)");
    // A lone digit 1 with serifs read as 工 (or as I, l, |) where a digit date's month or day stands:
    // "2017 年 1 月工日" (tuning-0127, -0312). Only after a year in digits: in 二〇一九年十月工日 the 工
    // could be any numeral.
    private static final Pattern ONE_AS_GLYPH = Pattern.compile(
            "(?<=\\d{4}\\s{0,2}年\\s{0,2}(?:\\d{1,2}\\s{0,2}月\\s{0,2})?)[工Il|](?=\\s{0,2}[月日号])");

    private ChineseDates() {
    }

    /** The first real calendar date written in {@code text}; empty when there is none. */
    public static Optional<LocalDate> parse(String text) {
        String s = TextNormalizer.basic(text);
        if (s.indexOf('年') >= 0 && s.indexOf('月') >= 0) {
            s = SPACED_DIGITS.matcher(s).replaceAll(""); // a date written with 年 and 月 has no number gaps
            s = SPECK_BY_UNIT.matcher(s).replaceAll("");
            s = ONE_AS_GLYPH.matcher(s).replaceAll("1");
        }
        for (int from = 0; from < s.length(); ) {
            Optional<Match> m = find(s, from, false);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            if (m.get().date() != null) {
                return Optional.of(m.get().date());
            }
            from = m.get().end();
        }
        return Optional.empty();
    }

    /**
     * A date starting exactly at {@code from} (ledger rows begin with one), already normalised text.
     * Its {@code date} is null when the digits do not form a real date.
     */
    static Optional<Match> at(String s, int from) {
        return find(s, from, true);
    }

    /** Where a date was written in a line: its span and the date, null if the digits were invalid. */
    record Match(int start, int end, LocalDate date) {
    }

    private static Optional<Match> find(String s, int from, boolean anchored) {
        Match best = null;
        for (Pattern p : new Pattern[] {NUMERIC, IN_CHARACTERS}) {
            Matcher m = p.matcher(s).region(from, s.length());
            if (anchored ? m.lookingAt() : m.find()) {
                if (best == null || m.start() < best.start()) {
                    best = new Match(m.start(), m.end(), p == NUMERIC ? numeric(m) : characters(m));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate numeric(Matcher m) {
        boolean withYearChar = m.group(2) != null;
        return date(Integer.parseInt(m.group(1)),
                Integer.parseInt(withYearChar ? m.group(2) : m.group(5)),
                Integer.parseInt(withYearChar ? m.group(3) : m.group(6)));
    }

    private static LocalDate characters(Matcher m) {
        OptionalInt y = year(m.group(1).replace(" ", ""));
        OptionalInt mo = ChineseNumerals.smallNumber(m.group(2));
        OptionalInt d = ChineseNumerals.smallNumber(m.group(3));
        if (y.isEmpty() || mo.isEmpty() || d.isEmpty()) {
            return null;
        }
        return date(y.getAsInt(), mo.getAsInt(), d.getAsInt());
    }

    /** A year in four numerals; a longer reading only when it is four once each doubled 〇 is one. */
    private static OptionalInt year(String numerals) {
        String y = numerals.length() > 4 ? DOUBLED_ZERO.matcher(numerals).replaceAll("〇") : numerals;
        return y.length() == 4 ? ChineseNumerals.smallNumber(ROUND_ZERO.matcher(y).replaceAll("〇")) : OptionalInt.empty();
    }

    // Archive papers are from living memory: a year outside this range is a misread number.
    private static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException ex) {
            return null;
        }
    }
}
