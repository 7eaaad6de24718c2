package cn.archive.ingest.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of paper (纸张) as a list of drawing operations in points from the top-left of an A4
 * page, so the same sheet can be rendered as a scan at any resolution or as a born-digital PDF.
 * Keeps a writing cursor so papers are composed line by line like a typed form.
 */
final class Sheet {

    static final double WIDTH = 595;
    static final double HEIGHT = 842;
    static final double LEFT = 60;

    /** Where the company seal (公章) is stamped, and the name around its rim. */
    record Seal(double x, double y, String name) {
    }

    private sealed interface Op permits Text, Rule {
    }

    private record Text(double x, double y, double size, String s) implements Op {
    }

    private record Rule(double x1, double y1, double x2, double y2) implements Op {
    }

    private final List<Op> ops = new ArrayList<>();
    private final double bodySize;
    private double y = 90;
    private Seal seal;

    Sheet(double bodySize) {
        this.bodySize = bodySize;
    }

    double body() {
        return bodySize;
    }

    double y() {
        return y;
    }

    void advance(double points) {
        y += points;
    }

    void text(double x, double baseline, double size, String s) {
        ops.add(new Text(x, baseline, size, s));
    }

    void rule(double x1, double y1, double x2, double y2) {
        ops.add(new Rule(x1, y1, x2, y2));
    }

    void title(String s) {
        double size = bodySize * 1.7;
        text((WIDTH - width(s, size)) / 2, y, size, s);
        y += size * 2.2;
    }

    /** One typed line at the left margin, then the cursor moves to the next line. */
    void line(String s) {
        lineAt(LEFT, s);
        y += bodySize * 2.3;
    }

    /** Text at x on the current line, without moving the cursor (for two fields on one line). */
    void lineAt(double x, String s) {
        text(x, y, bodySize, s);
    }

    void newLine() {
        y += bodySize * 2.3;
    }

    void seal(double x, double yCentre, String name) {
        this.seal = new Seal(x, yCentre, name);
    }

    Seal seal() {
        return seal;
    }

    /** Width estimate: a Chinese character is one em, Latin and digits a little over half. */
    static double width(String s, double size) {
        double w = 0;
        for (char c : s.toCharArray()) {
            w += c < 0x2E80 ? 0.56 * size : size;
        }
        return w;
    }

    void drawOn(Canvas canvas) {
        for (Op op : ops) {
            if (op instanceof Text t) {
                canvas.text(t.x(), t.y(), t.size(), t.s());
            } else if (op instanceof Rule r) {
                canvas.rule(r.x1(), r.y1(), r.x2(), r.y2());
            }
        }
    }

    /** Where a sheet is drawn: a scan's pixels or a PDF page; coordinates in points from the top-left. */
    interface Canvas {
        void text(double x, double baseline, double size, String s);

        void rule(double x1, double y1, double x2, double y2);
    }
}
