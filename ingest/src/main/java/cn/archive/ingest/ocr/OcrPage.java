package cn.archive.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What was read from one page.
 *
 * @param text       the page's text in reading order
 * @param confidence mean word confidence 0..1 (1.0 for text a born-digital PDF carries)
 * @param words      located words; empty for born-digital text
 * @param rereads    field values read again on their own from the page image (see
 *                   {@link FieldRegions}); empty when none was asked for or the page has no image
 */
public record OcrPage(String text, double confidence, List<OcrWord> words, int width, int height,
                      List<FieldReading> rereads) {

    public OcrPage {
        rereads = rereads == null ? List.of() : List.copyOf(rereads);
    }

    public OcrPage(String text, double confidence, List<OcrWord> words, int width, int height) {
        this(text, confidence, words, width, height, List.of());
    }

    // A lost label's reading has at least this many Chinese characters: one is a speck's or a stroke's.
    private static final int LOST_LABEL_HAN = 2;
    // Lost cells are a label and its value, two characters each at least: fewer are a seal's or a speck's
    // strokes ("忆训" right of a ledger's name, tuning-0889), which would join the row's value.
    private static final int LOST_CELLS_HAN = 4;

    /** The field of a {@link FieldRegion} that is a label read again (see {@link #withLabelsRead}). */
    public static final String LABEL = "label";
    /**
     * The field of a {@link FieldRegion} that is a blank where a row's cells may have been left out, label
     * and value: read again as {@link #LABEL} is, but its reading is kept whole, past its colon.
     */
    public static final String CELLS = "cells";
    /**
     * The field of a {@link FieldRegion} that is a blank band where a form's whole row may have been left out:
     * read as {@link #CELLS} is, digits and all (an address's house number).
     */
    public static final String ROW = "row";
    /**
     * The field of a {@link FieldRegion} that is a whole row the page read as Latin letters and nothing else on a
     * Chinese page (the {@code eng} half's reading of a label and its value together): its reading in Chinese
     * replaces the row's words, whole, past its colon, with four Chinese characters or more and no digit; the row's
     * other label readings then give way to it.
     */
    public static final String LETTERS = "letters";

    public static OcrPage bornDigital(String text) {
        return new OcrPage(text, 1.0, List.of(), 0, 0);
    }

    public OcrPage withRereads(List<FieldReading> readings) {
        return new OcrPage(text, confidence, words, width, height, readings);
    }

    /**
     * This page with the words of each re-read label box replaced by the box's reading, where that
     * reading has Chinese in it: the letters {@code chi_sim+eng} made of a Chinese label ("ARR:" for
     * 所属行业：) give way to the label read in Chinese alone. A reading without a Chinese character
     * changes nothing. A word the box ends inside (its colon, then the value: "HA:2019") keeps the part
     * after the colon. A box where no word was read gets its reading as a word, when that is two Chinese
     * characters or more without a digit: a label the page's reading left out. A {@link #CELLS} box is
     * taken whole, past its colon, with four Chinese characters or more, and a {@link #ROW} band so too, digits
     * and all. The page's text stays as
     * Tesseract read it.
     */
    public OcrPage withLabelsRead(List<FieldReading> labels) {
        List<OcrWord> out = new ArrayList<>(words);
        // A row read as letters and again in Chinese takes its reading whole, and its cells' label readings give way to
        // it; a reading it does not take (a number in it) leaves the row to them.
        List<FieldReading> rows = labels.stream().filter(r -> LETTERS.equals(r.field()) && takesRow(r)).toList();
        for (FieldReading r : labels) {
            if (LETTERS.equals(r.field())) {
                if (rows.contains(r)) {
                    lettersRow(out, r);
                }
                continue;
            }
            if (rows.stream().anyMatch(row -> centreIn(r, row))) {
                continue;
            }
            // A label ends at its colon: what follows is the edge of the value the box touched.
            boolean cells = CELLS.equals(r.field()) || ROW.equals(r.field());
            String read = cells ? r.text().strip() : r.text().strip().replaceAll("([:：])[^:：]*$", "$1");
            if (read.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            List<OcrWord> inside = out.stream().filter(w -> within(w, r)).toList();
            if (inside.isEmpty() || cells) {
                lostLabel(out, r, read).ifPresent(out::add);
                continue;
            }
            int at = out.indexOf(inside.get(0));
            out.removeAll(inside);
            OcrWord first = inside.get(0);
            OcrWord last = inside.get(inside.size() - 1);
            int colon = Math.max(last.text().indexOf(':'), last.text().indexOf('：'));
            String rest = colon >= 0 ? last.text().substring(colon + 1) : "";
            int right = rest.isEmpty() ? last.x() + last.width() : Math.min(last.x() + last.width(), r.x() + r.width());
            int top = inside.stream().mapToInt(OcrWord::y).min().orElse(first.y());
            int bottom = inside.stream().mapToInt(w -> w.y() + w.height()).max().orElse(first.y() + first.height());
            boolean hadColon = colon >= 0 && !read.endsWith(":") && !read.endsWith("：");
            out.add(at, new OcrWord(read + (hadColon ? "：" : ""), r.confidence(), first.x(), top,
                    Math.max(1, right - first.x()), bottom - top, first.line()));
            if (!rest.isEmpty()) {
                out.add(at + 1, new OcrWord(rest, last.confidence(), right, last.y(),
                        Math.max(1, last.x() + last.width() - right), last.height(), last.line()));
            }
        }
        return new OcrPage(text, confidence, out, width, height, rereads);
    }

    // A row read as letters (LETTERS): its words give way to its Chinese reading, one word over their box.
    // A row's Chinese reading that can stand for it: four Chinese characters or more, and no digit or @: the Chinese
    // model makes junk of a number ("手机 : +86=1 下二" for 手机 and a mobile, tuning-0061), which the row's cells read
    // on their own keep as the page read it, for the number's own re-reading.
    private static boolean takesRow(FieldReading r) {
        String read = r.text().strip();
        long han = read.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= LOST_CELLS_HAN && read.chars().noneMatch(c -> Character.isDigit(c) || c == '@');
    }

    private static void lettersRow(List<OcrWord> out, FieldReading r) {
        String read = r.text().strip();
        List<OcrWord> inside = out.stream().filter(w -> within(w, r)).toList();
        if (inside.isEmpty()) {
            return;
        }
        int at = out.indexOf(inside.get(0));
        out.removeAll(inside);
        int left = inside.stream().mapToInt(OcrWord::x).min().orElse(r.x());
        int right = inside.stream().mapToInt(w -> w.x() + w.width()).max().orElse(r.x() + r.width());
        int top = inside.stream().mapToInt(OcrWord::y).min().orElse(r.y());
        int bottom = inside.stream().mapToInt(w -> w.y() + w.height()).max().orElse(r.y() + r.height());
        out.add(at, new OcrWord(read, r.confidence(), left, top, Math.max(1, right - left), Math.max(1, bottom - top),
                inside.get(0).line()));
    }

    /**
     * The reading of a box where no word was read at all (a label the page's reading left out): a word of
     * it, in the row of the words beside it, when it is a label's Chinese, not a speck's or a value's.
     */
    private static Optional<OcrWord> lostLabel(List<OcrWord> words, FieldReading r, String read) {
        long han = read.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        boolean empty = words.stream().noneMatch(w -> centreIn(w, r));
        boolean row = ROW.equals(r.field());
        if (!empty || han < (CELLS.equals(r.field()) || row ? LOST_CELLS_HAN : LOST_LABEL_HAN)
                || read.chars().anyMatch(c -> !row && Character.isDigit(c) || c == '@')) {
            return Optional.empty();
        }
        double cy = r.y() + r.height() / 2.0;
        int line = words.stream().min(Comparator.comparingDouble(w -> Math.abs(w.y() + w.height() / 2.0 - cy)))
                .map(OcrWord::line).orElse(0);
        return Optional.of(new OcrWord(read, r.confidence(), r.x(), r.y(), r.width(), r.height(), line));
    }

    private static boolean centreIn(FieldReading box, FieldReading r) {
        return centreIn(box.x(), box.y(), box.width(), box.height(), r);
    }

    private static boolean centreIn(OcrWord w, FieldReading r) {
        return centreIn(w.x(), w.y(), w.width(), w.height(), r);
    }

    // True where the middle of the box at x, y, w × h lies inside r's box.
    private static boolean centreIn(int x, int y, int w, int h, FieldReading r) {
        double cx = x + w / 2.0;
        double cy = y + h / 2.0;
        return cx >= r.x() && cx <= r.x() + r.width() && cy >= r.y() && cy <= r.y() + r.height();
    }

    // A word of the label's box: starting inside it (by half a character at least: the colon's word
    // may go on into the value), and no Chinese in it (what was read as letters).
    private static boolean within(OcrWord w, FieldReading r) {
        double cy = w.y() + w.height() / 2.0;
        return w.x() >= r.x() && w.x() + w.height() / 2.0 <= r.x() + r.width() && cy >= r.y() && cy <= r.y() + r.height()
                && w.text().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
