package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * A JPEG page read straight as its luma must be the page the decoder's RGB and the gray conversion
 * gave (within the rounding of the two conversions), seal red still light and the ink under it
 * still dark; JPEGs that do not hold YCbCr or gray are left to the decoder.
 */
class JpegGrayTest {

    private static final String NATIVE = "javax_imageio_jpeg_image_1.0";

    /** A form line in black on off-white paper, a red seal stamped over part of it. */
    private static BufferedImage sealedPage() {
        BufferedImage page = new BufferedImage(600, 300, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xf4f1ea));
            g.fillRect(0, 0, 600, 300);
            g.setColor(new Color(0x151515));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("ARCHIVE 2024-000052", 30, 160);
            g.setColor(new Color(0xd72328));
            g.setStroke(new BasicStroke(12));
            g.drawOval(330, 40, 220, 220);
            g.fillRect(400, 60, 80, 30); // solid seal ink away from the text
        } finally {
            g.dispose();
        }
        return page;
    }

    private static byte[] jpeg(BufferedImage image) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", file);
        return file.toByteArray();
    }

    /** The page as this JPEG path reads it, or null when it does not apply. */
    private static BufferedImage luma(byte[] file) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, false, true);
                return JpegGray.applies(reader, 0) ? JpegGray.read(reader, 0) : null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }

    private static int at(BufferedImage gray, int x, int y) {
        return pixels(gray)[y * gray.getWidth() + x] & 0xff;
    }

    @Test
    void aColourJpegReadsAsTheDecodedPagesGrayWithinTwoLevels() throws Exception {
        byte[] file = jpeg(sealedPage());
        BufferedImage decodedGray = PageImages.gray(ImageIO.read(new ByteArrayInputStream(file)));

        BufferedImage luma = luma(file);

        assertThat(luma).isNotNull();
        assertThat(PageImages.isPlainGray(luma)).isTrue();
        byte[] a = pixels(decodedGray);
        byte[] b = pixels(luma);
        int w = luma.getWidth();
        int far = 0;
        int farOnSeal = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs((a[i] & 0xff) - (b[i] & 0xff)) > 2) {
                if (i % w < 320) {
                    far++;
                } else {
                    farOnSeal++;
                }
            }
        }
        assertThat(far).as("pixels off by more than 2 levels, left of the seal").isZero();
        // On the seal's edge, colours where red exceeds green and blue by about 60 read as red (light)
        // in one conversion and as luma (dark) in the other, by a rounding; the seal covers 280 × 220.
        assertThat(farOnSeal).isLessThan(280 * 220 / 20);
    }

    @Test
    void sealInkReadsLightAndTheInkUnderItDark() throws Exception {
        BufferedImage luma = luma(jpeg(sealedPage()));

        assertThat(at(luma, 440, 75)).as("solid seal ink").isGreaterThan(190);
        assertThat(at(luma, 10, 10)).as("paper").isGreaterThan(225);
        // Where the seal ring crosses the black text, the text stays dark.
        int darkest = 255;
        for (int x = 330; x < 345; x++) {
            for (int y = 130; y < 160; y++) {
                darkest = Math.min(darkest, at(luma, x, y));
            }
        }
        assertThat(darkest).as("text under the ring").isLessThan(80);
    }

    @Test
    void aGrayJpegReadsAsExactlyItsDecodedPixels() throws Exception {
        BufferedImage page = PageImages.gray(sealedPage());
        byte[] file = jpeg(page);

        BufferedImage luma = luma(file);

        assertThat(luma).isNotNull();
        assertThat(pixels(luma)).isEqualTo(pixels(PageImages.gray(ImageIO.read(new ByteArrayInputStream(file)))));
    }

    @Test
    void aJpegStoringRgbIsLeftToTheDecoder() throws Exception {
        BufferedImage page = sealedPage();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), null);
        // No JFIF marker and Adobe's transform 0: the three components are R, G and B, not YCbCr.
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(NATIVE);
        Node variety = root.getElementsByTagName("JPEGvariety").item(0);
        while (variety.hasChildNodes()) {
            variety.removeChild(variety.getFirstChild());
        }
        IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
        adobe.setAttribute("transform", "0");
        root.getElementsByTagName("markerSequence").item(0).appendChild(adobe);
        metadata.setFromTree(NATIVE, root);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(new IIOImage(page, null, metadata));
        } finally {
            writer.dispose();
        }

        assertThat(luma(file.toByteArray())).isNull();
    }

    @Test
    void aPngIsLeftToTheDecoder() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImageIO.write(sealedPage(), "png", file);

        assertThat(luma(file.toByteArray())).isNull();
    }

    @Test
    void everyColourTheSealRuleTurnsLightHasCrAboveTheCutOff() {
        for (int r = 0; r < 256; r += 3) {
            for (int g = 0; g < 256; g += 3) {
                for (int b = 0; b < 256; b += 3) {
                    int luma = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                    int cb = (int) Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                    int cr = (int) Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                    int margin = r - Math.max(g, b) - 60;
                    if (margin > 3) {
                        assertThat(cr).as("Cr of %d,%d,%d", r, g, b).isGreaterThan(150);
                        assertThat(JpegGray.sealOrLuma(luma, cb, cr)).as("%d,%d,%d", r, g, b).isBetween(r - 2, r + 2);
                    } else if (margin < -3) {
                        assertThat(JpegGray.sealOrLuma(luma, cb, cr)).as("%d,%d,%d", r, g, b).isEqualTo(luma);
                    }
                }
            }
        }
    }
}
