package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The gray conversion reads decoded pages straight from their pixel buffers; every layout must
 * give exactly the pixels the per-pixel conversion through the colour model gives.
 */
class PageGrayTest {

    /** A page of random colours, with strong reds (seal ink) and, where the type has it, transparency. */
    private static BufferedImage noise(int type, long seed) {
        BufferedImage image = new BufferedImage(257, 131, type);
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = random.nextInt();
                if (random.nextInt(5) == 0) {
                    argb = (argb & 0xff00ffff) | 0x00f00000; // red well above green and blue
                }
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static byte[] fast(BufferedImage image) {
        return ((DataBufferByte) PageImages.gray(image).getRaster().getDataBuffer()).getData();
    }

    private static byte[] perPixel(BufferedImage image) {
        byte[] out = new byte[image.getWidth() * image.getHeight()];
        PageImages.grayPerPixel(image, out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_4BYTE_ABGR_PRE,
            BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_BYTE_INDEXED})
    void everyImageTypeGivesThePixelsOfThePerPixelConversion(int type) {
        BufferedImage image = noise(type, type);

        assertThat(fast(image)).isEqualTo(perPixel(image));
    }

    @Test
    void decodedJpegAndTransparentPngGiveThePixelsOfThePerPixelConversion() throws Exception {
        for (String format : new String[] {"jpg", "png"}) {
            BufferedImage drawn = noise(format.equals("jpg") ? BufferedImage.TYPE_3BYTE_BGR
                    : BufferedImage.TYPE_4BYTE_ABGR, 7);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            ImageIO.write(drawn, format, file);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.toByteArray()));

            assertThat(fast(decoded)).as(format).isEqualTo(perPixel(decoded));
        }
    }

    @Test
    void aCutOutOfALargerImageGivesItsOwnPixels() {
        BufferedImage cut = noise(BufferedImage.TYPE_3BYTE_BGR, 3).getSubimage(10, 20, 100, 50);

        assertThat(fast(cut)).isEqualTo(perPixel(cut));
    }

    @Test
    void sealRedTurnsLightAndTransparentTurnsWhite() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
        image.setRGB(0, 0, 0xffd72328); // seal ink
        image.setRGB(1, 0, 0x00000000); // fully transparent black

        byte[] gray = fast(image);

        assertThat(gray[0] & 0xff).isEqualTo(0xd7);
        assertThat(gray[1] & 0xff).isEqualTo(255);
    }
}
