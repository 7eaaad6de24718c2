package cn.archive.ingest.corpus;

import java.util.List;

/**
 * A ruled table (表格) drawn on a {@link Sheet}, as customer cards and ledgers print them: each
 * row a list of cells, a cell spanning the rest of the row when it is the last one given.
 */
final class Table {

    private final double[] columns;
    private final double rowHeight;

    /** {@code columns}: the x of every vertical rule, left to right, in points. */
    Table(double rowHeight, double... columns) {
        this.columns = columns;
        this.rowHeight = rowHeight;
    }

    void draw(Sheet sheet, List<List<String>> rows) {
        double top = sheet.y();
        double left = columns[0];
        double right = columns[columns.length - 1];
        for (List<String> row : rows) {
            double y = sheet.y();
            sheet.rule(left, y, right, y);
            for (int c = 0; c < row.size(); c++) {
                double x = columns[c];
                sheet.rule(x, y, x, y + rowHeight);
                sheet.text(x + 5, y + rowHeight / 2 + sheet.body() * 0.38, sheet.body(), row.get(c));
            }
            sheet.rule(right, y, right, y + rowHeight);
            sheet.advance(rowHeight);
        }
        sheet.rule(left, sheet.y(), right, sheet.y());
        if (rows.isEmpty()) {
            sheet.advance(top - sheet.y());
        }
        sheet.advance(sheet.body() * 1.5);
    }
}
