package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * Decodes a JPEG page straight to the gray page OCR reads (JPEG 直读灰度). A colour JPEG stores
 * luma (Y, the gray level) beside two colour differences (Cb, Cr); the decoder's conversion of
 * every pixel to RGB, and the conversion back to gray, cost as much as the decoding itself. So
 * the raw YCbCr raster is read and the gray is its luma, except that a strongly red pixel (公章
 * seal ink, told by its high Cr) reads as its red channel, as {@link PageImages#gray} does.
 * Only JPEGs known to hold YCbCr (JFIF, Adobe YCbCr, or untagged with components 1, 2, 3) or gray
 * are read so; any other (RGB or CMYK JPEGs) is decoded as before.
 */
final class JpegGray {

    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";
    /**
     * Cr above which a pixel may be red enough for the seal rule: red minus the larger of green
     * and blue exceeds 60 only when Cr exceeds 128 by about 30, so below 150 no pixel qualifies.
     */
    private static final int REDDISH_CR = 150;

    private JpegGray() {
    }

    /** Whether image {@code index} of {@code reader} is a JPEG whose raw raster is YCbCr or gray. */
    static boolean applies(ImageReader reader, int index) throws IOException {
        if (!reader.getFormatName().equalsIgnoreCase("jpeg") || !reader.canReadRaster()) {
            return false;
        }
        IIOMetadata metadata = reader.getImageMetadata(index);
        if (metadata == null || !NATIVE_FORMAT.equals(metadata.getNativeMetadataFormatName())) {
            return false;
        }
        Node root = metadata.getAsTree(NATIVE_FORMAT);
        boolean jfif = child(child(root, "JPEGvariety"), "app0JFIF") != null;
        Node markers = child(root, "markerSequence");
        Node adobe = child(markers, "app14Adobe");
        Node frame = child(markers, "sof");
        if (frame == null) {
            return false;
        }
        int components = 0;
        StringBuilder ids = new StringBuilder();
        for (Node c = frame.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("componentSpec".equals(c.getNodeName())) {
                components++;
                ids.append(attribute(c, "componentId")).append(',');
            }
        }
        if (components == 1) {
            return true; // gray: the raster is the page
        }
        if (components != 3) {
            return false; // CMYK, YCCK, gray with alpha
        }
        // The way libjpeg tells the colour space of three components, in its order of precedence.
        if (jfif) {
            return true;
        }
        if (adobe != null) {
            return "1".equals(attribute(adobe, "transform"));
        }
        return "1,2,3,".equals(ids.toString());
    }

    /** Image {@code index} of {@code reader} as 8-bit gray; {@link #applies} must hold for it. */
    static BufferedImage read(ImageReader reader, int index) throws IOException {
        return gray(reader.readRaster(index, null));
    }

    /** A raw JPEG raster (Y, or Y Cb Cr) as gray: the luma, seal red read as its red channel. */
    static BufferedImage gray(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int bands = raster.getNumBands();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && (bands == 1 || bands == 3)) {
            byte[] data = buffer.getData();
            int[] offsets = sm.getBandOffsets();
            int stride = sm.getPixelStride();
            int scanline = sm.getScanlineStride();
            int base = buffer.getOffset() + (raster.getMinY() - raster.getSampleModelTranslateY()) * scanline
                    + (raster.getMinX() - raster.getSampleModelTranslateX()) * stride;
            int yo = offsets[0];
            int cbo = bands == 3 ? offsets[1] : 0;
            int cro = bands == 3 ? offsets[2] : 0;
            for (int y = 0; y < h; y++) {
                int p = base + y * scanline;
                int o = y * w;
                for (int x = 0; x < w; x++, p += stride) {
                    int luma = data[p + yo] & 0xff;
                    if (bands == 3) {
                        int cr = data[p + cro] & 0xff;
                        if (cr > REDDISH_CR) {
                            luma = sealOrLuma(luma, data[p + cbo] & 0xff, cr);
                        }
                    }
                    out[o + x] = (byte) luma;
                }
            }
            return gray;
        }
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int i = x * bands;
                int luma = row[i];
                out[y * w + x] = (byte) (bands >= 3 && row[i + 2] > REDDISH_CR ? sealOrLuma(luma, row[i + 1], row[i + 2]) : luma);
            }
        }
        return gray;
    }

    /** Red channel for seal ink (red above green and blue by more than 60, as in {@link PageImages#gray}), else luma. */
    static int sealOrLuma(int luma, int cb, int cr) {
        // JFIF's YCbCr to RGB, as the decoder would have converted it.
        int r = clamp(luma + (int) Math.round(1.402 * (cr - 128)));
        int g = clamp(luma + (int) Math.round(-0.344136 * (cb - 128) - 0.714136 * (cr - 128)));
        int b = clamp(luma + (int) Math.round(1.772 * (cb - 128)));
        return r - Math.max(g, b) > 60 ? r : luma;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (name.equals(c.getNodeName())) {
                return c;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        Node a = node.getAttributes() == null ? null : node.getAttributes().getNamedItem(name);
        return a == null ? "" : a.getNodeValue();
    }
}
