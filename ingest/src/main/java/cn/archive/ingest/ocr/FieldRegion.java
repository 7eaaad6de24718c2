package cn.archive.ingest.ocr;

/**
 * A part of a page to read again as one line of text (字段复读区域): the box of one field's value,
 * in the pixels of the page image the page's words were located on.
 *
 * @param field      which field the value is of (for example {@code "customer.email"})
 * @param row        the visual row of the page whose label the value follows; extraction finds the
 *                   re-reading by it
 * @param characters the only characters the value can be written in (Tesseract's whitelist); empty for
 *                   no restriction (a Chinese value: a whitelist of thousands of characters would not narrow it)
 * @param snapLeft   when the left edge is only an estimate (a label read in one word with the value),
 *                   how many pixels either side of it the reader may move it to the blank column
 *                   between two glyphs; 0 to keep it
 * @param language   the Tesseract language to read it in: {@link #LATIN} or {@link #CHINESE}
 * @param largerOnly a Chinese box only the larger model's reading is wanted of (a doubtful name, which
 *                   extraction mends from that reading alone): the page's model does not read it, and
 *                   nothing does where the larger model is not installed
 * @param expected   for a Latin box, what the page read there (a number in normal form, or an e-mail address
 *                   in small letters): a first reading of the box that holds it (an address: that is it, case
 *                   aside) with at least {@code sureAt} confidence confirms the page, and the box is not read
 *                   a second time (scaled); empty to read it twice whatever the first reading says
 * @param sureAt     the least confidence of a first reading that confirms {@code expected}; 0 for any
 * @param person     a Chinese box of a person's name (姓名): the larger model reads it three ways, as it is, bold
 *                   ({@link FieldReading#BOLD}) and thin ({@link FieldReading#THIN}), wherever it reads it
 */
public record FieldRegion(String field, int row, int x, int y, int width, int height, String characters,
                          int snapLeft, String language, boolean largerOnly, String expected, double sureAt,
                          boolean person) {

    public FieldRegion {
        expected = expected == null ? "" : expected;
    }

    /** A region that is no person's name box (see {@code person}). */
    public FieldRegion(String field, int row, int x, int y, int width, int height, String characters, int snapLeft,
                       String language, boolean largerOnly, String expected, double sureAt) {
        this(field, row, x, y, width, height, characters, snapLeft, language, largerOnly, expected, sureAt, false);
    }

    /** A region without an expected reading (see {@code expected}). */
    public FieldRegion(String field, int row, int x, int y, int width, int height, String characters, int snapLeft,
                       String language, boolean largerOnly) {
        this(field, row, x, y, width, height, characters, snapLeft, language, largerOnly, "", 0.0);
    }

    /** Latin letters and digits only (an e-mail address). */
    public static final String LATIN = "eng";
    /** Chinese without the Latin model, which reads Chinese characters as letters ({@code chi_sim}). */
    public static final String CHINESE = "chi_sim";

    /** A region read by the page's model (and, when Chinese, by the larger one too). */
    public FieldRegion(String field, int row, int x, int y, int width, int height, String characters, int snapLeft,
                       String language) {
        this(field, row, x, y, width, height, characters, snapLeft, language, false);
    }

    /** This region from {@code x} across {@code width}, the same in all else. */
    public FieldRegion spanning(int x, int width) {
        return new FieldRegion(field, row, x, y, width, height, characters, snapLeft, language, largerOnly, expected,
                sureAt, person);
    }

    /** This region, to be read by the larger model alone (see {@code largerOnly}). */
    public FieldRegion readByTheLargerModelOnly() {
        return new FieldRegion(field, row, x, y, width, height, characters, snapLeft, language, true, expected, sureAt,
                person);
    }

    /** This region, the box of a person's name, to be read by the larger model three ways (see {@code person}). */
    public FieldRegion asPersonsName() {
        return new FieldRegion(field, row, x, y, width, height, characters, snapLeft, language, largerOnly, expected,
                sureAt, true);
    }

    /** This region, read a second time only where its first reading does not hold {@code value} (see {@code expected}). */
    public FieldRegion expecting(String value) {
        return expecting(value, 0.0);
    }

    /**
     * This region, read a second time only where its first reading does not hold {@code value} with at least
     * {@code confidence} (see {@code expected}, {@code sureAt}).
     */
    public FieldRegion expecting(String value, double confidence) {
        return new FieldRegion(field, row, x, y, width, height, characters, snapLeft, language, largerOnly, value,
                confidence, person);
    }

    /**
     * True when {@code reading} (spaces aside) holds what the page read here, with at least {@link #sureAt}
     * confidence: no second reading is needed. An expected value of letters and digits alone (a phone's
     * digits) is looked for among the reading's letters and digits, whatever separates them ("+86-138 0571
     * 2233" holds 13805712233); an expected e-mail address must be the whole reading, case and the dots or
     * dashes at its ends aside ("Zhanggy@qmalvf.com." holds zhanggy@qmalvf.com, "xzhanggy@…" does not).
     */
    public boolean confirmedBy(FieldReading reading) {
        return reading.confidence() >= sureAt && holds(reading.text(), expected);
    }

    /** True when {@code text} holds {@code expected} as {@link #confirmedBy} looks for it; never an empty one. */
    public static boolean holds(String text, String expected) {
        String t = text.replaceAll("\\s+", "");
        if (expected.indexOf('@') >= 0) {
            return t.replaceAll("^[._-]+|[._-]+$", "").equalsIgnoreCase(expected);
        }
        return !expected.isEmpty() && (t.contains(expected)
                || expected.chars().allMatch(Character::isLetterOrDigit) && t.replaceAll("[^A-Za-z0-9]", "").contains(expected));
    }

    /** A region read in {@link #LATIN}. */
    public FieldRegion(String field, int row, int x, int y, int width, int height, String characters, int snapLeft) {
        this(field, row, x, y, width, height, characters, snapLeft, LATIN);
    }
}
