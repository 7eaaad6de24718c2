package cn.archive.ingest.corpus;

import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.ocr.TesseractEngine;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * An OCR measurement for the lead, not a product path: re-reads one field's value box on each
 * corpus file — the e-mail with Tesseract {@code eng} alone, or the registration date with
 * {@code chi_sim} alone, as one text line ({@code --psm 7}) with a character whitelist — and
 * compares the value read so with the whole-page read ({@code chi_sim+eng}). Needs the OCR cache of
 * {@code ExtractionBench --ocr-cache} and the {@code tesseract} command. Usage:
 * {@code FieldRereadExperiment SPLIT COUNT CORPUS_DIR CACHE_DIR [email|date]}.
 */
public final class FieldRereadExperiment {

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern EMAIL_LABEL = Pattern.compile("(?i).*(邮箱|mail|邮件).*");
    private static final Pattern DATE_LABEL = Pattern.compile(".*日期.*");

    // What is re-read: the e-mail with eng and Latin letters, or the registration date with chi_sim
    // and the characters dates are written in.
    private static boolean dates;

    private FieldRereadExperiment() {
    }

    public static void main(String[] args) throws Exception {
        ScanCorpus.Split split = ScanCorpus.Split.valueOf(args[0].toUpperCase(Locale.ROOT));
        List<ScanCorpus.CorpusFile> files = ScanCorpus.generate(split, Integer.parseInt(args[1]), Path.of(args[2]));
        Path cache = Path.of(args[3]);
        dates = args.length > 4 && args[4].equals("date");
        int cases = 0;
        int pageRight = 0;
        int rereadRight = 0;
        int rereadWrong = 0;
        int bothRight = 0;
        int eitherRight = 0;
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.defaults(System.getenv()))) {
            for (ScanCorpus.CorpusFile f : files) {
                String truth = dates ? (f.truth().registeredOn == null ? null : f.truth().registeredOn.toString())
                        : f.truth().email;
                if (truth == null) {
                    continue;
                }
                String name = f.file().getFileName().toString();
                List<OcrPage> pages = RecordJson.mapper().readValue(cache.resolve(name + ".pages.json").toFile(),
                        new TypeReference<List<OcrPage>>() { });
                List<BufferedImage> images = images(f.file());
                String reread = null;
                String page = null;
                for (int i = 0; i < pages.size() && i < images.size() && reread == null; i++) {
                    int[] box = valueBox(pages.get(i).words());
                    if (box == null) {
                        continue;
                    }
                    page = email(lineText(pages.get(i).words(), box));
                    BufferedImage up = engine.upright(images.get(i));
                    int x = Math.max(0, box[0] - 8);
                    int y = Math.max(0, box[1] - 8);
                    int w = Math.min(up.getWidth() - x, box[2] - box[0] + 16);
                    int h = Math.min(up.getHeight() - y, box[3] - box[1] + 16);
                    if (w <= 0 || h <= 0) {
                        continue;
                    }
                    File crop = File.createTempFile("email-", ".png");
                    ImageIO.write(up.getSubimage(x, y, w, h), "png", crop);
                    reread = email(tesseract(crop.toPath()));
                    Files.delete(crop.toPath());
                    if (reread == null) {
                        reread = "";
                    }
                }
                if (reread == null) {
                    continue; // no e-mail label found on the page: nothing to re-read
                }
                cases++;
                boolean p = truth.equals(page);
                boolean r = truth.equals(reread);
                pageRight += p ? 1 : 0;
                rereadRight += r ? 1 : 0;
                rereadWrong += !r && !reread.isEmpty() ? 1 : 0;
                bothRight += p && r ? 1 : 0;
                eitherRight += p || r ? 1 : 0;
                System.out.printf("%-44s truth=%s page=%s reread=%s%n", name, truth, page, reread);
            }
        }
        System.out.printf("%d values re-read: page read right %d, re-read right %d (wrong %d, absent %d), "
                + "both %d, either %d%n", cases, pageRight, rereadRight, rereadWrong, cases - rereadRight - rereadWrong,
                bothRight, eitherRight);
    }

    // The words after the e-mail label on its Tesseract line, up to a wide gap: {left, top, right, bottom}.
    private static int[] valueBox(List<OcrWord> words) {
        for (int k = 0; k < words.size(); k++) {
            OcrWord label = words.get(k);
            if (dates ? !registrationDateLabel(words, k) : !EMAIL_LABEL.matcher(label.text()).matches()) {
                continue;
            }
            List<OcrWord> line = words.stream().filter(w -> Math.abs(w.y() + w.height() / 2 - label.y() - label.height() / 2)
                    < label.height() * 0.6 && w.x() > label.x())
                    .sorted(Comparator.comparingInt(OcrWord::x)).toList();
            int[] box = null;
            int right = label.x() + label.width();
            for (OcrWord w : line) {
                if (w.x() - right > 3 * label.height()) {
                    break;
                }
                right = w.x() + w.width();
                if (w.text().matches("[:：;]+")) {
                    continue;
                }
                box = box == null ? new int[] {w.x(), w.y(), right, w.y() + w.height()}
                        : new int[] {Math.min(box[0], w.x()), Math.min(box[1], w.y()), right,
                                Math.max(box[3], w.y() + w.height())};
            }
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    // chi_sim gives 建档日期 as one word or four: a 期 after 日, not of a feedback or visit date.
    private static boolean registrationDateLabel(List<OcrWord> words, int k) {
        String t = words.get(k).text();
        String before = (k >= 3 ? words.get(k - 3).text() : "") + (k >= 2 ? words.get(k - 2).text() : "")
                + (k >= 1 ? words.get(k - 1).text() : "") + t;
        return before.endsWith("日期") && !before.matches(".*(反馈|回访|沟通|馈日|访日|通日)期$") && DATE_LABEL.matcher(before).matches();
    }

    private static String lineText(List<OcrWord> words, int[] box) {
        StringBuilder s = new StringBuilder();
        words.stream().filter(w -> w.x() >= box[0] && w.x() < box[2] && w.y() + w.height() / 2 > box[1]
                && w.y() + w.height() / 2 < box[3]).sorted(Comparator.comparingInt(OcrWord::x))
                .forEach(w -> s.append(w.text()));
        return s.toString();
    }

    private static String email(String text) {
        if (dates) {
            return cn.archive.ingest.extract.ChineseDates.parse(text).map(Object::toString).orElse(null);
        }
        Matcher m = EMAIL.matcher(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
        return m.find() ? m.group() : null;
    }

    private static String tesseract(Path png) throws Exception {
        Process p = (dates ? new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "chi_sim", "--psm", "7",
                "-c", "tessedit_char_whitelist=0123456789〇零一二三四五六七八九十年月日号/-.")
                : new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng", "--psm", "7",
                "-c", "tessedit_char_whitelist=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static List<BufferedImage> images(Path file) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        if (file.toString().endsWith(".pdf")) {
            try (var pdf = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    out.add(renderer.renderImageWithDPI(i, OcrSettings.defaults(System.getenv()).dpi(), ImageType.GRAY));
                }
            }
            return out;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                out.add(reader.read(i));
            }
        }
        return out;
    }
}
