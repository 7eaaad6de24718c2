package cn.archive.ingest.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Scans a {@link Sheet} into pixels the way a feeder scanner and an old file leave it (扫描件):
 * typed in the chosen font at 200 or 300 dpi, stamped with a red seal, fed a few degrees askew,
 * blurred, speckled, on grey or yellowed paper, and turned when it went in sideways or upside-down.
 */
final class Scanner {

    private Scanner() {
    }

    static BufferedImage scan(Sheet sheet, ScanConditions c, Random random) {
        double k = c.dpi() / 72.0;
        int w = (int) Math.round(Sheet.WIDTH * k);
        int h = (int) Math.round(Sheet.HEIGHT * k);
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(c.paper());
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.rotate(Math.toRadians(c.skewDegrees()), w / 2.0, h / 2.0);
            g.scale(k, k);
            Color ink = new Color(20 + random.nextInt(30), 20 + random.nextInt(30), 25 + random.nextInt(30));
            sheet.drawOn(new PixelCanvas(g, c.font(), ink));
        } finally {
            g.dispose();
        }
        if (c.seal() && sheet.seal() != null) {
            stamp(page, sheet.seal(), k, c.skewDegrees());
        }
        if (c.blur()) {
            float[] box = new float[9];
            java.util.Arrays.fill(box, 1f / 9);
            page = new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(page, null);
        }
        for (int i = 0; i < c.speckles(); i++) {
            int gray = 30 + random.nextInt(90);
            page.setRGB(random.nextInt(w), random.nextInt(h), new Color(gray, gray, gray).getRGB());
        }
        return turn(page, c.rotation());
    }

    /**
     * Stamps a seal the way ink does: multiplied into the page, so text under it stays dark and
     * paper under it turns red.
     */
    private static void stamp(BufferedImage page, Sheet.Seal seal, double k, double skew) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage layer = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = layer.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.rotate(Math.toRadians(skew), w / 2.0, h / 2.0);
            g.scale(k, k);
            seal(g, seal);
        } finally {
            g.dispose();
        }
        int[] a = page.getRGB(0, 0, w, h, null, 0, w);
        int[] b = layer.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < a.length; i++) {
            if ((b[i] & 0xffffff) != 0xffffff) {
                int r = ((a[i] >> 16) & 0xff) * ((b[i] >> 16) & 0xff) / 255;
                int gr = ((a[i] >> 8) & 0xff) * ((b[i] >> 8) & 0xff) / 255;
                int bl = (a[i] & 0xff) * (b[i] & 0xff) / 255;
                a[i] = (r << 16) | (gr << 8) | bl;
            }
        }
        page.setRGB(0, 0, w, h, a, 0, w);
    }

    /** A round red company seal (公章): rim, star, and the name around the top. */
    private static void seal(Graphics2D g, Sheet.Seal seal) {
        Graphics2D s = (Graphics2D) g.create();
        try {
            s.setColor(new Color(215, 35, 40));
            double r = 48;
            s.setStroke(new BasicStroke(3f));
            s.draw(new java.awt.geom.Ellipse2D.Double(seal.x() - r, seal.y() - r, 2 * r, 2 * r));
            s.setFont(new Font("Noto Sans CJK SC", Font.BOLD, 1).deriveFont(26f));
            s.drawString("★", (float) (seal.x() - 13), (float) (seal.y() + 10));
            String name = seal.name();
            s.setFont(s.getFont().deriveFont(11f));
            double span = Math.toRadians(220);
            for (int i = 0; i < name.length(); i++) {
                double a = -Math.PI / 2 - span / 2 + span * (i + 0.5) / name.length();
                AffineTransform at = s.getTransform();
                s.translate(seal.x() + Math.cos(a) * (r - 13), seal.y() + Math.sin(a) * (r - 13));
                s.rotate(a + Math.PI / 2);
                s.drawString(name.substring(i, i + 1), -5.5f, 4f);
                s.setTransform(at);
            }
        } finally {
            s.dispose();
        }
    }

    static BufferedImage turn(BufferedImage page, int degrees) {
        if (degrees == 0) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        boolean sideways = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, page.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.rotate(Math.toRadians(degrees));
            g.translate(-w / 2.0, -h / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private record PixelCanvas(Graphics2D g, String family, Color ink) implements Sheet.Canvas {

        @Override
        public void text(double x, double baseline, double size, String s) {
            g.setColor(ink);
            g.setFont(new Font(family, Font.PLAIN, 1).deriveFont((float) size));
            g.drawString(s, (float) x, (float) baseline);
        }

        @Override
        public void rule(double x1, double y1, double x2, double y2) {
            g.setColor(ink);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }
    }
}
