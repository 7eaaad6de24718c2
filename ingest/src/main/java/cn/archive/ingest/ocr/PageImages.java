package cn.archive.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

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
        if (!grayFromBytes(image, out) && !grayFromInts(image, out)) {
            grayPerPixel(image, out);
        }
        return gray;
    }

    /**
     * Whether {@code image} is 8-bit gray laid out as {@link #gray} makes it (one byte a pixel, rows
     * back to back from the buffer's start), so its buffer can be read as the page.
     */
    static boolean isPlainGray(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getParent() == null
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && buffer.getOffset() == 0 && buffer.getData().length == image.getWidth() * image.getHeight()
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getScanlineStride() == image.getWidth() && sm.getPixelStride() == 1
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    }

    /** A copy of a gray page, to change without changing the original. */
    static BufferedImage copy(BufferedImage gray) {
        BufferedImage copy = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, ((DataBufferByte) copy.getRaster().getDataBuffer()).getData(), 0, from.length);
        return copy;
    }

    /** The gray level of one pixel: see {@link #gray}. */
    private static int level(int a, int r, int g, int b) {
        int v = r - Math.max(g, b) > 60 ? r : (r * 299 + g * 587 + b * 114) / 1000;
        // Transparent pixels read as white paper, not black.
        return a == 255 ? v : (v * a + 255 * (255 - a)) / 255;
    }

    /**
     * Decoded JPEGs and PNGs (3 or 4 interleaved sRGB bytes a pixel) read straight from their
     * buffer: {@link BufferedImage#getRGB} converts pixel by pixel through the colour model and cost
     * a tenth of a page's recognition. False when the image is laid out otherwise.
     */
    private static boolean grayFromBytes(BufferedImage image, byte[] out) {
        WritableRaster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        if (!(cm instanceof ComponentColorModel) || !cm.getColorSpace().isCS_sRGB() || cm.isAlphaPremultiplied()
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        int bands = sm.getNumBands();
        boolean alpha = cm.hasAlpha();
        if (bands != (alpha ? 4 : 3) || cm.getComponentSize(0) != 8) {
            return false;
        }
        int[] offsets = sm.getBandOffsets();
        int ro = offsets[0];
        int go = offsets[1];
        int bo = offsets[2];
        int ao = alpha ? offsets[3] : 0;
        int stride = sm.getPixelStride();
        int scanline = sm.getScanlineStride();
        byte[] data = buffer.getData();
        int base = buffer.getOffset();
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = 0; y < h; y++) {
            int p = base + y * scanline;
            int o = y * w;
            for (int x = 0; x < w; x++, p += stride) {
                int a = alpha ? data[p + ao] & 0xff : 255;
                out[o + x] = (byte) level(a, data[p + ro] & 0xff, data[p + go] & 0xff, data[p + bo] & 0xff);
            }
        }
        return true;
    }

    /** Images of packed RGB ints (what Java2D draws into) read straight from their buffer. */
    private static boolean grayFromInts(BufferedImage image, byte[] out) {
        int type = image.getType();
        WritableRaster raster = image.getRaster();
        if ((type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB)
                || !(raster.getDataBuffer() instanceof DataBufferInt buffer) || buffer.getNumBanks() != 1
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
        int[] data = buffer.getData();
        int base = buffer.getOffset();
        int scanline = sm.getScanlineStride();
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = 0; y < h; y++) {
            int p = base + y * scanline;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int v = data[p + x];
                out[o + x] = (byte) level(alpha ? v >>> 24 : 255, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
            }
        }
        return true;
    }

    /** Any other image, through its colour model pixel by pixel (indexed PNGs, 16-bit, CMYK…). */
    static void grayPerPixel(BufferedImage image, byte[] out) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        boolean alpha = image.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                out[y * w + x] = (byte) level(alpha ? p >>> 24 : 255, (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
            }
        }
    }

    /** The page turned clockwise by {@code degrees} (0, 90, 180, 270). */
    static BufferedImage quarterTurn(BufferedImage gray, int degrees) {
        if (degrees % 360 == 0) {
            return gray;
        }
        return turn(gray, degrees, degrees % 180 != 0);
    }

    /**
     * The page turned clockwise by a small angle about its centre, corners filled with white:
     * bilinear, read and written straight in the byte buffers (Java2D's general drawing path cost
     * a fifth of a page's recognition for this).
     */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] src = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double cx = w / 2.0;
        double cy = h / 2.0;
        // Each target pixel's centre turned back onto the source, in 32.32 fixed point as Java2D's
        // bilinear drawing steps (so the pixels are the ones it gave): 8 bits of the fraction weigh.
        long stepX = (long) (cos * 4294967296.0);
        long stepY = (long) (-sin * 4294967296.0);
        for (int y = 0; y < h; y++) {
            double ry = y + 0.5 - cy;
            long sx = (long) Math.floor((cos * (0.5 - cx) + sin * ry + cx - 0.5) * 4294967296.0);
            long sy = (long) Math.floor((-sin * (0.5 - cx) + cos * ry + cy - 0.5) * 4294967296.0);
            int o = y * w;
            for (int x = 0; x < w; x++, sx += stepX, sy += stepY) {
                int x0 = (int) (sx >> 32);
                int y0 = (int) (sy >> 32);
                int fx = (int) (sx >>> 24) & 0xff;
                int fy = (int) (sy >>> 24) & 0xff;
                int p00;
                int p10;
                int p01;
                int p11;
                if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1) {
                    int i = y0 * w + x0;
                    p00 = src[i] & 0xff;
                    p10 = src[i + 1] & 0xff;
                    p01 = src[i + w] & 0xff;
                    p11 = src[i + w + 1] & 0xff;
                } else {
                    p00 = pixelOrWhite(src, w, h, x0, y0);
                    p10 = pixelOrWhite(src, w, h, x0 + 1, y0);
                    p01 = pixelOrWhite(src, w, h, x0, y0 + 1);
                    p11 = pixelOrWhite(src, w, h, x0 + 1, y0 + 1);
                }
                int top = p00 * (256 - fx) + p10 * fx;
                int bottom = p01 * (256 - fx) + p11 * fx;
                dst[o + x] = (byte) ((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16);
            }
        }
        return out;
    }

    private static int pixelOrWhite(byte[] px, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : px[y * w + x] & 0xff;
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
        return threshold(histogram(pixels));
    }

    /** How many pixels have each gray level. */
    static long[] histogram(byte[] pixels) {
        long[] hist = new long[256];
        for (byte p : pixels) {
            hist[p & 0xff]++;
        }
        return hist;
    }

    /** Otsu's threshold from a page's {@link #histogram}. */
    static int threshold(long[] hist) {
        long total = 0;
        for (long n : hist) {
            total += n;
        }
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
