package cn.archive.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * A second Tesseract engine for reading one field's value again: one language only, the region
 * taken as a single text line ({@code --psm 7}) and restricted to the characters the value can
 * hold. On the scan corpus {@code chi_sim+eng} over the whole page loses or misreads the {@code @}
 * of e-mail addresses, reads dots as commas and adds ghost letters; this reading of the value's box
 * alone in {@code eng} got 31 of 34 tuning addresses right against 22 (FieldRereadExperiment). In
 * {@code chi_sim} alone it reads the Chinese values the page's {@code eng} half turned into letters
 * ("=O-f#+—A+T+—H" for 二〇一五年十二月十二日) and table cells the page's layout analysis skipped.
 * A Chinese box is read by two of these, Debian's chi_sim and the larger one, which err on different values.
 * Initialised once and reused; not thread-safe (one per worker, language and model, owned by its {@link TesseractEngine}).
 */
final class LineReader implements AutoCloseable {

    private static final TessAPI API = LoadLibs.getTessAPIInstance();

    private final TessBaseAPI handle;
    private final OcrSettings settings;
    private final String model;
    private String whitelist = "";
    private boolean runnersUp;

    // A runner-up weighed less than this is no doubt worth keeping.
    static final double RUNNER_UP = 0.1;

    /** A reader of {@code language} with the page's own model. */
    LineReader(OcrSettings settings, String language) {
        this(settings, language, FieldReading.PAGE_MODEL);
    }

