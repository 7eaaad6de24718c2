package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second half of a form's two-field row that the page's reading left out (漏读的半行): Tesseract
 * now and then drops the right half of a row, label and value both, "客户级别 : 意向客户" read and
 * "所属行业 : 餐饮服务" beside it not (a card's row, tuning-0311, -0475; a ledger's header row
 * "客户编号 : … 行业分类 : 医院", tuning-0801, -0548, -0029; a form's, tuning-0014). What is lost was
 * the industry on every such scan of the tuning split, so the blank right of short labelled rows is
 * read again only on a form that names no industry at all: a customer's form with several key labels,
 * not a person's (身份证号) nor a contract, which carry none. The box runs from a little right of the
 * row's last word to the text's right margin; the OCR layer puts a reading with two Chinese characters
 * or more into the row (see {@link OcrPage#withLabelsRead}). A blank box reads as nothing. Immutable.
 */
final class LostHalves {

    // At most this many rows read again on a page: the industry shares a row with a header field.
    private static final int PER_PAGE = 4;
    // A row is short when it ends before this share of the text's width (left margin to mirrored right margin).
    private static final double SHORT = 0.55;
    // The box starts this many text heights right of the row's last word (a word's lost tail is no half).
    private static final double AFTER = 1.5;
    // A customer's form: at least this many of its key labels.
    private static final int FORM = 2;
    private static final Set<Field> KEY = EnumSet.of(Field.ARCHIVE_NO, Field.NAME, Field.TIER, Field.ADDRESS,
            Field.PHONE, Field.MOBILE, Field.EMAIL, Field.REGISTERED_ON, Field.REGION, Field.CONTACT);
    private static final Pattern CONTRACT_TITLE = Pattern.compile("合同|约定书|协议");
    private static final int HEADING_ROWS = 3;
    // A labelled row opening this share of the text's width right of the left margin lost its left half.
    private static final double INDENTED = 0.35;
    // The form's column of labels: at least this many labelled rows opening at the left margin.
    private static final int COLUMN = 3;

    private LostHalves() {
    }

    /**
     * The boxes of the halves {@code page}'s form rows lost ({@link #rightOf}, then {@link #leftOf}); none where the
     * page is no customer's form. The page's rows and labels are found once for both.
     */
    static List<FieldRegion> of(OcrPage page, LabelScanner scanner) {
        Optional<Form> form = Form.of(page, scanner);
        if (form.isEmpty()) {
            return List.of();
        }
        List<FieldRegion> out = new ArrayList<>(rightOf(form.get()));
        out.addAll(leftOf(form.get()));
        return out;
    }

    /** The boxes right of form {@code f}'s short labelled rows, when it names no industry. */
    private static List<FieldRegion> rightOf(Form f) {
        if (f.labels().has(Field.INDUSTRY) || f.labels().has(Field.ID_NUMBER)) {
            return List.of();
        }
        List<FieldRegion> out = new ArrayList<>();
        for (int r = 0; r < f.rows().size() && out.size() < PER_PAGE; r++) {
            List<OcrWord> row = f.rows().get(r);
            int end = row.stream().mapToInt(w -> w.x() + w.width()).max().orElse(f.right());
            if (f.labelled().contains(r) && end <= f.left() + SHORT * (f.right() - f.left())) {
                f.band(r, end + (int) Math.round(AFTER * f.height()), f.right()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The boxes left of a form's labelled rows that open far right of the form's column of labels: the row's
     * left half lost, label and value both ("客户级别 : 潜在客户" gone before "行业分类 : 物业管理", which the page
     * read alone, from the middle of the sheet on, tuning-1420). Only where {@value #COLUMN} labelled rows or more
     * open at the left margin (the column is the form's), on a customer's form (not a ledger, feedback form or
     * contract). The box runs from the left margin to a little before the row's first word; a reading of four
     * Chinese characters or more joins the row ({@link OcrPage#withLabelsRead}).
     */
    private static List<FieldRegion> leftOf(Form f) {
        List<Integer> column = f.labelled().stream().filter(r -> r < f.rows().size())
                .filter(r -> f.rows().get(r).get(0).x() <= f.left() + f.height()).sorted().toList();
        if (column.size() < COLUMN) {
            return List.of();
        }
        List<FieldRegion> out = new ArrayList<>();
        // Below the column's first row: the form's title stands centred above it.
        for (int r = column.get(0) + 1; r < f.rows().size() && out.size() < PER_PAGE; r++) {
            int start = f.rows().get(r).get(0).x();
            if (f.labelled().contains(r) && start >= f.left() + INDENTED * (f.right() - f.left())) {
                f.band(r, Math.max(0, f.left() - VisualRows.pad(f.height())), start - (int) Math.round(AFTER * f.height()))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A customer's form as the page read it (several key labels; not a ledger's, feedback form's or contract's page):
     * its rows, labels, the rows a label opens, its text height and margins.
     */
    private record Form(OcrPage page, List<List<OcrWord>> rows, LabeledText labels, Set<Integer> labelled, int height,
                        int left, int right) {

        static Optional<Form> of(OcrPage page, LabelScanner scanner) {
            if (page.words().isEmpty() || page.width() <= 0) {
                return Optional.empty();
            }
            List<List<OcrWord>> rows = VisualRows.rows(page.words());
            LabeledText labels = scanner.scan(TextNormalizer.lines(VisualRows.text(page.words())));
            if (labels.has(Field.COMM_DATE) || labels.has(Field.COMM_CHANNEL) || labels.has(Field.COMM_SUMMARY)
                    || labels.lines().stream().limit(HEADING_ROWS).anyMatch(l -> CONTRACT_TITLE.matcher(l).find())
                    || labels.hits().stream().map(h -> h.label().field()).filter(KEY::contains).distinct().count() < FORM) {
                return Optional.empty();
            }
            Set<Integer> labelled = new java.util.HashSet<>();
            labels.hits().stream().filter(h -> h.start() == 0).forEach(h -> labelled.add(h.line()));
            return Optional.of(new Form(page, rows, labels, labelled, VisualRows.medianHeight(page.words()),
                    VisualRows.leftMargin(page), VisualRows.rightMargin(page)));
        }

        /** The box from {@code x0} to {@code x1} in row {@code r}'s band, when it is four text heights wide or more. */
        Optional<FieldRegion> band(int r, int x0, int x1) {
            List<OcrWord> row = rows.get(r);
            int pad = VisualRows.pad(height);
            int y0 = Math.max(0, row.stream().mapToInt(OcrWord::y).min().orElse(0) - pad);
            int y1 = row.stream().mapToInt(w -> w.y() + w.height()).max().orElse(0) + pad;
            y1 = page.height() > 0 ? Math.min(page.height(), y1) : y1;
            return x1 - x0 >= 4 * height && y1 > y0
                    ? Optional.of(new FieldRegion(OcrPage.CELLS, r, x0, y0, x1 - x0, y1 - y0, "", 0, FieldRegion.CHINESE))
                    : Optional.empty();
        }
    }
}
