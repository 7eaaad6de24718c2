package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's located words back into the rows a reader sees (版面行): words whose boxes share a
 * band of the page are one row, left to right, however Tesseract split the page into blocks. A
 * ruled table read column by column thus comes back as label beside value, cell beside cell; a gap
 * wider than two characters and a half becomes a cell gap, which ends a value.
 */
final class VisualRows {

    /** A gap between two words wider than this many text heights is a cell gap. */
    static final double CELL_GAP = 2.5;
    // A box's margin, in text heights (pad).
    private static final double PAD = 0.25;

    private VisualRows() {
    }

    static String text(List<OcrWord> words) {
        StringBuilder out = new StringBuilder();
        for (List<OcrWord> row : rows(words)) {
            out.append(join(row)).append('\n');
        }
        return out.toString();
    }

    /**
     * The margin, in pixels, around a box read again for text {@code height} pixels tall: a quarter of a text
     * height and at least 3 px, for the glyphs' antialiased edges and the descenders a word box cuts, without
     * reaching the row above or below.
     */
    static int pad(int height) {
        return Math.max(3, (int) Math.round(PAD * height));
    }

    /** The text's left margin: the x of the page's leftmost word (0 on a page without words). */
    static int leftMargin(OcrPage page) {
        return page.words().stream().mapToInt(OcrWord::x).min().orElse(0);
    }

    /**
     * The text's right margin, as far in from the page's right edge as {@link #leftMargin} is from its left: a
     * form's text stands centred on its sheet, and a cell its words end short of reaches out to there.
     */
    static int rightMargin(OcrPage page) {
        return page.width() - leftMargin(page);
    }

    /** The median height of {@code words}, the page's text height; 1 when there are none. */
    static int medianHeight(List<OcrWord> words) {
        return words.stream().mapToInt(OcrWord::height).sorted().skip(words.size() / 2).findFirst().orElse(1);
    }

    /** The rows of {@link #text}, each left to right: line {@code i} of the text is row {@code i}. */
    static List<List<OcrWord>> rows(List<OcrWord> words) {
        List<List<OcrWord>> rows = new ArrayList<>();
        // A "word" far taller than the text (a seal, a rule's remnant) would swallow the rows it spans.
        int median = words.stream().mapToInt(OcrWord::height).sorted().skip(words.size() / 2).findFirst().orElse(0);
        List<OcrWord> byTop = new ArrayList<>(words.stream().filter(w -> w.height() <= 3 * median).toList());
        byTop.sort(Comparator.comparingDouble(VisualRows::centre));
        List<double[]> bands = new ArrayList<>(); // top, bottom of each row so far
        List<Boolean> speckSeeded = new ArrayList<>();
        for (OcrWord w : byTop) {
            int row = -1;
            double c = centre(w);
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 3; i--) {
                double[] b = bands.get(i);
                if (c > b[0] && c < b[1]) {
                    row = i;
                    break;
                }
            }
            boolean speck = speck(w, median);
            if (row < 0) {
                rows.add(new ArrayList<>());
                bands.add(band(w, median));
                speckSeeded.add(speck);
                row = rows.size() - 1;
            } else if (speckSeeded.get(row) && !speck) {
                // A speck's centre says little about where its row lies (a dot sits on the baseline, a
                // speck of dust anywhere): the first real word of the row sets the band instead, so a
                // colon a few pixels off the speck's centre still joins its label (固定电话 :).
                bands.set(row, band(w, median));
                speckSeeded.set(row, false);
            }
            rows.get(row).add(w);
        }
        for (List<OcrWord> row : rows) {
            row.sort(Comparator.comparingInt(OcrWord::x));
        }
        return rows;
    }

    private static String join(List<OcrWord> row) {
        StringBuilder line = new StringBuilder();
        List<List<OcrWord>> cells = cells(row);
        for (int c = 0; c < cells.size(); c++) {
            List<OcrWord> cell = cells.get(c);
            if (c > 0) {
                line.append("    ");
            }
            OcrWord previous = null;
            for (OcrWord w : cell) {
                if (previous != null && !hanEdge(previous.text(), w.text())) {
                    line.append(' ');
                }
                line.append(w.text());
                previous = w;
            }
        }
        return line.toString();
    }

    /**
     * A row's words (left to right) split into the cells a reader sees: a gap wider than
     * {@value #CELL_GAP} times the row's median word height ends a cell.
     */
    static List<List<OcrWord>> cells(List<OcrWord> row) {
        List<List<OcrWord>> cells = new ArrayList<>();
        if (row.isEmpty()) {
            return cells;
        }
        double height = row.stream().mapToInt(OcrWord::height).sorted().skip(row.size() / 2).findFirst().orElse(1);
        List<OcrWord> cell = new ArrayList<>();
        OcrWord previous = null;
        for (OcrWord w : row) {
            if (previous != null && w.x() - (previous.x() + previous.width()) > CELL_GAP * height) {
                cells.add(cell);
                cell = new ArrayList<>();
            }
            cell.add(w);
            previous = w;
        }
        cells.add(cell);
        return cells;
    }

    /**
     * Chinese is written without spaces: Tesseract's word breaks inside a run of characters mean
     * nothing, and a space there would split a label (客户 级别).
     */
    private static boolean hanEdge(String left, String right) {
        return TextNormalizer.isHan(left.charAt(left.length() - 1)) && TextNormalizer.isHan(right.charAt(0));
    }

    /**
     * The band a word starts: its box, but at least a typical word's height about its centre, so a
     * flat glyph (一, 二, -) does not make a thin band that the rest of its row misses.
     */
    private static double[] band(OcrWord w, int median) {
        double c = centre(w);
        return new double[] {Math.min(w.y(), c - median / 2.0), Math.max(w.y() + w.height(), c + median / 2.0)};
    }

    /** A dot or speck: both sides under a third of the page's typical word height. */
    private static boolean speck(OcrWord w, int median) {
        return 3 * w.width() < median && 3 * w.height() < median;
    }

    /** True when {@code w}'s centre lies in box {@code b}: the word is written there. */
    static boolean centreIn(OcrWord w, FieldRegion b) {
        double cx = w.x() + w.width() / 2.0;
        double cy = w.y() + w.height() / 2.0;
        return cx >= b.x() && cx <= b.x() + b.width() && cy >= b.y() && cy <= b.y() + b.height();
    }

    private static double centre(OcrWord w) {
        return w.y() + w.height() / 2.0;
    }
}
