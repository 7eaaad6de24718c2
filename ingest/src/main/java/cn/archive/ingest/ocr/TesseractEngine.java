package cn.archive.ingest.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * One Tesseract engine (OCR 引擎), initialised once and reused for page after page: Tess4J's
 * convenience class loads the language model on every call, which costs more than a small page's
 * recognition. Not thread-safe: one engine per worker thread (see {@link OcrEnginePool}).
 */
public final class TesseractEngine implements AutoCloseable {

    /**
     * Tess4J's interface mapping, which looks functions up when first called: its direct mapping
     * (TessAPI1) binds every function at load and fails on Debian 12's Tesseract 5.3, which lacks
     * some newer renderer functions this class never uses.
     */
    private static final TessAPI API = LoadLibs.getTessAPIInstance();

    private final TessBaseAPI handle;
    private final OcrSettings settings;
    private final PageOrientation orientation;
    // The prepared images of this recognition's reads (as fed, and turned), by the page read off
    // each, for FieldRegions: word boxes lie on the prepared image, not on the page as fed. Two at
    // most, dropped when the page is done, so an engine holds no image between pages.
    private final BufferedImage[] preparedImages = new BufferedImage[2];
    private final OcrPage[] preparedPages = new OcrPage[2];
    private boolean keepPrepared;
    // By language and model, each created when a page first has a field to read again in it. A
    // Chinese value is read by two models, the page's and the larger chi_sim (when installed), which
    // err on different values: extraction takes what two of the page and the readings agree on.
    private final Map<String, LineReader> lineReaders = new HashMap<>();
    // The page handed to Tesseract, in native memory, kept from page to page: a fresh direct buffer
    // for every page is only freed by the garbage collector, which direct memory's limit then forces.
    private ByteBuffer nativePixels;
    /** Largest native page buffer kept between pages (an A3 page at 300 dpi); a larger page's is let go. */
    private static final int KEEP_NATIVE_BYTES = 18 << 20;

