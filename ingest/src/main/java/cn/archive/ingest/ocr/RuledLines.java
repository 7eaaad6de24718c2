package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

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
        // Runs found are painted only once the whole page is searched, so painting cannot cut a
        // run still being counted; a list of runs, not a page-sized mask (a few dozen runs a page).
        Runs runs = new Runs();
        // Vertical runs are counted per column while walking the rows, so memory is read in order.
        int[] down = new int[w];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int run = 0;
            for (int x = 0; x < w; x++) {
                if ((px[row + x] & 0xff) < threshold) {
                    run++;
                    down[x]++;
                    continue;
                }
                if (run != 0) {
                    if (run >= minHorizontal) {
                        runs.add(row + x - run, 1, run, w);
                    }
                    run = 0;
                }
                if (down[x] != 0) {
                    if (down[x] >= minVertical) {
                        runs.add((y - down[x]) * w + x, w, down[x], 1);
                    }
                    down[x] = 0;
                }
            }
            if (run >= minHorizontal) {
                runs.add(row + w - run, 1, run, w);
            }
        }
        for (int x = 0; x < w; x++) {
            if (down[x] >= minVertical) {
                runs.add((h - down[x]) * w + x, w, down[x], 1);
            }
        }
        // Painted in the paper's own tone: a white stripe across grey paper would be an edge itself.
        runs.paint(px, (byte) paperTone(hist, threshold));
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

    /** Rule runs found on a page: start, step along the run, length, and step across it. */
    private static final class Runs {

        private int[] runs = new int[64];
        private int size;

        void add(int start, int stride, int length, int across) {
            if (size + 4 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[size++] = start;
            runs[size++] = stride;
            runs[size++] = length;
            runs[size++] = across;
        }

        /** Paints each run and the pixel either side of it across the run (a scanned rule's grey fringe). */
        void paint(byte[] px, byte paper) {
            for (int r = 0; r < size; r += 4) {
                int start = runs[r];
                int stride = runs[r + 1];
                int length = runs[r + 2];
                int across = runs[r + 3];
                for (int i = 0; i < length; i++) {
                    int at = start + i * stride;
                    px[at] = paper;
                    if (at - across >= 0) {
                        px[at - across] = paper;
                    }
                    if (at + across < px.length) {
                        px[at + across] = paper;
                    }
                }
            }
        }
    }
}
