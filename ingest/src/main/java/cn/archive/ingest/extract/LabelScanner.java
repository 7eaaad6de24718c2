package cn.archive.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds form labels in normalised lines and reads the value after each, up to the next label,
 * a cell gap or the line end. Labels may be followed by ':', by nothing at all (OCR drops the
 * space between 客户名称 and the name), or carry one misread character (客户名杯, 联系电活).
 * Immutable after construction; one instance serves any number of threads.
 */
final class LabelScanner {

    private static final Pattern LATIN_START = Pattern.compile("[0-9A-Za-z(+]");
    // The longest place name opening a company's name (乌鲁木齐, 呼和浩特市, 黑龙江省哈尔滨).
    private static final int PLACE = 8;
    // How far into its line a bracketed party label (甲方（委托方）) may open.
    private static final int BRACKET_AFTER = 6;
    // A label read without its last character must keep this many: 客户名 is 客户名称, 客户 is nothing.
    private static final int MIN_HEAD = 3;
    // Single characters with gaps between them: a short label padded to its column's width
    // (姓　　名, 地　　址, 电　　话), which OCR reads as characters a cell gap apart.
    private static final Pattern SPACED_OUT = Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}(?: +\\p{IsHan}){1,5}(?!\\p{IsHan})");

    // A date's year alone ("2018", "2018 年"): its month and day may stand a cell gap after it.
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:19|20)\\d{2}\\s*年?");
    // The longest piece of a date a cell holds ("2 月 15 日" read with spaces) and the longest date as read.
    private static final int DATE_PIECE = 12;
    private static final int LONGEST_DATE = 24;

    // Labels by their first character, and slip-tolerant ones also by their second, so that each
    // position of a line is compared only with labels that can start there.
    private final Map<Character, List<Label>> byFirst = new HashMap<>();
    private final Map<Character, List<Label>> bySecond = new HashMap<>();
    private final Set<String> texts = new HashSet<>();

    LabelScanner() {
        for (Label l : Label.load()) {
            texts.add(l.text());
            byFirst.computeIfAbsent(Character.toLowerCase(l.text().charAt(0)), c -> new ArrayList<>()).add(l);
            for (char misread : Label.misreadsOf(l.text().charAt(0)).toCharArray()) {
                byFirst.computeIfAbsent(misread, c -> new ArrayList<>()).add(l);
            }
            if (l.toleratesSlip()) {
                bySecond.computeIfAbsent(l.text().charAt(1), c -> new ArrayList<>()).add(l);
            }
        }
    }

    LabeledText scan(List<String> ocrLines) {
        List<String> lines = ocrLines.stream().map(this::closeUpSpacedLabels).toList();
        List<List<LabeledText.Hit>> perLine = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            perLine.add(hitsOn(lines.get(i), i));
        }
        List<LabeledText.Hit> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<LabeledText.Hit> hits = perLine.get(i);
            String line = lines.get(i);
            List<String> below = i + 1 < lines.size() && perLine.get(i + 1).isEmpty() ? cells(lines.get(i + 1)) : List.of();
            List<LabeledText.Hit> read = new ArrayList<>();
            for (int k = 0; k < hits.size(); k++) {
                int end = k + 1 < hits.size() ? hits.get(k + 1).start() : line.length();
                String value = TextNormalizer.cellValue(line.substring(Math.min(hits.get(k).valueStart(), end), end));
                String rest = line.substring(Math.min(hits.get(k).valueStart(), end), end);
                read.add(hits.get(k).withValue(dateAcrossAGap(hits.get(k), nameAcrossAGap(hits.get(k), value, rest), rest), end));
            }
            boolean headerRow = read.size() > 1 && read.stream().allMatch(h -> h.value().isEmpty());
            for (int k = 0; k < read.size(); k++) {
                LabeledText.Hit h = read.get(k);
                if (headerRow && below.size() == read.size()) {
                    h = h.withValue(below.get(k), h.valueEnd()); // a header row over a row of cells
                } else if (h.value().isEmpty() && k == read.size() - 1 && !below.isEmpty()) {
                    h = h.withValue(below.get(0), h.valueEnd()); // a label ending its line, the value below
                }
                all.add(h);
            }
        }
        return new LabeledText(all, lines);
    }

    /**
     * The line with a label spelt out in spaced single characters (姓  名:张三) written closed up
     * (姓名:张三). Only the leading characters that make a whole label are joined: two cells that
     * happen to hold one character each stay apart.
     */
    String closeUpSpacedLabels(String line) {
        Matcher m = SPACED_OUT.matcher(line);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (m.find()) {
            List<Integer> at = new ArrayList<>(); // where each of the single characters is written
            for (int i = m.start(); i < m.end(); i++) {
                if (line.charAt(i) != ' ') {
                    at.add(i);
                }
            }
            for (int from = 0; from < at.size() - 1; from++) {
                for (int n = at.size() - from; n >= 2; n--) {
                    StringBuilder joined = new StringBuilder();
                    at.subList(from, from + n).forEach(i -> joined.append(line.charAt(i)));
                    if (texts.contains(joined.toString())) {
                        out.append(line, done, at.get(from)).append(joined);
                        done = at.get(from + n - 1) + 1;
                        from += n - 1;
                        break;
                    }
                }
            }
        }
        return out.append(line.substring(done)).toString();
    }

    /**
     * A name whose place OCR set a cell gap after ("石家庄    星辰精密机械有限公司", tuning-0258): the two
     * cells together, when only together they are a company's name.
     */
    private static String nameAcrossAGap(LabeledText.Hit h, String value, String rest) {
        if (h.label().field() != Label.Field.NAME || CustomerNames.isOrganisation(value)) {
            return value;
        }
        List<String> cells = cells(rest);
        if (cells.size() == 2 && cells.get(0).equals(value) && value.length() <= PLACE
                && value.chars().allMatch(c -> TextNormalizer.isHan((char) c))
                && CustomerNames.isOrganisation(value + cells.get(1))) {
            return value + cells.get(1);
        }
        return value;
    }

    /**
     * A registration date whose year stands a cell gap from its month and day ("建档日期: 2018    年 2 月 15 A",
     * tuning-0979; "2019    2 A 25 A", tuning-0815): a wide font's year set apart, which the page reads as two
     * cells. Where the value after a date label is a year alone and the cells after it, up to the next label,
     * are short pieces holding a digit, they are the rest of the date: the value runs on over them, so that it
     * is parsed whole and its box, if read again, holds the whole date and not the year alone.
     */
    static String dateAcrossAGap(LabeledText.Hit h, String value, String rest) {
        if (h.label().field() != Label.Field.REGISTERED_ON || !YEAR_ALONE.matcher(value).matches()) {
            return value;
        }
        List<String> cells = cells(rest);
        if (cells.size() < 2 || !cells.get(0).equals(value)) {
            return value;
        }
        List<String> after = cells.subList(1, cells.size());
        String joined = value + " " + String.join(" ", after);
        boolean pieces = after.stream().allMatch(c -> c.length() <= DATE_PIECE) && after.stream().anyMatch(c -> c.matches(".*\\d.*"));
        return pieces && joined.length() <= LONGEST_DATE ? joined : value;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(TextNormalizer.GAP)).map(TextNormalizer::cellValue).filter(c -> !c.isEmpty()).toList();
    }

    private List<LabeledText.Hit> hitsOn(String line, int lineNo) {
        List<LabeledText.Hit> exact = new ArrayList<>();
        List<LabeledText.Hit> slipped = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            char first = line.charAt(i);
            List<Label> options = new ArrayList<>(byFirst.getOrDefault(Character.toLowerCase(first), List.of()));
            if (i + 1 < line.length()) {
                bySecond.getOrDefault(line.charAt(i + 1), List.of()).stream()
                        .filter(l -> l.text().charAt(0) != first).forEach(options::add);
            }
            for (Label l : options) {
                int miss = l.mismatchesAt(line, i);
                if (miss <= 1) {
                    (miss == 0 ? exact : slipped).add(candidate(line, lineNo, i, l, miss == 1));
                } else {
                    lastGlyphLost(line, lineNo, i, l).ifPresent(slipped::add);
                }
            }
        }
        Comparator<LabeledText.Hit> order = Comparator.comparingInt(LabeledText.Hit::start)
                .thenComparingInt(h -> -h.label().text().length());
        exact.sort(order);
        slipped.sort(order);
        // A label that is the head of a longer one of its field read with a slip (建档日 in 建档日其
        // for 建档日期) would end its value at the slip: the longer label is the one printed.
        exact.removeIf(e -> slipped.stream().anyMatch(s -> s.start() == e.start()
                && s.label().field() == e.label().field() && s.label().text().startsWith(e.label().text())
                && s.label().text().length() > e.label().text().length()
                && acceptable(line, s) && unambiguous(slipped, s)));
        List<LabeledText.Hit> accepted = new ArrayList<>();
        for (LabeledText.Hit h : exact) {
            if (free(accepted, h) && acceptable(line, h)) {
                accepted.add(h);
            }
        }
        for (LabeledText.Hit h : slipped) {
            if (free(accepted, h) && acceptable(line, h) && unambiguous(slipped, h)) {
                accepted.add(h);
            }
        }
        accepted.sort(order);
        // A label inside the bracket of the one before (甲方(盖章):) belongs to that label.
        List<LabeledText.Hit> out = new ArrayList<>();
        int reach = 0;
        for (LabeledText.Hit h : accepted) {
            if (h.start() >= reach) {
                out.add(h);
                reach = h.valueStart();
            }
        }
        return out;
    }

    /**
     * A label of four or more Chinese characters whose last one OCR lost into its colon ("填表日 :" for
     * 填表日期：, tuning-0339): the label less that character, then the colon. A slip, so it gives way to
     * a label read whole and to another field's label of the same length that the head also begins.
     */
    private static Optional<LabeledText.Hit> lastGlyphLost(String line, int lineNo, int start, Label l) {
        int head = l.text().length() - 1;
        if (!l.toleratesSlip() || head < MIN_HEAD || !line.startsWith(l.text().substring(0, head), start)) {
            return Optional.empty();
        }
        int k = skipSpaces(line, start + head);
        return k < line.length() && line.charAt(k) == ':'
                ? Optional.of(new LabeledText.Hit(l, lineNo, start, k + 1, true, true, null, -1, false))
                : Optional.empty();
    }

    private static LabeledText.Hit candidate(String line, int lineNo, int start, Label l, boolean slipped) {
        int k = skipSpaces(line, start + l.text().length());
        // The label in the bracket after another one OCR garbled: "Hy (委托方 ) :" for 甲方（委托方）: (tuning-0193).
        // Its colon may be read as a comma ("Zi (受托方 ) ， 上海…"): after a bracketed label it is no comma of prose.
        int open = line.lastIndexOf('(', start);
        boolean bracketed = k < line.length() && line.charAt(k) == ')' && open > line.lastIndexOf(')', start);
        // ... when the bracket follows a short word opening the line (the garbled party word), not prose.
        boolean commaIsColon = bracketed && open <= BRACKET_AFTER && line.substring(0, open).indexOf(':') < 0;
        if (bracketed) {
            k = skipSpaces(line, k + 1);
        }
        if (k < line.length() && line.charAt(k) == '(') {
            int close = line.indexOf(')', k);
            // The bracket's words may come out of OCR as Latin ("甲方 (Bit) :", 盖章 misread): with
            // a colon after it the bracket still belongs to the label.
            if (close > k && close - k <= 12 && (line.substring(k, close).codePoints().anyMatch(
                    c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || skipSpaces(line, close + 1) < line.length() && line.charAt(skipSpaces(line, close + 1)) == ':')) {
                k = skipSpaces(line, close + 1);
            }
        }
        boolean colon = k < line.length() && (line.charAt(k) == ':' || commaIsColon && line.charAt(k) == ',');
        return new LabeledText.Hit(l, lineNo, start, colon ? k + 1 : k, slipped, colon, null, -1, false);
    }

    private static boolean acceptable(String line, LabeledText.Hit h) {
        Label l = h.label();
        int start = h.start();
        int end = start + l.text().length();
        if (l.isAscii() && (latinWordChar(line, start - 1) || latinWordChar(line, end))) {
            return false;
        }
        // 编号 ending a word we did not recognise (本司编号: 合同编号 misread) is another number's label.
        if (l.standsAlone() && start > 0 && TextNormalizer.isHan(line.charAt(start - 1))) {
            return false;
        }
        boolean cellStart = line.substring(0, start).isBlank()
                || start >= 2 && line.startsWith(TextNormalizer.GAP, start - 2);
        // A misread word inside a value (交货周期 for 交货日期) is not a label: a slip needs a colon or a cell start.
        if (l.needsColon() && !h.colon() || h.slipped() && !h.colon() && (l.text().length() == 3 || !cellStart)) {
            return false;
        }
        if (!l.isShort()) {
            return true;
        }
        if (h.slipped() && !h.colon()) {
            return false; // a two-character label read through a confusable glyph needs its colon
        }
        if (start > 0 && line.charAt(start - 1) == ':') {
            return false; // a value that happens to be a label word: 反馈方式:电话
        }
        return h.colon() || cellStart || l.field().latinValued() && h.valueStart() < line.length()
                && LATIN_START.matcher(line.substring(h.valueStart(), h.valueStart() + 1)).matches();
    }

    private static boolean free(List<LabeledText.Hit> accepted, LabeledText.Hit h) {
        int end = h.start() + h.label().text().length();
        return accepted.stream().noneMatch(a -> a.start() < end && h.start() < a.start() + a.label().text().length());
    }

    // A slipped character that could make the word either of two fields' labels decides nothing.
    private static boolean unambiguous(List<LabeledText.Hit> slipped, LabeledText.Hit h) {
        return slipped.stream().noneMatch(o -> o.start() == h.start()
                && o.label().text().length() == h.label().text().length() && o.label().field() != h.label().field());
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean latinWordChar(String s, int i) {
        return i >= 0 && i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128
                || "@._-".indexOf(s.charAt(i)) >= 0);
    }
}
