package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LineReaderTest {

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
}
