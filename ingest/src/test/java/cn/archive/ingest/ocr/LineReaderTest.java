package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.corpus.ScanCorpus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {

    // The characters FieldRereads reads an e-mail box in.
    private static final String ADDRESS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._-+";

    // A colon's ink at x 100..109, a blank gap 110..115, a letter's ink from 116 on.
    private static BufferedImage colonThenLetter() {
        BufferedImage page = new BufferedImage(300, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 60);
        g.setColor(Color.BLACK);
        g.fillRect(100, 20, 10, 20);
        g.fillRect(116, 15, 30, 30);
        g.dispose();
        return page;
    }

    private static FieldRegion region(int x, int snap) {
        return new FieldRegion("customer.email", 0, x, 10, 180, 40, "abc@.", snap);
    }

    @Test
    void anEstimatedEdgeThroughTheFirstLetterMovesBackToTheGapBeforeIt() {
        assertThat(LineReader.snapLeft(colonThenLetter(), region(119, 9), 10, 40)).isBetween(110, 115);
    }

    @Test
    void anEdgeInTheGapStaysAndAKnownEdgeIsNeverMoved() {
        assertThat(LineReader.snapLeft(colonThenLetter(), region(112, 9), 10, 40)).isEqualTo(112);
        assertThat(LineReader.snapLeft(colonThenLetter(), region(119, 0), 10, 40)).isEqualTo(119);
    }

    @Test
    void withoutABlankColumnWithinReachTheEstimateStands() {
        assertThat(LineReader.snapLeft(colonThenLetter(), region(130, 5), 10, 40)).isEqualTo(130);
    }

    @Test
    void aBoldReadingMakesAGlyphsGrayEdgesInkAndThePaperWhite() {
        // A stroke's core (20), its antialiased edges (120, 190) and paper (230, 250).
        byte[] px = {20, (byte) 120, (byte) 190, (byte) 230, (byte) 250};

        assertThat(LineReader.binarised(px, LineReader.BOLD_LEVEL)).containsExactly(0, 0, 0, (byte) 255, (byte) 255);
        assertThat(px[1]).isEqualTo((byte) 120); // the page's pixels are left as they were
    }

    @Test
    void aBoxIsScaledWithItsInkWhereItWas() {
        // 8 × 4 white, the left half of its middle rows black.
        byte[] px = new byte[8 * 4];
        java.util.Arrays.fill(px, (byte) 255);
        for (int r = 1; r <= 2; r++) {
            for (int c = 0; c < 4; c++) {
                px[r * 8 + c] = 0;
            }
        }

        byte[] big = LineReader.scaled(px, 8, 4, 24, 12);

        assertThat(big).hasSize(24 * 12);
        assertThat(big[6 * 24 + 4] & 0xff).isLessThan(64); // inside the block, three times as large
        assertThat(big[6 * 24 + 20] & 0xff).isGreaterThan(192); // right half stays paper
        assertThat(big[0] & 0xff).isGreaterThan(192); // so does the top row
    }

    /**
     * Real Tesseract on two corpus forms' e-mail boxes (the boxes FieldRereads asks for on their pages): tuning
     * #978 prints liupl@ymqf.cn, whose q the box reads as an a; the LSTM weighed a q for that glyph too, and says
     * so. Tuning #2's huangpz@yolhkv.cn has no such doubt on its a.
     */
    @Test
    void anAReadWhereTheLstmAlsoWeighedAQIsReportedAsItsRunnerUp(@TempDir Path dir) throws Exception {
        FieldRegion q = new FieldRegion("customer.email", 10, 346, 1158, 344, 65, ADDRESS, 0);
        FieldRegion right = new FieldRegion("customer.email", 6, 316, 721, 350, 55, ADDRESS, 0);

        try (LineReader reader = new LineReader(OcrSettings.defaults(Map.of()), FieldRegion.LATIN)) {
            FieldReading doubted = reader.read(prepared(978, dir), q);
            FieldReading sure = reader.read(prepared(2, dir), right);

            assertThat(doubted.text()).isEqualTo("liupl@ymaf.cn");
            assertThat(doubted.runnersUp()).anySatisfy(u -> {
                assertThat(u.at()).isEqualTo(8); // l i u p l @ y m [a]
                assertThat(u.read()).isEqualTo("a");
                assertThat(u.rival()).isEqualTo("q");
                assertThat(u.confidence()).isGreaterThan(0.3);
            });
            assertThat(sure.text()).endsWith("uangpz@yolhkv.cn");
            assertThat(sure.runnersUp()).noneMatch(u -> u.read().equals("a") && (u.rival().equals("q") || u.rival().equals("g")));
        }
    }

    private static BufferedImage prepared(int index, Path dir) throws Exception {
        ScanCorpus.CorpusFile file = ScanCorpus.generate(ScanCorpus.Split.TUNING, index, null, dir);
        BufferedImage prepared = Deskew.straighten(PageImages.gray(ImageIO.read(file.file().toFile())));
        RuledLines.erase(prepared);
        return prepared;
    }

    /**
     * Real Tesseract on a corpus card (tuning #104, a PNG in WenQuanYi at 200 dpi): the cell right of
     * 所属行业 holds a clean 连锁零售 whose strokes the scan broke into bits. On the page prepared for
     * OCR (rules erased) its box used to read as nothing: Tesseract threw the row away as noise.
     */
    @Test
    void aCellOfSmallBrokenCharactersIsReadNotRejectedAsNoise(@TempDir Path dir) throws Exception {
        ScanCorpus.CorpusFile card = ScanCorpus.generate(ScanCorpus.Split.TUNING, 104, null, dir);
        BufferedImage prepared = Deskew.straighten(PageImages.gray(ImageIO.read(card.file().toFile())));
        RuledLines.erase(prepared);
        // The empty-cell box FieldRereads asks for right of the label (page reading of this card).
        FieldRegion cell = new FieldRegion("customer.industry", 2, 976, 543, 448, 42, "", 0, FieldRegion.CHINESE);

        try (LineReader reader = new LineReader(OcrSettings.defaults(Map.of()), FieldRegion.CHINESE)) {
            FieldReading reading = reader.read(prepared, cell);

            assertThat(reading.text()).contains("连锁").contains("零售");
            assertThat(reading.confidence()).isGreaterThan(0.5);
        }
    }
}