    /**
     * A reader of {@code language} with {@code model}: {@link FieldReading#PAGE_MODEL} from the page's
     * tessdata, {@link FieldReading#LARGE_MODEL} from {@link OcrSettings#rereadDataPath}.
     */
    LineReader(OcrSettings settings, String language, String model) {
        this.settings = settings;
        this.model = model;
        this.handle = API.TessBaseAPICreate();
        String data = (FieldReading.LARGE_MODEL.equals(model) ? settings.rereadDataPath() : settings.dataPath()).toString();
        // The larger model holds the legacy classifier too, and loaded by default Tesseract reads with both
        // combined, which turned some name boxes into strings of rare characters ("深圳夭澜广I翼熹I二】妻叠…"
        // for 深圳天润广告…, tuning-0463) that its LSTM alone reads right: only the LSTM reads.
        int engine = FieldReading.LARGE_MODEL.equals(model) ? ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY
                : ITessAPI.TessOcrEngineMode.OEM_DEFAULT;
        if (API.TessBaseAPIInit2(handle, data, language, engine) != 0) {
            API.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load language '" + language + "' from "
                    + data + ": install tesseract-ocr-eng and tesseract-ocr-chi-sim ('./archive start' does) "
                    + "or set TESSDATA_PREFIX; the larger chi_sim model is fetched by any './archive' command that runs OCR");
        }
        API.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        // The box was asked for because a value belongs there, so its line is never thrown away as
        // noise. Tesseract rejects a row of small blobs with no large one to "save" it: tuning-0104's
        // clean cell 连锁零售 (strokes broken into bits by the scan) read "" alone, and "| 连锁零售"
        // only where the cell's rule, a large blob, was left in the box.
        API.TessBaseAPISetVariable(handle, "textord_noise_rejrows", "0");
        if (FieldRegion.LATIN.equals(language)) {
            // The LSTM's other choices per glyph (runners-up): an "a" it also weighed a "q" for is doubtful.
            // Measured on the tuning 1200's e-mail boxes: it changes no reading's text.
            API.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
            runnersUp = true;
        }
    }

    /** This reader without the LSTM's runners-up, as it read before they were kept (for measuring what they cost). */
    void choicesOff() {
        API.TessBaseAPISetVariable(handle, "lstm_choice_mode", "0");
        runnersUp = false;
    }

    /**
     * Reads {@code region} of {@code page}, a gray image whose geometry the region's box is in.
     * A region reaching beyond the page is cut to it; one with nothing left reads as empty.
     */
    FieldReading read(BufferedImage page, FieldRegion region) throws OcrException {
        return read(page, region, 0, model);
    }

    /**
     * As {@link #read(BufferedImage, FieldRegion)}, the box scaled first (bicubic) so that it is
     * {@code height} pixels tall, its reading filed as read by {@code as}; 0 reads it as it is.
     * Tesseract's Latin model reads a small address better enlarged and a large one shrunk: the
     * e-mail box at {@value TesseractEngine#EMAIL_HEIGHT} px (see there).
     */
    FieldReading read(BufferedImage page, FieldRegion region, int height, String as) throws OcrException {
        return read(page, region, height, 0, as);
    }

    /**
     * The gray level below which a pixel is ink in a bold reading: the glyphs' antialiased edges become
     * ink too, so strokes stand bolder. Of the readings measured on the tuning split's name boxes (as
     * they are, twice their size, binarised at 90 and at 200, by both models), the larger model's at 200
     * read most names right after the box as it is, and errs on other characters than that.
     */
    static final int BOLD_LEVEL = 200;

    /** As {@link #read(BufferedImage, FieldRegion)}, the box binarised at {@link #BOLD_LEVEL} first, filed as {@link FieldReading#BOLD}. */
    FieldReading readBold(BufferedImage page, FieldRegion region) throws OcrException {
        return read(page, region, 0, BOLD_LEVEL, FieldReading.BOLD);
    }

    /**
     * The gray level below which a pixel is ink in a thin reading: only the strokes' dark cores. Of the readings
     * measured on the tuning split's names (NameRereadExperiment: as they are, twice their size, binarised at 90 and
     * at 200), the larger model's at 90 is the one that read 磊 right where the others read 磬, 确 or 帮.
     */
    static final int THIN_LEVEL = 90;

    /** As {@link #read(BufferedImage, FieldRegion)}, the box binarised at {@link #THIN_LEVEL} first, filed as {@link FieldReading#THIN}. */
    FieldReading readThin(BufferedImage page, FieldRegion region) throws OcrException {
        return read(page, region, 0, THIN_LEVEL, FieldReading.THIN);
    }

    private FieldReading read(BufferedImage page, FieldRegion region, int height, int ink, String as) throws OcrException {
        int y = Math.max(0, region.y());
        int h = Math.min(page.getHeight(), region.y() + region.height()) - y;
        int right = Math.min(page.getWidth(), region.x() + region.width());
        int x = Math.max(0, h > 0 ? snapLeft(page, region, y, h) : region.x());
        int w = right - x;
        if (w <= 0 || h <= 0) {
            return FieldReading.of(region, "", 0.0, as);
        }
        if (!region.characters().equals(whitelist)) {
            API.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", region.characters());
            whitelist = region.characters();
        }
        long t = System.nanoTime();
        try {
            byte[] pixels = crop(page, x, y, w, h);
            if (ink > 0) {
                pixels = binarised(pixels, ink);
            }
            if (height > 0 && region.height() > 0) {
                double s = (double) height / region.height();
                int sw = Math.max(1, (int) Math.round(w * s));
                int sh = Math.max(1, (int) Math.round(h * s));
                pixels = scaled(pixels, w, h, sw, sh);
                w = sw;
                h = sh;
            }
            int rc = TesseractEngine.recogniseGray(handle, pixels, w, h, settings);
            if (rc != 0) {
                throw new OcrException("Tesseract failed to read the " + w + "×" + h + " box of " + region.field()
                        + " again (code " + rc + ")");
            }
            String text = TesseractEngine.utf8(API.TessBaseAPIGetUTF8Text(handle)).strip();
            double confidence = text.isEmpty() ? 0.0 : API.TessBaseAPIMeanTextConf(handle) / 100.0;
            return FieldReading.of(region, text, confidence, as, runnersUp && !text.isEmpty() ? runnersUp() : List.of());
        } finally {
            API.TessBaseAPIClear(handle);
            StageTimes.since("ocr.field", t);
            StageTimes.since("ocr.field." + as, t); // which model's re-reads the time went to
        }
    }

    /** The glyphs of the last recognition whose LSTM runner-up scored at least {@link #RUNNER_UP}. */
    private List<FieldReading.RunnerUp> runnersUp() {
        ITessAPI.TessResultIterator it = API.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return List.of();
        }
        List<FieldReading.RunnerUp> out = new ArrayList<>();
        int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
        try {
            int at = 0;
            do {
                String read = TesseractEngine.utf8(API.TessResultIteratorGetUTF8Text(it, level));
                ITessAPI.TessChoiceIterator choices = API.TessResultIteratorGetChoiceIterator(it);
                if (choices != null) {
                    try {
                        FieldReading.RunnerUp best = null;
                        do {
                            String rival = API.TessChoiceIteratorGetUTF8Text(choices);
                            double c = API.TessChoiceIteratorConfidence(choices) / 100.0;
                            if (rival != null && !rival.equals(read) && c >= RUNNER_UP && (best == null || c > best.confidence())) {
                                best = new FieldReading.RunnerUp(at, read, rival, c);
                            }
                        } while (API.TessChoiceIteratorNext(choices) != 0);
                        if (best != null) {
                            out.add(best);
                        }
                    } finally {
                        API.TessChoiceIteratorDelete(choices);
                    }
                }
                at++;
            } while (API.TessPageIteratorNext(API.TessResultIteratorGetPageIterator(it), level) != 0);
        } finally {
            API.TessResultIteratorDelete(it);
        }
        return out;
    }

    // Darker than this is ink (0 black .. 255 white); the prepared page has its paper near white.
    private static final int INK = 128;

    /**
     * The region's left edge, moved onto the nearest blank pixel column within {@code snapLeft} of
     * it: where a label shares the value's word its end is estimated from character counts, and an
     * edge through the first letter reads it as another ("7houok" for "zhouok"). Columns to the left
     * count half as far, since a sliver of the label's colon reads better than half a letter.
     */
    static int snapLeft(BufferedImage page, FieldRegion region, int y, int h) {
        int estimate = region.x();
        if (region.snapLeft() <= 0 || page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return estimate;
        }
        byte[] all = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int stride = page.getWidth();
        int best = estimate;
        double bestDistance = Double.MAX_VALUE;
        for (int c = Math.max(0, estimate - region.snapLeft()); c <= estimate + region.snapLeft() && c < stride; c++) {
            boolean blank = true;
            for (int r = y; r < y + h && blank; r++) {
                blank = (all[r * stride + c] & 0xff) >= INK;
            }
            double distance = c < estimate ? (estimate - c) * 0.5 : c - estimate;
            if (blank && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The region's pixels, row after row (a sub-image shares its parent's rows, which are wider). */
    static byte[] crop(BufferedImage page, int x, int y, int w, int h) {
        BufferedImage gray = page.getType() == BufferedImage.TYPE_BYTE_GRAY ? page : PageImages.gray(page);
        byte[] all = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int stride = gray.getWidth();
        byte[] out = new byte[w * h];
        for (int r = 0; r < h; r++) {
            System.arraycopy(all, (y + r) * stride + x, out, r * w, w);
        }
        return out;
    }

    /** Gray pixels black where darker than {@code ink}, else white. */
    static byte[] binarised(byte[] pixels, int ink) {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (byte) ((pixels[i] & 0xff) < ink ? 0 : 255);
        }
        return out;
    }

    /** Gray pixels {@code w} × {@code h} scaled to {@code sw} × {@code sh}, bicubic. */
    static byte[] scaled(byte[] pixels, int w, int h, int sw, int sh) {
        BufferedImage from = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        from.getRaster().setDataElements(0, 0, w, h, pixels);
        BufferedImage to = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(from, 0, 0, sw, sh, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) to.getRaster().getDataBuffer()).getData();
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }
}
