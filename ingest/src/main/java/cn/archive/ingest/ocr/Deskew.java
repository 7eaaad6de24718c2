package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Straightens a page fed a few degrees askew (纠偏). Typed lines and table rules make the row
 * profile of the ink sharpest at the true angle, so the angle whose profile has the greatest
 * variance wins; measured on every fourth pixel, which is plenty and cheap.
 */
final class Deskew {

    private static final double MAX_DEGREES = 5.0;
    private static final double STEP = 0.2;
    /** Below this the page is left alone: re-sampling costs more sharpness than the skew. */
    private static final double MIN_DEGREES = 0.3;
    private static final int SAMPLE = 4;

    private Deskew() {
    }

    static BufferedImage straighten(BufferedImage gray) {
        double angle = angle(gray);
        return Math.abs(angle) < MIN_DEGREES ? gray : PageImages.rotate(gray, -angle);
    }

    /** The page's skew in degrees, clockwise positive (the direction {@link PageImages#rotate} turns). */
    static double angle(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int threshold = PageImages.threshold(px);
        int n = 0;
        int[] xs = new int[(w / SAMPLE + 1) * (h / SAMPLE + 1)];
        int[] ys = new int[xs.length];
        for (int y = 0; y < h; y += SAMPLE) {
            for (int x = 0; x < w; x += SAMPLE) {
                if ((px[y * w + x] & 0xff) < threshold) {
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        int rows = h / SAMPLE + w / SAMPLE + 2;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP) {
            double tan = Math.tan(Math.toRadians(a));
            int[] profile = new int[2 * rows];
            for (int i = 0; i < n; i++) {
                // The row a dark pixel falls in once the page is turned back by a.
                int r = (int) Math.round((ys[i] - xs[i] * tan) / SAMPLE) + rows;
                profile[Math.max(0, Math.min(profile.length - 1, r))]++;
            }
            double score = 0;
            for (int v : profile) {
                score += (double) v * v;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }
}
