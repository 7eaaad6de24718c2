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
    void aQuarterTurnSwapsWidthAndHeight() {
        BufferedImage turned = PageImages.quarterTurn(PageImages.gray(paper(30, 20)), 90);

        assertThat(turned.getWidth()).isEqualTo(20);
        assertThat(turned.getHeight()).isEqualTo(30);
    }
}
