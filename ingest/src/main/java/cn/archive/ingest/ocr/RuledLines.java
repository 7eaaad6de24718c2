package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Erases the ruled lines of forms and tables (表格线) before OCR: Tesseract reads a rule touching
 * the text as characters and splits a table's cells into noise. A rule is a dark run far longer than
 * any character stroke; it is painted white where it runs, so characters beside it stay whole.
 */
final class RuledLines {

    private RuledLines() {
    }

    /** Erases horizontal and vertical rules in place; {@code gray} must be straightened first. */
    static BufferedImage erase(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        long[] hist = PageImages.histogram(px);
        int threshold = PageImages.threshold(hist);
        // A tenth of the page's width (about 2 cm): longer than any typed word's stroke.
        int minHorizontal = Math.max(40, w / 10);
        // About 2.3 cm down: longer than a title character, shorter than one table row's cell edge.
        int minVertical = Math.max(40, h / 36);
        boolean[] rule = new boolean[w * h];
        // Vertical runs are counted per column while walking the rows, so memory is read in order.
        int[] down = new int[w];
        for (int y = 0; y <= h; y++) {
            int run = 0;
            for (int x = 0; x <= w; x++) {
                boolean dark = x < w && y < h && (px[y * w + x] & 0xff) < threshold;
                if (dark) {
                    run++;
                } else {
                    if (run >= minHorizontal) {
                        mark(rule, y * w + x - run, 1, run, w);
                    }
                    run = 0;
                }
                if (x < w) {
                    if (dark) {
                        down[x]++;
                    } else {
                        if (down[x] >= minVertical) {
                            mark(rule, (y - down[x]) * w + x, w, down[x], 1);
                        }
                        down[x] = 0;
                    }
                }
            }
        }
        // Painted in the paper's own tone: a white stripe across grey paper would be an edge itself.
        byte paper = (byte) paperTone(hist, threshold);
        for (int i = 0; i < rule.length; i++) {
            if (rule[i]) {
                px[i] = paper;
            }
        }
        return gray;
    }

    /** The commonest gray level lighter than the ink threshold: the paper. */
    static int paperTone(long[] hist, int threshold) {
        int tone = 255;
        for (int v = threshold + 1; v < 256; v++) {
            if (hist[v] > hist[tone]) {
                tone = v;
            }
        }
        return tone;
    }

    /** Marks a run and the pixel either side of it across the run: a scanned rule's grey fringe. */
    private static void mark(boolean[] rule, int start, int stride, int length, int across) {
        for (int i = 0; i < length; i++) {
            int at = start + i * stride;
            rule[at] = true;
            if (at - across >= 0) {
                rule[at - across] = true;
            }
            if (at + across < rule.length) {
                rule[at + across] = true;
            }
        }
    }
}
