package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whole rows of a form that the page's reading left out (漏读的整行): a form's labelled rows stand at one
 * pitch down the page, and now and then Tesseract's layout analysis drops one of them, label and value
 * both, on a clean scan ("客户级别 : 潜在客户    行业分类 : 软件开发" gone between 填表日期 and 所属地区,
 * tuning-1077; the tier's row of tuning-0313, -0713, -0956, -1169). Where two neighbouring rows that open
 * with labels at the same left edge stand twice the form's pitch apart (or three times: two rows lost),
 * the blank band between them, from that edge to the text's right margin, is read again in Chinese and
 * the OCR layer puts a reading of four Chinese characters or more into the page as a row of its own (see
 * {@link OcrPage#withLabelsRead}, {@link OcrPage#ROW}). A form leaves a wider space before its
 * signatures (经办人 / 审核人 under 邮编): a gap between two rows whose labels both name no field of the
 * customer's is not read. Immutable.
 */
final class LostRows {

    // At most this many bands read again on a page.
    private static final int PER_PAGE = 2;
    // A form's pitch is measured on this many neighbouring label rows at least.
    private static final int PITCHES = 3;
    // Label rows whose left edges are this close, in text heights, are one column.
    private static final double SAME_COLUMN = 1.0;
    // A gap of twice the pitch (one row lost) within these bounds, in pitches; three times, two rows lost.
    private static final double SLACK = 0.3;

    private LostRows() {
    }

    /** The blank bands of {@code page} where a form's column of labelled rows lost a row. */
    static List<FieldRegion> of(OcrPage page, LabelScanner scanner) {
        if (page.words().isEmpty() || page.width() <= 0) {
            return List.of();
        }
        List<List<OcrWord>> rows = VisualRows.rows(page.words());
        int height = VisualRows.medianHeight(page.words());
        List<LabelRow> labelled = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            label(rows.get(r), r, scanner).ifPresent(labelled::add);
        }
        int edge = column(labelled, height);
        List<LabelRow> column = labelled.stream().filter(l -> Math.abs(l.x() - edge) <= SAME_COLUMN * height).toList();
        // Neighbouring rows of the column: visual rows r and r + 1, nothing read between them.
        List<double[]> gaps = new ArrayList<>();
        for (int i = 1; i < column.size(); i++) {
            if (column.get(i).row() == column.get(i - 1).row() + 1) {
                gaps.add(new double[] {i, column.get(i).centre() - column.get(i - 1).centre()});
            }
        }
        if (gaps.size() < PITCHES) {
            return List.of();
        }
        double pitch = gaps.stream().mapToDouble(g -> g[1]).sorted().skip(gaps.size() / 2).findFirst().orElse(0);
        if (pitch < 1.5 * height) {
            return List.of();
        }
        int right = Math.max(page.words().stream().mapToInt(w -> w.x() + w.width()).max().orElse(0),
                VisualRows.rightMargin(page));
        right = Math.min(page.width(), right);
        int pad = VisualRows.pad(height);
        List<FieldRegion> out = new ArrayList<>();
        for (double[] g : gaps) {
            LabelRow above = column.get((int) g[0] - 1);
            LabelRow below = column.get((int) g[0]);
            long lost = Math.round(g[1] / pitch) - 1;
            if (lost < 1 || lost > 2 || Math.abs(g[1] / pitch - (lost + 1)) > SLACK
                    || above.field() == Field.OTHER && below.field() == Field.OTHER) {
                continue;
            }
            for (int k = 1; k <= lost && out.size() < PER_PAGE; k++) {
                double centre = above.centre() + k * g[1] / (lost + 1);
                int half = (int) Math.round(height / 2.0) + 2 * pad;
                int y0 = Math.max(0, (int) Math.round(centre) - half);
                int y1 = page.height() > 0 ? Math.min(page.height(), (int) Math.round(centre) + half) : (int) Math.round(centre) + half;
                int x0 = Math.max(0, edge - pad);
                FieldRegion band = new FieldRegion(OcrPage.ROW, above.row(), x0, y0, right - x0, y1 - y0, "", 0,
                        FieldRegion.CHINESE);
                if (right - x0 >= 4 * height && y1 > y0 && page.words().stream().noneMatch(w -> VisualRows.centreIn(w, band))) {
                    out.add(band);
                }
            }
        }
        return out;
    }

    /** A visual row opening with a label: its row, the label's field, its left edge and vertical centre. */
    record LabelRow(int row, Field field, int x, double centre) {
    }

    private static Optional<LabelRow> label(List<OcrWord> row, int r, LabelScanner scanner) {
        List<OcrWord> cell = VisualRows.cells(row).get(0);
        // The median of its words' centres: a colon's box runs taller than the characters (tuning-1077).
        double centre = cell.stream().mapToDouble(w -> w.y() + w.height() / 2.0).sorted().skip(cell.size() / 2)
                .findFirst().orElse(0);
        return LostLabels.openingLabel(cell, scanner).map(h -> new LabelRow(r, h.label().field(), cell.get(0).x(), centre));
    }

    // The left edge most label rows share (the median of the largest group), -1 when there are none.
    private static int column(List<LabelRow> labelled, int height) {
        int best = -1;
        long most = 0;
        for (LabelRow l : labelled) {
            long near = labelled.stream().filter(o -> Math.abs(o.x() - l.x()) <= SAME_COLUMN * height).count();
            if (near > most) {
                most = near;
                best = l.x();
            }
        }
        return best;
    }
}
