package cn.archive.api.security;

import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.Customer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Redacted page previews for roles without the right to personal data: the words OCR located on the
 * page that are personal information (ID numbers, phones, e-mail, the street of an address, the
 * customer's own values) are covered by opaque boxes. Each OCR line is read as one text, so a phone
 * number split into several words is still found; one box covers every word that overlaps it and the
 * gaps between them, so no stroke between two word boxes (a Chinese street is a word per glyph) shows.
 */
public final class PageRedactor {

    /** Pixels added around each box, so no stroke of a glyph sticks out from under it. */
    private static final int PADDING = 3;

    private PageRedactor() {
    }

    /** A copy of {@code page} with the personal words blacked out; the original image is left as it was. */
    public static BufferedImage redact(BufferedImage page, List<OcrWord> words, Customer known) {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setColor(Color.BLACK);
            for (List<OcrWord> run : personalRuns(words, known)) {
                int left = run.stream().mapToInt(OcrWord::x).min().orElseThrow();
                int top = run.stream().mapToInt(OcrWord::y).min().orElseThrow();
                int right = run.stream().mapToInt(w -> w.x() + w.width()).max().orElseThrow();
                int bottom = run.stream().mapToInt(w -> w.y() + w.height()).max().orElseThrow();
                g.fillRect(left - PADDING, top - PADDING, right - left + 2 * PADDING, bottom - top + 2 * PADDING);
            }
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The words that are, or are part of, personal information. */
    public static Set<OcrWord> personalWords(List<OcrWord> words, Customer known) {
        Set<OcrWord> personal = new LinkedHashSet<>();
        personalRuns(words, known).forEach(personal::addAll);
        return personal;
    }

    /** For each piece of personal information found in a line, the words of that line it overlaps. */
    private static List<List<OcrWord>> personalRuns(List<OcrWord> words, Customer known) {
        Map<Integer, List<OcrWord>> lines = new TreeMap<>();
        for (OcrWord w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<List<OcrWord>> runs = new ArrayList<>();
        for (List<OcrWord> line : lines.values()) {
            line.sort(Comparator.comparingInt(OcrWord::x));
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (OcrWord w : line) {
                // A space only between two Latin or digit words keeps "2023 13805712233" two numbers,
                // while Chinese words join up again into the label text the patterns look for.
                if (!text.isEmpty() && latin(text.charAt(text.length() - 1)) && !w.text().isEmpty()
                        && latin(w.text().charAt(0))) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w.text());
                ranges.add(new int[] {start, text.length()});
            }
            for (int[] span : PersonalDataMasker.personalSpans(text.toString(), known)) {
                List<OcrWord> run = new ArrayList<>();
                for (int i = 0; i < line.size(); i++) {
                    int[] r = ranges.get(i);
                    if (r[0] < span[1] && span[0] < r[1]) {
                        run.add(line.get(i));
                    }
                }
                if (!run.isEmpty()) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
