package cn.archive.api.preview;

import java.util.Locale;

/**
 * The sizes a page is shown at: on screen in the viewer, and as a thumbnail in a result list. The
 * box bounds both sides, so a long receipt roll or a wide ledger stays small too.
 */
enum PreviewSize {
    SCREEN(1240, 1754),
    THUMB(200, 283);

    final int maxWidth;
    final int maxHeight;

    PreviewSize(int maxWidth, int maxHeight) {
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PreviewSize parse(String value) {
        if (value == null || value.isBlank() || value.equals("screen")) {
            return SCREEN;
        }
        if (value.equals("thumb")) {
            return THUMB;
        }
        throw new PreviewProblems.BadSize(value);
    }

    /** Scale that fits {@code width × height} into the box; never enlarges. */
    double scale(double width, double height) {
        return Math.min(1.0, Math.min(maxWidth / width, maxHeight / height));
    }
}
