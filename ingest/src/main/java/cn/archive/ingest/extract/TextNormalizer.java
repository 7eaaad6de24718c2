package cn.archive.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts OCR text into one shape before anything is matched: Tesseract chi_sim puts a space between
 * most Chinese characters and mixes full-width and half-width forms, so labels and values would
 * otherwise have to be matched in every spelling.
 */
final class TextNormalizer {

    /** Two or more spaces: a table cell gap in born-digital text, kept as exactly two spaces. */
    static final String GAP = "  ";

    // NFKC leaves these alone although they are colons and dashes on a form.
    private static final Pattern COLONS = Pattern.compile("[∶︰﹕]");
    // OCR reads the full-width parenthesis of 乙方（受托方） as an angle or lenticular bracket
    // ("乙方 【受托方 ) :", tuning-0061).
    private static final Pattern ANGLE_BRACKETS = Pattern.compile("[〈《<【〔]");
    private static final Pattern ANGLE_CLOSERS = Pattern.compile("[〉》>】〕]");
    // A quote mark read for the opening bracket of a bracketed word ("甲方 “委托方 ) :", tuning-0319):
    // a quote that a closing bracket, not a closing quote, ends.
    private static final Pattern QUOTE_AS_BRACKET = Pattern.compile("[“”\"‘’「](?=\\s*\\p{IsHan}{1,6}\\s*\\))");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−﹣]");
    // Tesseract chi_sim often reads the dash in KH-2023-000417 or 0571-87654321 as 一 ("one").
    private static final Pattern ONE_AS_DASH = Pattern.compile("(?<=[0-9A-Za-z])一(?=[0-9])");
    // Table borders and fill-in lines separate cells just like a gap.
    private static final Pattern RULES = Pattern.compile("[|│┃¦\\t]|_{2,}");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern HAN_SPACE_HAN = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
    // OCR also spaces digits off the characters around them: 文三路 398 号, 2023 年 3 月.
    private static final Pattern HAN_SPACE_ALNUM = Pattern.compile("(?<=\\p{IsHan}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=\\p{IsHan})");
    // OCR reads the colon after a label as a semicolon (甲方 ; 杭州…): on a form one is never meant.
    private static final Pattern SEMICOLON_AFTER_HAN = Pattern.compile("(?<=\\p{IsHan}) ?;");
    private static final Pattern SPACE_AROUND_COLON = Pattern.compile(" ?: ?");
    private static final Pattern LONE_COLON = Pattern.compile("^[:|_,;。、]+ {2,}(?=\\S)");
    private static final Pattern EDGE_JUNK = Pattern.compile("^[\\s:|_,;。、]+|[\\s:|_,;。、]+$");

    private TextNormalizer() {
    }

    /** NFKC plus colon and dash unification, without touching spacing; safe for single values. */
    static String basic(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = COLONS.matcher(t).replaceAll(":");
        t = DASHES.matcher(t).replaceAll("-");
        t = ANGLE_BRACKETS.matcher(t).replaceAll("(");
        t = QUOTE_AS_BRACKET.matcher(t).replaceAll("(");
        t = ANGLE_CLOSERS.matcher(t).replaceAll(")");
        t = ONE_AS_DASH.matcher(t).replaceAll("-");
        return t.replace('\u00A0', ' ').replace('\u3000', ' ');
    }

    /** One line in matching form: OCR spaces between Chinese characters removed, gaps kept. */
    static String line(String raw) {
        return line(raw, true);
    }

    private static String line(String raw, boolean joinDigits) {
        String t = basic(raw).replace('\r', ' ').replace('\n', ' ').replace('\f', ' ');
        t = RULES.matcher(t).replaceAll(GAP);
        t = SPACE_RUN.matcher(t).replaceAll(GAP);
        t = HAN_SPACE_HAN.matcher(t).replaceAll("");
        if (joinDigits) {
            t = HAN_SPACE_ALNUM.matcher(t).replaceAll("");
        }
        t = SEMICOLON_AFTER_HAN.matcher(t).replaceAll(":");
        t = SPACE_AROUND_COLON.matcher(t).replaceAll(":");
        return t.strip();
    }

    /** All lines of a text in matching form; form feeds (page breaks) end a line like newlines. */
    static List<String> lines(String text) {
        return lines(text, true);
    }

    /**
     * The same lines for reading table rows, where the space between a number and the next word
     * may be a cell boundary ("128500 已结清"), so it is kept. Line numbers match {@link #lines}.
     */
    static List<String> rowLines(String text) {
        return lines(text, false);
    }

    private static List<String> lines(String text, boolean joinDigits) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.split("\r\n|[\r\n\f]", -1)) {
            out.add(line(raw, joinDigits));
        }
        return out;
    }

    /**
     * The first cell of a value: up to a gap, without separators around it; "--" reads as empty. A cell of
     * separators alone is the label's colon set apart from its value (客户等级 ，    B类客户, tuning-1115), and the
     * value is the cell after it.
     */
    static String cellValue(String raw) {
        String s = LONE_COLON.matcher(raw.strip()).replaceFirst("");
        int gap = s.indexOf(GAP);
        s = EDGE_JUNK.matcher(gap >= 0 ? s.substring(0, gap) : s).replaceAll("");
        return s.matches("-+") ? "" : s;
    }

    /** A value compared without any spacing (names of places, tiers, industries). */
    static String compact(String s) {
        return basic(s).replaceAll("\\s+", "");
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True where {@code s} holds a Chinese character ({@link #isHan}). */
    static boolean hasHan(CharSequence s) {
        return s.chars().anyMatch(c -> isHan((char) c));
    }

    /** True where {@code a} and {@code b} are as long and differ in exactly one character (a misread: cr for cn, 议阳 for 沈阳). */
    static boolean oneSubstitution(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }
}
