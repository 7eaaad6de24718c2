package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;

/**
 * The OCR confidence of the words a value was read from (词置信度), instead of the page's mean: one
 * misread character in a name or a date shows as one word Tesseract was unsure of, while the
 * page around it may read perfectly. A value's confidence is its least confident word's, since one
 * wrong character makes the whole value wrong. Text without word boxes (born-digital, or text
 * given on its own) falls back to the confidence it was given.
 */
final class WordConfidence {

    // What the matching form of a line drops or changes (TextNormalizer): spacing, rules, fill-in lines.
    private static final String DROPPED = "|│┃¦_";

    private final double fallback;
    private final List<Row> rows; // by line number of TextNormalizer.lines(text); null where no words

    private WordConfidence(double fallback, List<Row> rows) {
        this.fallback = fallback;
        this.rows = rows;
    }

    /** For text without word boxes: every value gets {@code confidence}. */
    static WordConfidence uniform(double confidence) {
        return new WordConfidence(confidence, List.of());
    }

    /**
     * For the reading text of {@code pages} ({@link FieldExtractor#readingText}): line {@code i} of
     * that text is matched with visual row {@code i} of its page.
     */
    static WordConfidence of(List<OcrPage> pages, double fallback) {
        List<Row> rows = new ArrayList<>();
        for (OcrPage p : pages) {
            if (p.words().isEmpty()) {
                int lines = p.text().split("\r\n|[\r\n\f]", -1).length;
                for (int i = 0; i < lines; i++) {
                    rows.add(null);
                }
            } else {
                VisualRows.rows(p.words()).forEach(r -> rows.add(new Row(r)));
                rows.add(null); // the empty line after the page's last row
            }
        }
        return new WordConfidence(fallback, rows);
    }

    /** The confidence of {@code value} as read on line {@code line}; the fallback if it cannot be placed. */
    double of(int line, String value) {
        if (line >= 0 && line < rows.size() && rows.get(line) != null) {
            double c = rows.get(line).confidence(value);
            if (!Double.isNaN(c)) {
                return c;
            }
        }
        return fallback;
    }

    /**
     * The confidence of the word each character of {@code value} (spaces and rules left out, as
     * {@link Row#compact}) was read in on line {@code line}; empty when its characters cannot be placed.
     */
    java.util.Optional<double[]> perCharacter(int line, String value) {
        if (line >= 0 && line < rows.size() && rows.get(line) != null) {
            return rows.get(line).perCharacter(value);
        }
        return java.util.Optional.empty();
    }

    /** The confidence of {@code value} found without a label: the first row that holds it. */
    double anywhere(String value) {
        for (Row r : rows) {
            if (r != null) {
                double c = r.confidence(value);
                if (!Double.isNaN(c)) {
                    return c;
                }
            }
        }
        return fallback;
    }

    /** One visual row: its words' text run together, and which word each character came from. */
    static final class Row {
        private final List<OcrWord> words;
        private final String compact;
        private final int[] wordAt;
        private final String skeleton;
        private final int[] skeletonWordAt;

        Row(List<OcrWord> words) {
            this.words = words;
            StringBuilder c = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            StringBuilder k = new StringBuilder();
            List<Integer> kat = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String t = compact(words.get(i).text());
                for (int j = 0; j < t.length(); j++) {
                    c.append(t.charAt(j));
                    at.add(i);
                    if (latinOrDigit(t.charAt(j))) {
                        k.append(t.charAt(j));
                        kat.add(i);
                    }
                }
            }
            this.compact = c.toString();
            this.wordAt = at.stream().mapToInt(Integer::intValue).toArray();
            this.skeleton = k.toString();
            this.skeletonWordAt = kat.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The least confidence of the words under {@code value}, or NaN when the row does not hold it. */
        double confidence(String value) {
            List<OcrWord> under = under(value);
            if (under.isEmpty()) {
                return Double.NaN;
            }
            // The least, not the mean: measured on the tuning split (80 files), the least word's
            // confidence under 0.5 caught 6-7 of 11 wrong key values, the mean 3, with fewer false
            // alarms than their geometric mean.
            return under.stream().mapToDouble(OcrWord::confidence).min().orElse(Double.NaN);
        }

        /** Per character of {@code compact(value)}, the confidence of its word; empty when the row does not hold it verbatim. */
        java.util.Optional<double[]> perCharacter(String value) {
            String v = compact(value);
            int i = v.isEmpty() ? -1 : compact.indexOf(v);
            if (i < 0) {
                return java.util.Optional.empty();
            }
            double[] out = new double[v.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = words.get(wordAt[i + k]).confidence();
            }
            return java.util.Optional.of(out);
        }

        /** The words {@code value} was read from, left to right; empty when the row does not hold it. */
        List<OcrWord> under(String value) {
            String v = compact(value);
            if (v.isEmpty()) {
                return List.of();
            }
            int i = compact.indexOf(v);
            if (i >= 0) {
                return span(wordAt, i, v.length());
            }
            // A normalised value (0571-87654321 from "0571 一 87654321"): match Latin letters and digits only.
            String k = skeleton(v);
            int j = k.isEmpty() ? -1 : skeleton.indexOf(k);
            return j >= 0 ? span(skeletonWordAt, j, k.length()) : List.of();
        }

        // The words its characters came from (a rule or fill-in line between them is not one).
        private List<OcrWord> span(int[] at, int from, int length) {
            List<OcrWord> out = new ArrayList<>();
            for (int i = from; i < from + length; i++) {
                if (i == from || at[i] != at[i - 1]) {
                    out.add(words.get(at[i]));
                }
            }
            return out;
        }

        static String compact(String s) {
            StringBuilder out = new StringBuilder();
            String t = TextNormalizer.basic(s).replace(';', ':');
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (!Character.isWhitespace(ch) && DROPPED.indexOf(ch) < 0) {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        private static String skeleton(String s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                if (latinOrDigit(s.charAt(i))) {
                    out.append(s.charAt(i));
                }
            }
            return out.toString();
        }

        private static boolean latinOrDigit(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }
}
