package cn.archive.ingest.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pages for the ingest benchmarks, made from real scans (the samples by default): {@code n}
 * distinct page files (one pixel changed per copy, so each is its own document, not a duplicate),
 * and a scanned PDF of many pages.
 */
final class BenchPages {

    private BenchPages() {
    }

    /** Writes {@code n} distinct JPEG pages into {@code dir}, cycling through {@code scans}. */
    static List<Path> pages(List<Path> scans, int n, Path dir) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (Path scan : scans) {
            BufferedImage image = ImageIO.read(scan.toFile());
            if (image == null) {
                throw new IOException(scan + " is not an image the benchmark can read");
            }
            images.add(image);
        }
        Files.createDirectories(dir);
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage page = images.get(i % images.size());
            int saved = page.getRGB(i % 997, 0);
            page.setRGB(i % 997, 0, 0xff000000 | (i * 7919 & 0xffffff));
            Path file = dir.resolve(String.format("page-%05d.jpg", i));
            ImageIO.write(page, "jpg", file.toFile());
            page.setRGB(i % 997, 0, saved);
            pages.add(file);
        }
        return pages;
    }

    /** A scanned A4 PDF of {@code n} pages, each showing one of the scans (shared image objects keep it small). */
    static Path scannedPdf(List<Path> scans, int n, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<PDImageXObject> images = new ArrayList<>();
            for (Path scan : scans) {
                images.add(JPEGFactory.createFromByteArray(pdf, Files.readAllBytes(scan)));
            }
            for (int i = 0; i < n; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(images.get(i % images.size()), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
