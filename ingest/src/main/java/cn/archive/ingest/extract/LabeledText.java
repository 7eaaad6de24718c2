package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The labels found in a document's lines, with the value read after each. */
final class LabeledText {

    /**
     * One label on a line: where it starts, where its value starts and ends, whether a character
     * of it was misread, whether a colon followed, and whether it lies in 乙方's block of a contract.
     */
    record Hit(Label label, int line, int start, int valueStart, boolean slipped, boolean colon,
               String value, int valueEnd, boolean otherParty) {

        Hit withValue(String v, int end) {
            return new Hit(label, line, start, valueStart, slipped, colon, v, end, otherParty);
        }

        Hit inOtherParty() {
            return new Hit(label, line, start, valueStart, slipped, colon, value, valueEnd, true);
        }

        /** How the value was found: after an exact label, or after one with a misread character. */
        Evidence evidence() {
            return slipped ? Evidence.FUZZY_LABEL : Evidence.LABEL;
        }
    }

    /** A parsed value and the label it came from. */
    record Found<T>(T value, Hit hit) {
    }

    // A cell: words with single spaces between them, cells two spaces apart (TextNormalizer.GAP).
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    // Letters, maybe with digits among them ("32740 HA" for 建档日期, tuning-0214); never a dash, @ or Han.
    private static final Pattern LATIN_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .»]{0,11}:?");
    // The colon after such a label may be read as a dot ("HAW. 二 O 二三年五月十二日", tuning-1070; "HIF AH. 2018 年 02 月 05 日").
    private static final Pattern LATIN_LABEL_AND_VALUE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9 .»]{0,11})(?::|\\. )(.*\\p{IsHan}.*)");

    private final List<Hit> hits;
    private final List<String> lines;

    LabeledText(List<Hit> hits, List<String> lines) {
        this.hits = markParties(hits);
        this.lines = List.copyOf(lines);
    }

    // In a contract, 甲方's details come after 甲方 and 乙方's after 乙方: mark which block each hit is in.
    private static List<Hit> markParties(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        boolean other = false;
        for (Hit h : hits) {
            if (h.label().startsCustomerParty()) {
                other = false;
            } else if (h.label().startsOtherParty()) {
                other = true;
            }
            out.add(other ? h.inOtherParty() : h);
        }
        return List.copyOf(out);
    }

    /** Hits for a field with a value, best label first, then in reading order; 乙方's details left out. */
    List<Hit> of(Field field) {
        return withOrWithoutValue(field).stream().filter(h -> !h.value().isEmpty()).toList();
    }

    /** As {@link #of(Field)}, with the labels OCR read no value after as well. */
    List<Hit> withOrWithoutValue(Field field) {
        return hits.stream()
                .filter(h -> h.label().field() == field)
                .filter(h -> !(field.describesCustomer() && h.otherParty()))
                .sorted(Comparator.comparingInt((Hit h) -> h.label().rank())
                        .thenComparingInt(Hit::line).thenComparingInt(Hit::start))
                .toList();
    }

    /** The first value of a field that {@code parse} accepts. */
    <T> Optional<Found<T>> first(Field field, Function<String, Optional<T>> parse) {
        for (Hit h : of(field)) {
            Optional<T> v = parse.apply(h.value());
            if (v.isPresent()) {
                return Optional.of(new Found<>(v.get(), h));
            }
        }
        return Optional.empty();
    }

    boolean has(Field field) {
        return hits.stream().anyMatch(h -> h.label().field() == field);
    }

    boolean hasLabel(String text) {
        return hits.stream().anyMatch(h -> h.label().text().equals(text));
    }

    /** Lines holding at least one "label:" pair, which are form lines and not table rows. */
    Set<Integer> labelledLines() {
        return hits.stream().filter(Hit::colon).map(Hit::line).collect(Collectors.toSet());
    }

    /**
     * The text with the values of labels we do not extract (传真, 账号, 身份证号 …) and of 乙方's
     * block blanked, so that a number searched for without a label is not a fax or an account.
     */
    String unlabelledText() {
        char[][] chars = lines.stream().map(String::toCharArray).toArray(char[][]::new);
        for (Hit h : hits) {
            Field f = h.label().field();
            if (f == Field.OTHER || f == Field.ID_NUMBER || h.otherParty()) {
                char[] line = chars[h.line()];
                Arrays.fill(line, Math.min(h.start(), line.length), Math.min(Math.max(h.valueEnd(), h.start()), line.length), ' ');
            }
        }
        return Arrays.stream(chars).map(String::new).collect(Collectors.joining("\n"));
    }

    /**
     * The values after cells of Latin letters alone, where the paper has a Chinese label OCR read as
     * Latin ("A BIA  二〇一七年五月十三日" for 填表日期, "ARR: 建筑工程" for 所属行业). Which field such a value
     * belongs to is unknown: a caller takes one only by its shape and only when the paper leaves no doubt.
     */
    List<String> afterLatinLabels() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i;
            Set<Integer> starts = hits.stream().filter(h -> h.line() == lineNo).map(Hit::start).collect(Collectors.toSet());
            List<int[]> cells = new ArrayList<>();
            Matcher c = CELL.matcher(lines.get(i));
            while (c.find()) {
                cells.add(new int[] {c.start(), c.end()});
            }
            for (int k = 0; k < cells.size(); k++) {
                if (starts.contains(cells.get(k)[0])) {
                    continue;
                }
                String cell = lines.get(i).substring(cells.get(k)[0], cells.get(k)[1]);
                Matcher withValue = LATIN_LABEL_AND_VALUE.matcher(cell);
                if (withValue.matches() && letters(withValue.group(1)) >= 2) {
                    out.add(TextNormalizer.cellValue(withValue.group(2)));
                } else if (LATIN_LABEL.matcher(cell).matches() && letters(cell) >= 2 && k + 1 < cells.size()
                        && !starts.contains(cells.get(k + 1)[0])) {
                    out.add(TextNormalizer.cellValue(lines.get(i).substring(cells.get(k + 1)[0], cells.get(k + 1)[1])));
                }
            }
        }
        return out;
    }

    private static long letters(String s) {
        return s.chars().filter(ch -> ch < 128 && Character.isLetter(ch)).count();
    }

    List<Hit> hits() {
        return hits;
    }

    List<String> lines() {
        return lines;
    }
}
