package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Labels of a form's table that the page's reading left out (漏读的标签): Tesseract splits a card's
 * table into column blocks and now and then drops one cell of a column, the value beside it still
 * read ("客户级别 普通客户 告设计" with 所属行业 gone, tuning-0386; 客户级别 gone before 潜在客户,
 * tuning-0355), and a value without its label is no field. A column of labels is where two or more
 * rows have a cell opening with a label at the same left edge; a row with nothing at that edge but a
 * word where that column's values start lost its label there: the box from the column's edge to that word
 * is read again in Chinese, and the OCR layer puts a reading with Chinese in it into the row (see
 * {@link OcrPage#withLabelsRead}). Immutable.
 */
final class LostLabels {

    // At most this many lost labels read again on a page: a card has a dozen labels.
    private static final int PER_PAGE = 6;
    // Left edges of label cells this close, in text heights, are one column.
    private static final double SAME_COLUMN = 1.0;
    // A column is two labels or more.
    private static final int COLUMN = 2;
    // Where the value may start, in text heights from its column's edge: OCR may have lost its first
    // character or two with the label (告设计 for 广告设计, tuning-0386).
    private static final double VALUE_BEFORE = 1.0;
    private static final double VALUE_AFTER = 2.5;

    private LostLabels() {
    }

    /** The boxes where {@code page}'s table columns of labels miss a label before a value. */
    static List<FieldRegion> of(OcrPage page, LabelScanner scanner) {
        if (page.words().isEmpty()) {
            return List.of();
        }
        List<List<OcrWord>> rows = VisualRows.rows(page.words());
        int height = VisualRows.medianHeight(page.words());
        List<Column> columns = columns(rows, scanner, height);
        List<FieldRegion> out = new ArrayList<>();
        for (int r = 0; r < rows.size() && out.size() < PER_PAGE; r++) {
            for (Column c : columns) {
                if (!c.rows().contains(r) && out.size() < PER_PAGE) {
                    lost(rows.get(r), r, c, height, page)
                            // The box must be blank: a word of another row reaching into it (a date's tall glyphs,
                            // split from their row, tuning-0080) would be taken for letters of the label.
                            .filter(b -> page.words().stream().noneMatch(w -> VisualRows.centreIn(w, b)))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** A column of label cells: their left edge (the median), their rows, and where their values start (the median). */
    record Column(int x, List<Integer> rows, int valueX) {
    }

    // Label cells' left edges, grouped where they are within SAME_COLUMN heights of each other.
    private static List<Column> columns(List<List<OcrWord>> rows, LabelScanner scanner, int height) {
        List<int[]> cells = new ArrayList<>(); // x, row, its value's x (-1: none)
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            for (List<OcrWord> cell : VisualRows.cells(rows.get(r))) {
                labelWidth(cell, scanner).ifPresent(w -> cells.add(new int[] {cell.get(0).x(), row,
                        valueX(rows.get(row), cell.get(0).x() + w)}));
            }
        }
        cells.sort(Comparator.comparingInt(c -> c[0]));
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); ) {
            int j = i + 1;
            while (j < cells.size() && cells.get(j)[0] - cells.get(j - 1)[0] <= SAME_COLUMN * height) {
                j++;
            }
            List<int[]> group = cells.subList(i, j);
            int[] values = group.stream().mapToInt(c -> c[2]).filter(x -> x >= 0).sorted().toArray();
            if (group.stream().map(c -> c[1]).distinct().count() >= COLUMN && values.length > 0) {
                out.add(new Column(group.get(group.size() / 2)[0], group.stream().map(c -> c[1]).distinct().toList(),
                        values[values.length / 2]));
            }
            i = j;
        }
        return out;
    }


    // The left edge of the first word of {@code row} right of {@code end}, -1 if none.
    private static int valueX(List<OcrWord> row, int end) {
        return row.stream().filter(w -> w.x() >= end).mapToInt(OcrWord::x).min().orElse(-1);
    }

    /** The Chinese label {@code cell} (a visual row's cell, its words left to right) opens with, if it does. */
    static Optional<LabeledText.Hit> openingLabel(List<OcrWord> cell, LabelScanner scanner) {
        StringBuilder text = new StringBuilder();
        for (OcrWord w : cell) {
            text.append(w.text());
        }
        List<LabeledText.Hit> hits = scanner.scan(List.of(text.toString())).hits();
        return hits.isEmpty() || hits.get(0).start() != 0 || hits.get(0).label().isAscii()
                ? Optional.empty() : Optional.of(hits.get(0));
    }

    // The width of the label a cell opens with (its words up to the label's last character), if it does.
    private static Optional<Integer> labelWidth(List<OcrWord> cell, LabelScanner scanner) {
        Optional<LabeledText.Hit> hit = openingLabel(cell, scanner);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        int chars = hit.get().label().text().length();
        int seen = 0;
        for (OcrWord w : cell) {
            seen += w.text().length();
            if (seen >= chars) {
                return Optional.of(w.x() + w.width() - cell.get(0).x());
            }
        }
        return Optional.empty();
    }

    // The box of a label lost from {@code row} in column {@code c}: nothing written at the column's edge,
    // and the first word right of it where the column's values start.
    private static Optional<FieldRegion> lost(List<OcrWord> row, int r, Column c, int height, OcrPage page) {
        double near = SAME_COLUMN * height;
        OcrWord value = null;
        for (OcrWord w : row) {
            if (Math.abs(w.x() - c.x()) <= near || w.x() < c.x() && w.x() + w.width() > c.x() - near / 2) {
                return Optional.empty(); // something is written at the label's place
            }
            if (w.x() > c.x() && value == null) {
                value = w;
            }
        }
        if (value == null || value.x() < c.valueX() - VALUE_BEFORE * height || value.x() > c.valueX() + VALUE_AFTER * height) {
            return Optional.empty();
        }
        int pad = VisualRows.pad(height);
        int x0 = Math.max(0, c.x() - pad);
        // To the value: the characters of its head lost with the label (广 of 广告设计) are read with it.
        int x1 = value.x() - pad;
        int y0 = Math.max(0, value.y() - pad);
        int y1 = value.y() + value.height() + pad;
        x1 = page.width() > 0 ? Math.min(page.width(), x1) : x1;
        y1 = page.height() > 0 ? Math.min(page.height(), y1) : y1;
        if (x1 - x0 < height || y1 <= y0) {
            return Optional.empty();
        }
        return Optional.of(new FieldRegion(OcrPage.LABEL, r, x0, y0, x1 - x0, y1 - y0, "", 0, FieldRegion.CHINESE));
    }
}
