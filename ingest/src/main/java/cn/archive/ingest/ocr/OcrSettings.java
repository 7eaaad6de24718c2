package cn.archive.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Tesseract reads pages.
 *
 * @param dataPath       folder holding {@code <language>.traineddata}
 * @param language       Tesseract language(s); {@code chi_sim+eng} reads the Latin parts of Chinese forms (e-mail, archive numbers) best, measured on the scan corpus
 * @param pageSegMode    Tesseract page segmentation mode (3 = fully automatic)
 * @param dpi            resolution PDFs are rendered at and images are assumed to have when unknown
 * @param pageTimeout    longest time one page may take before it fails
 * @param maxPixels      largest page accepted, checked from the image header before decoding
 * @param rereadDataPath folder holding the {@code chi_sim.traineddata} that reads doubtful Chinese
 *                       values again (the larger model, {@link #REREAD_MODEL}); {@code dataPath} when
 *                       it is not installed
 */
public record OcrSettings(Path dataPath, String language, int pageSegMode, int dpi, Duration pageTimeout,
                          long maxPixels, Path rereadDataPath) {

    private static final Logger LOG = LoggerFactory.getLogger(OcrSettings.class);
    private static final AtomicBoolean FALLBACK_TOLD = new AtomicBoolean();

    /**
     * The larger chi_sim model's folder under the user's cache, where {@code ./archive} puts it
     * (npm's {@code @tesseract.js-data/chi_sim@1.0.0}, its {@code 4.0.0} file: the tessdata repository's).
     */
    public static final String REREAD_MODEL = "archive/tessdata-chi_sim-1.0.0";

    private static final List<Path> DEBIAN_TESSDATA = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"));

    public OcrSettings {
        rereadDataPath = rereadDataPath == null ? dataPath : rereadDataPath;
    }

    /** Settings whose re-reads use the page's own model. */
    public OcrSettings(Path dataPath, String language, int pageSegMode, int dpi, Duration pageTimeout, long maxPixels) {
        this(dataPath, language, pageSegMode, dpi, pageTimeout, maxPixels, dataPath);
    }

    /**
     * Defaults, with {@code TESSDATA_PREFIX}, {@code ARCHIVE_OCR_LANG} and {@code ARCHIVE_OCR_REREAD_DATA}
     * honoured when set. Without the last, re-reads use the larger chi_sim model where the launcher
     * keeps it ({@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@value #REREAD_MODEL}); where it is
     * not there (a process started without the launcher), the page's model, said once in the log.
     */
    public static OcrSettings defaults(Map<String, String> env) {
        Path data = env.containsKey("TESSDATA_PREFIX") ? Path.of(env.get("TESSDATA_PREFIX"))
                : DEBIAN_TESSDATA.stream().filter(Files::isDirectory).findFirst().orElse(DEBIAN_TESSDATA.get(0));
        return new OcrSettings(data, env.getOrDefault("ARCHIVE_OCR_LANG", "chi_sim+eng"), 3, 300,
                Duration.ofSeconds(120), 120_000_000L, rereadData(env, data));
    }

    /** True when doubtful Chinese values are read again with another model than the page's. */
    public boolean largeRereadModel() {
        return !rereadDataPath.equals(dataPath);
    }

    private static Path rereadData(Map<String, String> env, Path data) {
        String given = env.get("ARCHIVE_OCR_REREAD_DATA");
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p.resolve("chi_sim.traineddata"))) {
                throw new IllegalStateException("ARCHIVE_OCR_REREAD_DATA=" + given + " holds no chi_sim.traineddata: "
                        + "point it at the folder './archive' fetches the larger model into, or unset it");
            }
            return p;
        }
        String cache = env.get("XDG_CACHE_HOME");
        Path home = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        Path large = home.resolve(REREAD_MODEL);
        if (Files.isRegularFile(large.resolve("chi_sim.traineddata"))) {
            return large;
        }
        if (FALLBACK_TOLD.compareAndSet(false, true)) {
            LOG.warn("The larger chi_sim model is not in {}: doubtful Chinese values are read again with the page's "
                    + "model from {}, which reads fewer of them right. Any './archive' command that runs OCR fetches it.",
                    large, data);
        }
        return data;
    }
}
