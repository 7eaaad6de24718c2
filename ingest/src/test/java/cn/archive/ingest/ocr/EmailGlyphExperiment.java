package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * A measurement, not a product path: reads each e-mail box of a cached OCR run again as the pipeline does (as it
 * is, and scaled to {@link TesseractEngine#EMAIL_HEIGHT}) and prints, beside the truth, every glyph's own
 * confidence and the LSTM's other choices for it ({@code lstm_choice_mode}), to see whether a doubtful glyph
 * tells a wrong reading from a right one better than the line's mean confidence. Usage (test classpath,
 * OMP_THREAD_LIMIT=1): {@code EmailGlyphExperiment FILES_DIR CACHE_DIR [INDEX…]}.
 */
public final class EmailGlyphExperiment {

    private static final TessAPI API = LoadLibs.getTessAPIInstance();

    private EmailGlyphExperiment() {
    }

    public static void main(String[] args) throws Exception {
        Path files = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Set<String> only = new java.util.HashSet<>(List.of(args).subList(2, args.length));
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        TessBaseAPI handle = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit2(handle, settings.dataPath().toString(), "eng", ITessAPI.TessOcrEngineMode.OEM_DEFAULT) != 0) {
            throw new IllegalStateException("no eng model under " + settings.dataPath());
        }
        API.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        API.TessBaseAPISetVariable(handle, "textord_noise_rejrows", "0");
        API.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
        try {
            EmailRereadExperiment.eachEmailBox(files, cache, only, settings, (name, truth, page, prepared, box) -> {
                API.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", box.characters());
                for (int height : new int[] {0, TesseractEngine.EMAIL_HEIGHT}) {
                    System.out.println(name.substring(0, 11) + " " + truth + " " + (height == 0 ? "as-is" : "scaled")
                            + " " + glyphs(handle, prepared, box, height, settings));
                }
            });
        } finally {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
        }
    }

    // "text mean=0.87 | c:0.99 h:0.98 a:0.41[q:0.38,g:0.05] …"
    private static String glyphs(TessBaseAPI handle, BufferedImage page, FieldRegion region, int height, OcrSettings settings) {
        int y = Math.max(0, region.y());
        int h = Math.min(page.getHeight(), region.y() + region.height()) - y;
        int right = Math.min(page.getWidth(), region.x() + region.width());
        int x = Math.max(0, LineReader.snapLeft(page, region, y, h));
        int w = right - x;
        if (w <= 0 || h <= 0) {
            return "(empty)";
        }
        byte[] pixels = LineReader.crop(page, x, y, w, h);
        if (height > 0 && region.height() > 0) {
            double s = (double) height / region.height();
            int sw = Math.max(1, (int) Math.round(w * s));
            int sh = Math.max(1, (int) Math.round(h * s));
            pixels = LineReader.scaled(pixels, w, h, sw, sh);
            w = sw;
            h = sh;
        }
        try {
            TesseractEngine.recogniseGray(handle, pixels, w, h, settings);
            String text = TesseractEngine.utf8(API.TessBaseAPIGetUTF8Text(handle)).strip();
            StringBuilder out = new StringBuilder(text.replace(' ', '_')).append(String.format(" mean=%.2f |",
                    API.TessBaseAPIMeanTextConf(handle) / 100.0));
            ITessAPI.TessResultIterator it = API.TessBaseAPIGetIterator(handle);
            if (it == null) {
                return out.toString();
            }
            int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
            try {
                do {
                    String s = TesseractEngine.utf8(API.TessResultIteratorGetUTF8Text(it, level));
                    float c = API.TessResultIteratorConfidence(it, level);
                    out.append(' ').append(s).append(String.format(":%.2f", c / 100.0));
                    ITessAPI.TessChoiceIterator ch = API.TessResultIteratorGetChoiceIterator(it);
                    if (ch != null) {
                        StringBuilder alt = new StringBuilder();
                        do {
                            var p = API.TessChoiceIteratorGetUTF8Text(ch);
                            String a = p == null ? "" : p;
                            if (!a.equals(s)) {
                                alt.append(alt.isEmpty() ? "" : ",").append(a)
                                        .append(String.format(":%.2f", API.TessChoiceIteratorConfidence(ch) / 100.0));
                            }
                        } while (API.TessChoiceIteratorNext(ch) != 0);
                        API.TessChoiceIteratorDelete(ch);
                        if (!alt.isEmpty()) {
                            out.append('[').append(alt).append(']');
                        }
                    }
                } while (API.TessPageIteratorNext(API.TessResultIteratorGetPageIterator(it), level) != 0);
            } finally {
                API.TessResultIteratorDelete(it);
            }
            return out.toString();
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }
}
