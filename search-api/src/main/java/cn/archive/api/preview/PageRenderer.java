package cn.archive.api.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws one page of an original as a PNG (页面预览): PDF pages through PDFBox at the scale the size
 * needs, image pages (JPEG, PNG, every page of a TIFF) through ImageIO. Only the wanted page is
 * decoded, and large scans are subsampled while decoding, so a 600-dpi page never sits in memory whole.
 */
final class PageRenderer {

    private PageRenderer() {
    }

    /** The page as PNG bytes, or null when the original has no page {@code page} (1-based). */
    static byte[] render(Path original, String contentType, int page, PreviewSize size) throws IOException {
        BufferedImage image = image(original, contentType, page, size);
        return image == null ? null : png(image);
    }

    /** The page as an image fitted to {@code size}, or null when the original has no such page. */
    static BufferedImage image(Path original, String contentType, int page, PreviewSize size) throws IOException {
        return contentType.equals("application/pdf") ? pdfPage(original, page, size) : imagePage(original, page, size);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static BufferedImage pdfPage(Path file, int page, PreviewSize size) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (page > pdf.getNumberOfPages()) {
                return null;
            }
            PDRectangle box = pdf.getPage(page - 1).getCropBox();
            // PDF units are 1/72 inch: at scale 1 the page is as many pixels as points.
            float scale = (float) Math.min(4.0, size.maxWidth / (double) box.getWidth());
            scale = (float) Math.min(scale, size.maxHeight / (double) box.getHeight());
            return new PDFRenderer(pdf).renderImage(page - 1, scale, ImageType.RGB);
        }
    }

    private static BufferedImage imagePage(Path file, int page, PreviewSize size) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for this original");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                if (page > reader.getNumImages(true)) {
                    return null;
                }
                int width = reader.getWidth(page - 1);
                int height = reader.getHeight(page - 1);
                ImageReadParam param = reader.getDefaultReadParam();
                // Decode every n-th pixel when the page is at least twice the target: memory stays small.
                int step = Math.max(1, (int) Math.floor(1 / size.scale(width, height) / 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return fit(reader.read(page - 1, param), size);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage fit(BufferedImage source, PreviewSize size) {
        double scale = size.scale(source.getWidth(), source.getHeight());
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