    public TesseractEngine(OcrSettings settings) {
        this.settings = settings;
        this.handle = API.TessBaseAPICreate();
        int rc = API.TessBaseAPIInit3(handle, settings.dataPath().toString(), settings.language());
        if (rc != 0) {
            API.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load language '" + settings.language() + "' from "
                    + settings.dataPath() + ": install tesseract-ocr-chi-sim and tesseract-ocr-eng "
                    + "('./archive start' does) or set TESSDATA_PREFIX");
        }
        API.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
        // Chinese forms: keep the spaces Tesseract finds between Latin words, drop none between CJK.
        API.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        this.orientation = PageOrientation.load(settings.dataPath());
    }

    /**
     * Reads one page image: straightened, seals and ruled lines taken out, then recognised as fed;
     * only when that reads poorly (see {@link ReadQuality}) is the page's orientation detected, and
     * a sideways or upside-down page read again turned upright. Most archive pages are fed upright,
     * and orientation detection costs a third of a page's recognition, so it is not paid for them.
     */
    public OcrPage recognise(BufferedImage image) throws OcrException {
        long t = System.nanoTime();
        // Gray pages (JPEGs read as luma, PDF pages rendered gray) are used as they are: nothing
        // below writes into the page it is given (rules are erased on a copy or a turned page).
        BufferedImage gray = PageImages.isPlainGray(image) ? image : PageImages.gray(image);
        StageTimes.since("ocr.gray", t);
        OcrPage asFed = read(prepareGray(gray, true));
        if (orientation == null || !ReadQuality.doubtful(asFed)) {
            return asFed;
        }
        t = System.nanoTime();
        int turn = orientation.detectedTurn(gray, settings.dpi());
        StageTimes.since("ocr.osd", t);
        if (turn == PageOrientation.UNKNOWN) {
            return guessed(gray, asFed);
        }
        if (turn == 0) {
            return asFed;
        }
        OcrPage turned = read(prepareGray(PageImages.quarterTurn(gray, turn), false));
        StageTimes.since("ocr.reread", t);
        return ReadQuality.better(asFed, turned);
    }

    /**
     * A doubtful page whose orientation detection could not tell (a contract's second page of a few
     * lines of prose and a signature, fed sideways or upside-down with the first): read again turned
     * the way its reading suggests, a half turn, or when its lines ran down the page, a quarter turn
     * either way; a turned reading is kept only when it is clearly the better one.
     */
    private OcrPage guessed(BufferedImage gray, OcrPage asFed) throws OcrException {
        for (int turn : ReadQuality.readDownwards(asFed) ? new int[] {90, 270} : new int[] {180}) {
            long t = System.nanoTime();
            OcrPage turned = read(prepareGray(PageImages.quarterTurn(gray, turn), false));
            StageTimes.since("ocr.reread", t);
            if (ReadQuality.clearlyBetter(asFed, turned)) {
                return turned;
            }
        }
        return asFed;
    }

    /**
     * As {@link #recognise(BufferedImage)}, then reads the page's {@code regions} again on their own
     * from the prepared page image, the one the words were located on (see {@link LineReader}).
     * The image is let go before this returns.
     */
    public OcrPage recognise(BufferedImage image, FieldRegions regions) throws OcrException {
        keepPrepared = true;
        try {
            OcrPage page = recognise(image);
            BufferedImage prepared = preparedImage(page);
            if (prepared == null) {
                return page;
            }
            List<FieldRegion> labels = regions.labels(page);
            if (!labels.isEmpty()) {
                page = page.withLabelsRead(readAgain(prepared, labels, false));
            }
            List<FieldRegion> wanted = regions.of(page);
            return wanted.isEmpty() ? page : page.withRereads(readAgain(prepared, wanted, true));
        } finally {
            keepPrepared = false;
            Arrays.fill(preparedImages, null);
            Arrays.fill(preparedPages, null);
        }
    }

    /**
     * {@code regions} of the prepared page read with the page's model; where {@code secondOpinion} is
     * asked for, a Chinese one also with the larger model (when installed), and a Latin one also
     * scaled to {@link #EMAIL_HEIGHT}: readings that err on different values, for extraction to compare (a
     * Latin one that {@linkplain FieldRegion#expected expects} what its first reading holds is not scaled).
     * A region {@link FieldRegion#largerOnly()} is read by the larger model alone, or not at all: as it is
     * and bold ({@link FieldReading#BOLD}), two readings that err on different characters; a person's name's box
     * ({@link FieldRegion#person()}) wherever it is read, as it is, bold and thin ({@link FieldReading#THIN}).
     */
    private List<FieldReading> readAgain(BufferedImage prepared, List<FieldRegion> regions, boolean secondOpinion)
            throws OcrException {
        List<FieldReading> readings = new ArrayList<>();
        for (FieldRegion r : regions) {
            FieldReading first = null;
            if (!r.largerOnly()) {
                first = lineReader(r.language(), FieldReading.PAGE_MODEL).read(prepared, r);
                readings.add(first);
            }
            // A number the first reading confirms needs no second opinion: only a disagreement is voted on.
            if (secondOpinion && FieldRegion.LATIN.equals(r.language()) && (first == null || !r.confirmedBy(first))) {
                readings.add(lineReader(r.language(), FieldReading.PAGE_MODEL).read(prepared, r, EMAIL_HEIGHT,
                        FieldReading.SCALED));
            }
            if (secondOpinion && FieldRegion.CHINESE.equals(r.language()) && settings.largeRereadModel()) {
                readings.add(lineReader(r.language(), FieldReading.LARGE_MODEL).read(prepared, r));
                if (r.largerOnly() || r.person()) {
                    readings.add(lineReader(r.language(), FieldReading.LARGE_MODEL).readBold(prepared, r));
                }
                if (r.person()) {
                    readings.add(lineReader(r.language(), FieldReading.LARGE_MODEL).readThin(prepared, r));
                }
            }
        }
        return readings;
    }

    /**
     * The height in pixels a Latin (e-mail) box is scaled to for its second reading: its text then
     * stands about 40 px tall, where Tesseract's {@code eng} reads addresses best. Measured on the
     * tuning split's 257 e-mail boxes (EmailRereadExperiment, each box read at 40 to 80 px): right
     * as the box is 232, at 40 px 236, 50 px 237, 60 px 242, 70 px 233, 80 px 235, twice its size 226;
     * in extraction's choice with the page's reading, 241 → 249 addresses right, 13 → 7 wrong.
     */
    static final int EMAIL_HEIGHT = 60;

    private LineReader lineReader(String language, String model) {
        String key = language + "/" + model;
        LineReader reader = lineReaders.get(key);
        if (reader != null) {
            return reader;
        }
        if (!FieldReading.LARGE_MODEL.equals(model)) {
            reader = new LineReader(settings, language, model);
        } else {
            // Loading it sets process-wide parameters from its config: put them back as they were
            // before any other engine reads again (see LARGE_MODEL_CONFIG).
            PARAMETERS.writeLock().lock();
            try {
                Map<String, String> before = parameters(handle, LARGE_MODEL_CONFIG);
                reader = new LineReader(settings, language, model);
                before.forEach((name, value) -> API.TessBaseAPISetVariable(handle, name, value));
            } finally {
                PARAMETERS.writeLock().unlock();
            }
        }
        lineReaders.put(key, reader);
        return reader;
    }

    /**
     * The parameters the larger chi_sim model's config file sets (its {@code chi_sim.config}: CJK
     * segmentation and noise settings). Tesseract keeps some of them process-wide (measured: it turned
     * edges_children_count_limit 45 → 1000, edges_children_fix, edges_use_new_outline_complexity and
     * textord_force_make_prop_words on for every handle), so loading that model into one worker's re-read engine changed how every engine of
     * the process segmented its pages: on the tuning split Debian's page readings lost a mobile, an
     * e-mail and two dates and misread two more values. They are restored right after the model is
     * loaded; its parameters that belong to its own engine instance keep the config's values.
     */
    static final List<String> LARGE_MODEL_CONFIG = List.of(
            "language_model_ngram_on", "segsearch_max_char_wh_ratio", "language_model_ngram_space_delimited_language",
            "language_model_use_sigmoidal_certainty", "language_model_ngram_nonmatch_score",
            "edges_use_new_outline_complexity", "edges_children_fix", "edges_max_children_per_outline",
            "edges_max_children_layers", "edges_children_count_limit", "tosp_force_wordbreak_on_punct",
            "textord_force_make_prop_words", "textord_noise_sizelimit", "textord_noise_normratio",
            "textord_max_noise_size", "classify_integer_matcher_multiplier", "assume_fixed_pitch_char_segment",
            "tessedit_char_blacklist", "segment_nonalphabetic_script", "allow_blob_division",
            "stopper_nondict_certainty_base", "textord_single_height_mode", "textord_use_cjk_fp_model");

    /**
     * Held for reading by every recognition and for writing while a model that sets process-wide
     * parameters is loaded and they are put back, so no page is read with them half changed.
     */
    static final ReentrantReadWriteLock PARAMETERS = new ReentrantReadWriteLock();

    /** The current values of {@code names} as {@code handle} sees them, as SetVariable takes them. */
    static Map<String, String> parameters(TessBaseAPI handle, List<String> names) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        IntBuffer i = IntBuffer.allocate(1);
        java.nio.DoubleBuffer d = java.nio.DoubleBuffer.allocate(1);
        for (String name : names) {
            if (API.TessBaseAPIGetIntVariable(handle, name, i.clear()) != 0) {
                out.put(name, Integer.toString(i.get(0)));
            } else if (API.TessBaseAPIGetBoolVariable(handle, name, i.clear()) != 0) {
                out.put(name, i.get(0) != 0 ? "1" : "0");
            } else if (API.TessBaseAPIGetDoubleVariable(handle, name, d.clear()) != 0) {
                out.put(name, Double.toString(d.get(0)));
            } else {
                String v = API.TessBaseAPIGetStringVariable(handle, name);
                if (v != null) {
                    out.put(name, v);
                }
            }
        }
        return out;
    }

    private BufferedImage preparedImage(OcrPage page) {
        for (int i = 0; i < preparedPages.length; i++) {
            if (preparedPages[i] == page) {
                return preparedImages[i];
            }
        }
        return null;
    }

    /** Recognises a prepared page (straight, without rules). */
    OcrPage read(BufferedImage gray) throws OcrException {
        long t = System.nanoTime();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        try {
            long deadline = settings.pageTimeout().toMillis();
            long start = System.nanoTime();
            nativePixels = fill(nativePixels, pixels);
            int rc = recogniseGray(handle, nativePixels, w, h, settings);
            if (nativePixels.capacity() > KEEP_NATIVE_BYTES) {
                nativePixels = null;
            }
            t = StageTimes.since("ocr.recognise", t);
            if ((System.nanoTime() - start) / 1_000_000 >= deadline) {
                throw new OcrException("OCR of a " + w + "×" + h + " page took longer than "
                        + settings.pageTimeout().toSeconds() + " s and was stopped");
            }
            if (rc != 0) {
                throw new OcrException("Tesseract failed to recognise a " + w + "×" + h + " page (code " + rc + ")");
            }
            String text = utf8(API.TessBaseAPIGetUTF8Text(handle));
            List<OcrWord> words = words();
            double mean = API.TessBaseAPIMeanTextConf(handle) / 100.0;
            StageTimes.since("ocr.words", t);
            OcrPage page = new OcrPage(text, words.isEmpty() ? 0.0 : mean, words, w, h);
            if (!keepPrepared) {
                return page;
            }
            preparedImages[1] = preparedImages[0];
            preparedPages[1] = preparedPages[0];
            preparedImages[0] = gray;
            preparedPages[0] = page;
            return page;
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    /**
     * Hands {@code pixels} (8-bit gray, {@code w} to a row) to {@code handle} and recognises them,
     * stopped at the page timeout; returns Tesseract's code. The caller reads the results and clears
     * the handle (also for {@link LineReader}).
     */
    static int recogniseGray(TessBaseAPI handle, byte[] pixels, int w, int h, OcrSettings settings) {
        return recogniseGray(handle, fill(null, pixels), w, h, settings);
    }

    /** As {@link #recogniseGray(TessBaseAPI, byte[], int, int, OcrSettings)}, the pixels already in native memory. */
    private static int recogniseGray(TessBaseAPI handle, ByteBuffer pixels, int w, int h, OcrSettings settings) {
        // Tesseract copies the pixels into its own image here, so the buffer may be refilled afterwards.
        API.TessBaseAPISetImage(handle, pixels, w, h, 1, w);
        API.TessBaseAPISetSourceResolution(handle, settings.dpi());
        ITessAPI.ETEXT_DESC monitor = API.TessMonitorCreate();
        PARAMETERS.readLock().lock();
        try {
            API.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, settings.pageTimeout().toMillis()));
            return API.TessBaseAPIRecognize(handle, monitor);
        } finally {
            PARAMETERS.readLock().unlock();
            API.TessMonitorDelete(monitor);
        }
    }

    /** {@code pixels} in {@code reuse} when it is large enough, else in a new direct buffer; ready to read. */
    private static ByteBuffer fill(ByteBuffer reuse, byte[] pixels) {
        ByteBuffer buffer = reuse != null && reuse.capacity() >= pixels.length ? reuse.clear()
                : ByteBuffer.allocateDirect(pixels.length);
        return buffer.put(pixels).flip();
    }

    private List<OcrWord> words() {
        List<OcrWord> words = new ArrayList<>();
        ITessAPI.TessResultIterator ri = API.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return words;
        }
        try {
            ITessAPI.TessPageIterator pi = API.TessResultIteratorGetPageIterator(ri);
            IntBuffer l = IntBuffer.allocate(1);
            IntBuffer t = IntBuffer.allocate(1);
            IntBuffer r = IntBuffer.allocate(1);
            IntBuffer b = IntBuffer.allocate(1);
            int line = -1;
            do {
                if (API.TessPageIteratorIsAtBeginningOf(pi, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    line++;
                }
                String text = utf8(API.TessResultIteratorGetUTF8Text(ri, ITessAPI.TessPageIteratorLevel.RIL_WORD));
                if (text.isBlank()) {
                    continue;
                }
                float conf = API.TessResultIteratorConfidence(ri, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                API.TessPageIteratorBoundingBox(pi, ITessAPI.TessPageIteratorLevel.RIL_WORD, l, t, r, b);
                words.add(new OcrWord(text, conf / 100.0, l.get(0), t.get(0), r.get(0) - l.get(0),
                        b.get(0) - t.get(0), Math.max(line, 0)));
            } while (API.TessPageIteratorNext(pi, ITessAPI.TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            API.TessResultIteratorDelete(ri);
        }
        return words;
    }

    /** A string Tesseract returned, freed (also for {@link LineReader}). */
    static String utf8(Pointer p) {
        if (p == null) {
            return "";
        }
        try {
            return p.getString(0, "UTF-8");
        } finally {
            API.TessDeleteText(p);
        }
    }

    /**
     * Straightened and without rules. Rules are erased in place, so with {@code keepGray} a page
     * deskew left as it was is copied first: orientation detection may still need the untouched gray.
     */
    private static BufferedImage prepareGray(BufferedImage gray, boolean keepGray) {
        long t = System.nanoTime();
        BufferedImage straight = Deskew.straighten(gray);
        t = StageTimes.since("ocr.deskew", t);
        if (keepGray && straight == gray) {
            straight = PageImages.copy(gray);
        }
        RuledLines.erase(straight);
        StageTimes.since("ocr.rules", t);
        return straight;
    }

    /**
     * The page in gray, turned upright and straightened, as a person should see it. Its geometry is
     * what {@link #recognise} reads, so the word boxes of {@code recognise(upright(page))} lie on the
     * words of this image (page previews black out personal words by them). Unlike {@link #recognise},
     * this always detects the orientation: it has no reading to judge the page by.
     */
    public BufferedImage upright(BufferedImage image) {
        BufferedImage gray = PageImages.gray(image);
        if (orientation != null) {
            gray = PageImages.quarterTurn(gray, orientation.clockwiseTurn(gray, settings.dpi()));
        }
        return Deskew.straighten(gray);
    }

    @Override
    public void close() {
        lineReaders.values().forEach(LineReader::close);
        lineReaders.clear();
        if (orientation != null) {
            orientation.close();
        }
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }
}
