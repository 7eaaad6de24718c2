package cn.archive.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Pixel work on page images (页面图像) before OCR: 8-bit gray without the red of seals, turning by
 * quarter turns or a few degrees, and the dark/light threshold of a page (Otsu's method).
 */
final class PageImages {

    private PageImages() {
    }

    /**
     * 8-bit gray on white. A strongly red pixel (公章 seal ink on paper) reads as its red channel,
     * which is light, so a seal stamped over a form does not hide or garble the text beneath: ink
     * under the seal is dark in every channel and stays dark.
     */
    static BufferedImage gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            gray.getRaster().setRect(image.getRaster());
            return gray;
        }
        byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        boolean alpha = image.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = alpha ? p >>> 24 : 255;
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int v = r - Math.max(g, b) > 60 ? r : (r * 299 + g * 587 + b * 114) / 1000;
                // Transparent pixels read as white paper, not black.
                v = (v * a + 255 * (255 - a)) / 255;
                out[y * w + x] = (byte) v;
            }
        }
        return gray;
    }

    /** The page turned clockwise by {@code degrees} (0, 90, 180, 270). */
    static BufferedImage quarterTurn(BufferedImage gray, int degrees) {
        if (degrees % 360 == 0) {
            return gray;
        }
        return turn(gray, degrees, degrees % 180 != 0);
    }

    /** The page turned clockwise by a small angle about its centre, corners filled with white. */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        return turn(gray, degrees, false);
    }

    private static BufferedImage turn(BufferedImage gray, double degrees, boolean swap) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.rotate(Math.toRadians(degrees));
            g.translate(-w / 2.0, -h / 2.0);
            g.drawImage(gray, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Otsu's threshold: the gray level that best separates ink from paper on this page; ink is
     * every level below it.
     */
    static int threshold(byte[] pixels) {
        long[] hist = new long[256];
        for (byte p : pixels) {
            hist[p & 0xff]++;
        }
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += i * (double) hist[i];
        }
        double sumDark = 0;
        long dark = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            dark += hist[t];
            if (dark == 0 || dark == total) {
                continue;
            }
            sumDark += t * (double) hist[t];
            double mDark = sumDark / dark;
            double mLight = (sum - sumDark) / (total - dark);
            double between = (double) dark * (total - dark) * (mDark - mLight) * (mDark - mLight);
            if (between > best) {
                best = between;
                threshold = t + 1; // the dark class holds levels 0..t
            }
        }
        return threshold;
    }
}
