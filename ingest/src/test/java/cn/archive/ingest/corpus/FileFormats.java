package cn.archive.ingest.corpus;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes scanned pages as the files that reach the archive: JPEG (with its artefacts), PNG,
 * multi-page TIFF, an image-only PDF as a scanner makes it, and a born-digital PDF with real text.
 */
final class FileFormats {

    private static final Path ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private FileFormats() {
    }

    static void writeScan(List<BufferedImage> pages, ScanConditions c, Path file) throws IOException {
        switch (c.format()) {
            case JPEG -> writeImages(List.of(pages.get(0)), "jpeg", c.jpegQuality(), null, file);
            case PNG -> ImageIO.write(pages.get(0), "png", file.toFile());
            case TIFF -> writeImages(pages.stream().map(FileFormats::gray).toList(), "tiff", 0f, "Deflate", file);
            case SCANNED_PDF -> scannedPdf(pages, c, file);
            default -> throw new IllegalArgumentException("not a scan format: " + c.format());
        }
    }

    private static void writeImages(List<BufferedImage> pages, String format, float quality, String compression,
                                    Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (compression != null) {
                param.setCompressionType(compression);
            } else {
                param.setCompressionQuality(quality);
            }
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void scannedPdf(List<BufferedImage> pages, ScanConditions c, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : pages) {
                float w = image.getWidth() * 72f / c.dpi();
                float h = image.getHeight() * 72f / c.dpi();
                PDPage page = new PDPage(new PDRectangle(w, h));
                pdf.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(pdf, image, Math.max(0.6f, c.jpegQuality()));
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(x, 0, 0, w, h);
                }
            }
            pdf.save(file.toFile());
        }
    }

    /** A PDF made by a word processor: the sheets' own text in an embedded CJK font, no image. */
    static void bornDigitalPdf(List<Sheet> sheets, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(ZEN_HEI.toFile())) {
            PDType0Font font = PDType0Font.load(pdf, ttc.getFontByName("WenQuanYiZenHei"), true);
            for (Sheet sheet : sheets) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    sheet.drawOn(new Sheet.Canvas() {
                        @Override
                        public void text(double x, double baseline, double size, String s) {
                            try {
                                content.beginText();
                                content.setFont(font, (float) size);
                                content.newLineAtOffset((float) x, (float) (Sheet.HEIGHT - baseline));
                                content.showText(s);
                                content.endText();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }

                        @Override
                        public void rule(double x1, double y1, double x2, double y2) {
                            try {
                                content.moveTo((float) x1, (float) (Sheet.HEIGHT - y1));
                                content.lineTo((float) x2, (float) (Sheet.HEIGHT - y2));
                                content.stroke();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static BufferedImage gray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }
}
