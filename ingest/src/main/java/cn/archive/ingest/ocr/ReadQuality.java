package cn.archive.ingest.ocr;

/**
 * Judges a page read as fed (读取质量), so orientation detection runs only for pages that need it.
 * Measured on the scan corpus (tuning split): upright pages have at least 80 % of their characters
 * in words read with confidence ≥ 0.6, pages fed upside-down or turned a quarter the other way at
 * most 15 %. A page fed a quarter turn clockwise can read well, but as vertical text (every word
 * taller than wide), which the extraction's row reading does not expect: that is doubtful too.
 */
final class ReadQuality {

    /** A word read with at least this confidence counts as read. */
    static final double CONFIDENT_WORD = 0.6;
    /** Below this share of characters in confident words the page is doubtful. */
    static final double MIN_CONFIDENT_SHARE = 0.5;

    private ReadQuality() {
    }

    /**
     * Whether the page may have been read the wrong way up: nothing read, too few characters read
     * with confidence, or its lines run down the page.
     */
    static boolean doubtful(OcrPage page) {
        int chars = 0;
        for (OcrWord w : page.words()) {
            chars += length(w);
        }
        return chars == 0 || confidentChars(page) < chars * MIN_CONFIDENT_SHARE || readDownwards(page);
    }

    /** Characters in words Tesseract is fairly sure of: a page read the wrong way up has few. */
    static int confidentChars(OcrPage page) {
        int n = 0;
        for (OcrWord w : page.words()) {
            if (w.confidence() >= CONFIDENT_WORD) {
                n += length(w);
            }
        }
        return n;
    }

    /** More words of two or more characters stand taller than wide than lie wider than tall: vertical lines. */
    static boolean readDownwards(OcrPage page) {
        int tall = 0;
        int wide = 0;
        for (OcrWord w : page.words()) {
            if (length(w) >= 2) {
                if (w.height() > w.width()) {
                    tall++;
                } else {
                    wide++;
                }
            }
        }
        return tall > wide;
    }

    /**
     * The reading after the page was turned as orientation detection said, unless it has clearly
     * fewer confident characters than the reading as fed (detection can be wrong on a poor scan).
     */
    static OcrPage better(OcrPage asFed, OcrPage turned) {
        return confidentChars(turned) >= 0.9 * confidentChars(asFed) ? turned : asFed;
    }

    private static int length(OcrWord w) {
        String text = w.text().strip();
        return text.codePointCount(0, text.length());
    }
}
