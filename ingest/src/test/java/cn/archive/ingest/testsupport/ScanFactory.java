package cn.archive.ingest.testsupport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes scans of paper customer files for tests: lines of Chinese and Latin text drawn with a CJK
 * font from Debian's packages on an A4 page at 200 dpi, then turned a little and speckled the way a
 * feeder scanner leaves them. Seeded, so a test's page is the same every run.
 */
public final class ScanFactory {

    /** CJK fonts from Debian's fonts-noto-cjk and fonts-wqy-* packages, in order of preference. */
    public static final List<String> CJK_FONTS = List.of("Noto Sans CJK SC", "Noto Serif CJK SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing CN");

    private static final int WIDTH = 1654;  // A4 at 200 dpi
    private static final int HEIGHT = 2339;

    private ScanFactory() {
    }

    /** The first installed CJK font family, or a clear failure naming the package to install. */
    public static String cjkFont() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return CJK_FONTS.stream().filter(installed::contains).findFirst().orElseThrow(() -> new IllegalStateException(
                "no CJK font installed: apt-get install fonts-noto-cjk (./archive test does)"));
    }

    /**
     * A page with {@code lines} from the top, turned by {@code degrees} and speckled with
     * {@code speckles} dark dots.
     */
    public static BufferedImage page(List<String> lines, String fontFamily, double degrees, int speckles, long seed) {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(new Color(250, 249, 244)); // off-white paper
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), WIDTH / 2.0, HEIGHT / 2.0);
            g.setColor(new Color(25, 25, 30));
            int y = 200;
            for (int i = 0; i < lines.size(); i++) {
                boolean title = i == 0;
                g.setFont(new Font(fontFamily, title ? Font.BOLD : Font.PLAIN, title ? 64 : 42));
                int x = title ? (WIDTH - g.getFontMetrics().stringWidth(lines.get(i))) / 2 : 160;
                g.drawString(lines.get(i), x, y);
                y += title ? 140 : 84;
            }
        } finally {
            g.dispose();
        }
        Random random = new Random(seed);
        for (int i = 0; i < speckles; i++) {
            int x = random.nextInt(WIDTH - 2);
            int y = random.nextInt(HEIGHT - 2);
            int gray = 40 + random.nextInt(80);
            page.setRGB(x, y, new Color(gray, gray, gray).getRGB());
        }
        return page;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
