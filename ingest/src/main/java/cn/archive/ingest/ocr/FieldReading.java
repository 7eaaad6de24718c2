package cn.archive.ingest.ocr;

import java.util.List;

/**
 * What a {@link FieldRegion} read as when read again on its own.
 *
 * @param text       the line read, only of the region's characters; empty when nothing was read
 * @param confidence Tesseract's confidence in that line, 0..1
 * @param model      which model read it: {@link #PAGE_MODEL} (the page's own, also for Latin),
 *                   {@link #LARGE_MODEL} (the larger chi_sim, a second opinion on a Chinese value),
 *                   {@link #BOLD} (the larger chi_sim on the box binarised light) or {@link #SCALED} (the page's own, the Latin box scaled first: a second opinion on an e-mail)
 */
public record FieldReading(String field, int row, int x, int y, int width, int height, String text,
                           double confidence, String model, List<RunnerUp> runnersUp) {

    /**
     * A glyph of a Latin reading that the LSTM weighed another character for as well ({@code lstm_choice_mode}):
     * the glyph's index among the reading's glyphs (spaces are none), what was read, the runner-up and the
     * runner-up's confidence 0..1 ("a" read where "q" scored 0.60: the q's descender faint, tuning-0978).
     */
    public record RunnerUp(int at, String read, String rival, double confidence) {
    }

    /** Read with the page's own model. */
    public static final String PAGE_MODEL = "page";
    /** Read with the larger chi_sim model ({@link OcrSettings#rereadDataPath}). */
    public static final String LARGE_MODEL = "large";
    /** Read with the page's own model from the box scaled to a standard height ({@code TesseractEngine.EMAIL_HEIGHT}). */
    public static final String SCALED = "scaled";
    /**
     * Read with the larger chi_sim model from the box binarised light first ({@code LineReader.BOLD_LEVEL}):
     * a second opinion on a name, whose bolder strokes the model misreads otherwise than the box as it is.
     */
    public static final String BOLD = "bold";
    /**
     * Read with the larger chi_sim model from the box binarised dark first ({@code LineReader.THIN_LEVEL}): a third
     * opinion on a person's name, whose strokes thinned the model reads otherwise again (磊 read 磬 as it is, 确 bold).
     */
    public static final String THIN = "thin";

    public FieldReading {
        model = model == null ? PAGE_MODEL : model;
        runnersUp = runnersUp == null ? List.of() : List.copyOf(runnersUp); // none in a cache written before them
    }

    /** A reading by {@code model} without runners-up. */
    public FieldReading(String field, int row, int x, int y, int width, int height, String text, double confidence,
                        String model) {
        this(field, row, x, y, width, height, text, confidence, model, List.of());
    }

    /** A reading by the page's own model. */
    public FieldReading(String field, int row, int x, int y, int width, int height, String text, double confidence) {
        this(field, row, x, y, width, height, text, confidence, PAGE_MODEL);
    }

    static FieldReading of(FieldRegion region, String text, double confidence, String model) {
        return of(region, text, confidence, model, List.of());
    }

    static FieldReading of(FieldRegion region, String text, double confidence, String model, List<RunnerUp> runnersUp) {
        return new FieldReading(region.field(), region.row(), region.x(), region.y(), region.width(), region.height(),
                text, confidence, model, runnersUp);
    }
}
