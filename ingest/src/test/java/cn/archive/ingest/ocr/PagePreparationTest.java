package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The page image work done before OCR: seal ink, skew, ruled lines. */
class PagePreparationTest {

    private static BufferedImage paper(int w, int h) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 232));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return page;
    }

    private static int gray(BufferedImage gray, int x, int y) {
        return gray.getRaster().getSample(x, y, 0);
    }

    @Test
    void sealInkOnPaperTurnsLightAndTextUnderTheSealStaysDark() {
        BufferedImage page = paper(10, 10);
        page.setRGB(1, 1, new Color(215, 35, 40).getRGB()); // seal on paper
        page.setRGB(2, 2, new Color(20, 3, 4).getRGB());    // seal over black text
        page.setRGB(3, 3, new Color(30, 30, 35).getRGB());  // text

        BufferedImage gray = PageImages.gray(page);

        assertThat(gray(gray, 1, 1)).isGreaterThan(200);
        assertThat(gray(gray, 2, 2)).isLessThan(40);
        assertThat(gray(gray, 3, 3)).isLessThan(40);
    }

    @Test
    void aPageFedTwoDegreesAskewIsMeasuredSo() {
        BufferedImage page = paper(1000, 1000);
        Graphics2D g = page.createGraphics();
        g.rotate(Math.toRadians(2), 500, 500);
        g.setColor(Color.BLACK);
        for (int y = 150; y < 850; y += 60) {
            for (int x = 150; x < 850; x += 40) {
                g.fillRect(x, y, 30, 25); // rows of character-sized blobs, like typed lines
            }
        }
        g.dispose();

        assertThat(Deskew.angle(PageImages.gray(page))).isCloseTo(2.0, within(0.3));
    }

    @Test
    void aSmallTurnGivesThePixelsOfJava2dBilinearDrawing() {
        BufferedImage page = paper(600, 800);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        for (int y = 100; y < 700; y += 50) {
            g.fillRect(80, y, 440, 3);       // rules
            for (int x = 90; x < 500; x += 37) {
                g.fillRect(x, y + 12, 25, 25); // characters
            }
        }
        g.dispose();
        BufferedImage gray = PageImages.gray(page);
        BufferedImage drawn = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D d = drawn.createGraphics();
        d.setColor(Color.WHITE);
        d.fillRect(0, 0, 600, 800);
        d.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        d.rotate(Math.toRadians(1.7), 300, 400);
        d.drawImage(gray, 0, 0, null);
        d.dispose();

        BufferedImage turned = PageImages.rotate(gray, 1.7);

        long diff = 0;
        int worst = 0;
        for (int y = 2; y < 798; y++) {
            for (int x = 2; x < 598; x++) {
                int delta = Math.abs(gray(turned, x, y) - gray(drawn, x, y));
                diff += delta;
                worst = Math.max(worst, delta);
            }
        }
        assertThat((double) diff / (596 * 796)).as("mean difference in gray levels").isLessThan(0.05);
        assertThat(worst).as("largest difference").isLessThan(40);
        assertThat(Deskew.angle(turned)).isCloseTo(1.8, within(0.3)); // turned clockwise, as measured
    }

    @Test
    void ruledLinesAreErasedAndCharactersBesideThemKept() {
        BufferedImage page = paper(1000, 1400);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 300, 800, 2);  // a table rule
        g.fillRect(100, 300, 2, 300);  // a cell edge
        g.fillRect(200, 340, 30, 30);  // a character in the cell
        g.dispose();

        BufferedImage gray = RuledLines.erase(PageImages.gray(page));

        assertThat(gray(gray, 500, 300)).isGreaterThan(200);
        assertThat(gray(gray, 100, 450)).isGreaterThan(200);
        assertThat(gray(gray, 215, 355)).isLessThan(40);
    }

    @Test
    void rulesRunningOffThePageEdgesAreErasedToo() {
        BufferedImage page = paper(1000, 1400);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(300, 1398, 700, 2); // along the bottom edge to the right edge
        g.fillRect(998, 900, 2, 500);  // down the right edge to the bottom
        g.fillRect(400, 1300, 30, 30); // a character near them
        g.dispose();

        BufferedImage gray = RuledLines.erase(PageImages.gray(page));

        assertThat(gray(gray, 600, 1399)).isGreaterThan(200);
        assertThat(gray(gray, 999, 1100)).isGreaterThan(200);
        assertThat(gray(gray, 999, 1399)).isGreaterThan(200);
        assertThat(gray(gray, 415, 1315)).isLessThan(40);
    }

    @Test
    void aQuarterTurnSwapsWidthAndHeight() {
        BufferedImage turned = PageImages.quarterTurn(PageImages.gray(paper(30, 20)), 90);

        assertThat(turned.getWidth()).isEqualTo(20);
        assertThat(turned.getHeight()).isEqualTo(30);
    }
}
