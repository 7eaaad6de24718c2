package cn.archive.ingest.corpus;

import java.awt.Color;
import java.util.List;
import java.util.Random;

/**
 * How one paper went through the scanner (扫描条件): font it was typed in, resolution, skew, the
 * way it was fed (upright, sideways, upside-down), blur, speckle, paper colour, seal, file format.
 */
record ScanConditions(String font, int dpi, double skewDegrees, int rotation, boolean blur, int speckles,
                      Color paper, boolean seal, Format format, float jpegQuality) {

    /** File formats the corpus writes; only TIFF and PDF carry several pages. */
    enum Format {
        JPEG("jpg"), PNG("png"), TIFF("tif"), SCANNED_PDF("pdf"), BORN_DIGITAL_PDF("pdf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** Every CJK font family Debian ships (fonts-noto-cjk, fonts-wqy-*, fonts-arphic-*). */
    static final List<String> FONTS = List.of("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "AR PL UMing CN", "AR PL UKai CN");

    private static final List<Color> PAPERS = List.of(new Color(252, 252, 250), new Color(226, 226, 224),
            new Color(243, 233, 200));

    static ScanConditions draw(Random random, int pages) {
        Format format = format(random, pages);
        if (format == Format.BORN_DIGITAL_PDF) {
            return new ScanConditions("WenQuanYi Zen Hei", 300, 0, 0, false, 0, Color.WHITE, false, format, 1f);
        }
        int rotation = random.nextInt(10) < 7 ? 0 : 90 * (1 + random.nextInt(3));
        double skew = random.nextInt(10) < 3 ? 0 : (random.nextDouble() * 6 - 3);
        return new ScanConditions(FONTS.get(random.nextInt(FONTS.size())), random.nextBoolean() ? 200 : 300,
                skew, rotation, random.nextInt(10) < 3, random.nextInt(3) * 800, PAPERS.get(random.nextInt(3)),
                random.nextInt(10) < 6, format, 0.4f + random.nextFloat() * 0.45f);
    }

    private static Format format(Random random, int pages) {
        int n = random.nextInt(20);
        if (n < 2) {
            return Format.BORN_DIGITAL_PDF;
        }
        if (pages > 1 || n >= 15) {
            return n % 2 == 0 ? Format.TIFF : Format.SCANNED_PDF;
        }
        return n < 10 ? Format.JPEG : Format.PNG;
    }
}
