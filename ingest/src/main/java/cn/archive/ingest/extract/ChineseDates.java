package cn.archive.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates (日期) as clerks write them: 2023年3月15日, 2023年03月15号, 2023/03/15, 2023.3.15,
 * 2023-03-15, full-width digits, and 二〇二三年三月十五日 on signed contracts. A date that does
 * not exist on the calendar (2023-02-30) is not a date.
 */
public final class ChineseDates {

    // A day of one digit followed by one other character before 日, where OCR made a glyph of the day's second digit
    // ("6 月 2 立 日" for 22, tuning-2009), is not read; nor a day a letter or bar then a digit follow ("8 月 1I7 日" for
    // 17, -1807). A day of two digits is whole whatever follows ("28 AS" for 28日签, "14人日").
    private static final String DAY_READ_WHOLE = "(?!\\s*[\\p{IsHan}&&[^日号年月]]\\s*[日号])";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{2}|\\d" + DAY_READ_WHOLE + ")(?![0-9])(?!\\s*[A-Za-z|]\\s*\\d)\\s*[日号]?"
                    + "|([-/.])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{1,2})(?![0-9]))");
    // The year may hold OCR's reading of a 〇 as two glyphs (O〇, @〇, C〇), sorted out in year().
    private static final Pattern IN_CHARACTERS = Pattern.compile(
            "([〇零一二三四五六七八九OoО0@C口QD][〇零一二三四五六七八九OoО0@C口QD ]{3,10})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月"
                    + "\\s*([一二三四五六七八九十]{1,3})\\s*[日号目]");
    // Tesseract reads the circle 〇 of a year in characters as a Latin letter or @ and the circle
    // again: "二 O 〇一六年", "二 @ 〇二 C 〇年" (seen on the tuning scans).
    // Or as two round glyphs, neither of them the circle: "二 DO 二四年" (tuning-0136); a lone D stays unread.
    private static final Pattern DOUBLED_ZERO = Pattern.compile("[OО@C]〇|[OoО0@CDQ口]{2}");
    // ... or as a round Latin letter or digit alone: "二o一五年", "=O一七年" read in chi_sim alone.
    // ... or as the square 口 (tuning-0230: "二口一七年一月十日"), which is never a numeral, or as Q
    // by the larger model ("二 Q 二 三 年五月三日", tuning-0051). A lone @ stays doubtful (see the tests).
    private static final Pattern ROUND_ZERO = Pattern.compile("[OoО0口Q]");
    // What a reading of a date in digits holds of it, each part maybe lost: "2023 年 9 月 :日", "023年9月1日".
    private static final Pattern PARTS = Pattern.compile(
            "(?<![0-9])(\\d{2,4})?\\s*年\\s*(\\d{1,2})?\\s*月\\s*(?:(\\d{1,2})(?![0-9])\\s*[日号])?");
    // A speck read as a dot or comma between a number and 年/月/日: "2015 年 .11 月 15 日" (tuning-0193).
    private static final Pattern SPECK_BY_UNIT = Pattern.compile("(?<=[年月])\\s*[.,·'`]+\\s*(?=\\d)|(?<=\\d)\\s*[.,·'`]+\\s*(?=[年月日])");
    // Wide fonts are read digit by digit: "2 0 1 9 年 5 月 1 4 日".
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d) (?=\\d)");
    // A lone digit 1 with serifs read as 工 (or as I, l, |) where a digit date's month or day stands:
    // "2017 年 1 月工日" (tuning-0127, -0312). Only after a year in digits: in 二〇一九年十月工日 the 工
    // could be any numeral. The 日 after it may be read as 目 as well ("2025 年 11 月工目签订", tuning-1165), as
    // 目 stands for 日 in a date in characters.
    private static final Pattern ONE_AS_GLYPH = Pattern.compile(
            "(?<=\\d{4}\\s{0,2}年\\s{0,2}(?:\\d{1,2}\\s{0,2}月\\s{0,2})?)[工Il|](?=\\s{0,2}[月日号目])");

    // A reading of a box that opens with a year in characters whose first numeral its left edge cut: 〇 and two
    // numerals before 年 ("〇二四年一月十八日" for 二〇二四年, tuning-1370, -1461, -1022).
    private static final Pattern CUT_YEAR = Pattern.compile("^\\s*〇\\s*[〇零一二三四五六七八九]\\s*[〇零一二三四五六七八九]\\s*年");

    private ChineseDates() {
    }

    /**
     * As {@link #parse}, for the reading of a date's box read again on its own: a year in characters that opens it
     * with 〇 and two numerals more is a year whose first numeral the box's left edge cut, and 〇 as a year's second
     * numeral is 二〇's (1〇xx is no year of living memory): 〇二四年 is 二〇二四年. A year cut shorter is not guessed.
     */
    public static Optional<LocalDate> parseBox(String reading) {
        Optional<LocalDate> whole = parse(reading);
        String s = TextNormalizer.basic(reading);
        return whole.isPresent() || !CUT_YEAR.matcher(s).find() ? whole : parse("二" + s.strip());
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
     * A date in digits that no one reading holds whole but two or more readings of it do together (一个日期的两半):
     * the page read "2023 年 9 月 :日" (the day lost), its box read again "023年9月1日" (the year's first digit
     * cut by the box's edge), tuning-0606. Each reading gives what it has of year, month and day; the date is
     * taken only when every part is read somewhere, in four digits for the year, and no two readings differ in
     * a part (a shorter year must be the end of the four-digit one). Empty when one reading holds the whole
     * date: that is {@link #parse}'s.
     */
    static Optional<LocalDate> joined(List<String> readings) {
        Set<String> years = new HashSet<>();
        Set<Integer> months = new HashSet<>();
        Set<Integer> days = new HashSet<>();
        int contributing = 0;
        for (String reading : readings) {
            if (parse(reading).isPresent()) {
                return Optional.empty();
            }
            Matcher m = PARTS.matcher(SPACED_DIGITS.matcher(TextNormalizer.basic(reading)).replaceAll(""));
            if (!m.find() || m.group(2) == null && m.group(3) == null) {
                continue;
            }
            contributing++;
            Optional.ofNullable(m.group(1)).ifPresent(years::add);
            Optional.ofNullable(m.group(2)).map(Integer::parseInt).ifPresent(months::add);
            Optional.ofNullable(m.group(3)).map(Integer::parseInt).ifPresent(days::add);
        }
        List<String> whole = years.stream().filter(y -> y.length() == 4).toList();
        if (contributing < 2 || whole.size() != 1 || months.size() != 1 || days.size() != 1
                || !years.stream().allMatch(y -> whole.get(0).endsWith(y))) {
            return Optional.empty();
        }
        return Optional.ofNullable(date(Integer.parseInt(whole.get(0)), months.iterator().next(), days.iterator().next()));
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
