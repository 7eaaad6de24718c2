package cn.archive.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How Tesseract reads pages.
 *
 * @param dataPath     folder holding {@code <language>.traineddata}
 * @param language     Tesseract language(s); {@code chi_sim+eng} reads the Latin parts of Chinese forms (e-mail, archive numbers) best, measured on the scan corpus
 * @param pageSegMode  Tesseract page segmentation mode (3 = fully automatic)
 * @param dpi          resolution PDFs are rendered at and images are assumed to have when unknown
 * @param pageTimeout  longest time one page may take before it fails
 * @param maxPixels    largest page accepted, checked from the image header before decoding
 */
public record OcrSettings(Path dataPath, String language, int pageSegMode, int dpi, Duration pageTimeout,
                          long maxPixels) {

    private static final List<Path> DEBIAN_TESSDATA = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"));

    /** Defaults, with {@code TESSDATA_PREFIX} and {@code ARCHIVE_OCR_LANG} honoured when set. */
    public static OcrSettings defaults(Map<String, String> env) {
        Path data = env.containsKey("TESSDATA_PREFIX") ? Path.of(env.get("TESSDATA_PREFIX"))
                : DEBIAN_TESSDATA.stream().filter(Files::isDirectory).findFirst().orElse(DEBIAN_TESSDATA.get(0));
        return new OcrSettings(data, env.getOrDefault("ARCHIVE_OCR_LANG", "chi_sim+eng"), 3, 300,
                Duration.ofSeconds(120), 120_000_000L);
    }
}
