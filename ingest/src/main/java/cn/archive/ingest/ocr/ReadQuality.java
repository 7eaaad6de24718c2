package cn.archive.ingest.ocr;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Judges a page read as fed (读取质量), so orientation detection runs only for pages that need it.
 * Measured on the scan corpus (tuning split): upright pages have at least 80 % of their characters
 * in words read with confidence ≥ 0.6, pages fed upside-down or turned a quarter the other way at
 * most 15 %. A page fed a quarter turn clockwise can read well, but as vertical text (every word
 * taller than wide), which the extraction's row reading does not expect: that is doubtful too.
 *
 * <p>Confidence is the model's own scale: a larger model reads an upside-down page as confident
 * nonsense (half its characters at ≥ 0.6). What does not depend on the model is the language: the
 * Chinese characters of a real page are almost all common ones, the 3,755 of GB 2312's first level
 * (一级汉字, chosen by frequency of use), while a model guessing at upside-down strokes picks from its
 * whole character set, rare characters included. On the tuning split upright pages read 97.6–100 %
 * first-level characters with either model, upside-down ones 86–94 %.
 */
final class ReadQuality {

    /** A word read with at least this confidence counts as read. */
    static final double CONFIDENT_WORD = 0.6;
    /** Below this share of characters in confident words the page is doubtful. */
    static final double MIN_CONFIDENT_SHARE = 0.5;

    /** Below this share of first-level (common) Chinese characters the page is doubtful. */
    static final double MIN_COMMON_SHARE = 0.95;
    /** The common-character test needs this many Chinese characters: a name or a date alone proves nothing. */
    static final int MIN_CJK_FOR_COMMON_TEST = 20;

    private static final Charset GB2312 = Charset.forName("GB2312");

    private ReadQuality() {
    }

    /**
     * Whether the page may have been read the wrong way up: nothing read, too few characters read
     * with confidence, too few common Chinese characters among those read, or its lines run down
     * the page.
     */
    static boolean doubtful(OcrPage page) {
        int chars = 0;
        for (OcrWord w : page.words()) {
            chars += length(w);
        }
        return chars == 0 || confidentChars(page) < chars * MIN_CONFIDENT_SHARE || readDownwards(page)
                || commonShare(page) < MIN_COMMON_SHARE;
    }

    /**
     * The share of the page's Chinese characters (CJK Unified Ideographs) that are GB 2312
     * first-level characters; 1 when it has too few Chinese characters to judge by.
     */
    static double commonShare(OcrPage page) {
        CharsetEncoder gb = GB2312.newEncoder();
        int cjk = 0;
        int common = 0;
        for (OcrWord w : page.words()) {
            String text = w.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isIdeographic(cp)) {
                    cjk++;
                    if (firstLevel(gb, cp)) {
                        common++;
                    }
                }
            }
        }
        return cjk < MIN_CJK_FOR_COMMON_TEST ? 1.0 : (double) common / cjk;
    }

    /** GB 2312 puts its first-level characters in rows 16–55, lead bytes 0xB0–0xD7 in EUC-CN. */
    private static boolean firstLevel(CharsetEncoder gb, int cp) {
        if (!Character.isBmpCodePoint(cp) || !gb.canEncode((char) cp)) {
            return false;
        }
        byte[] bytes = new String(Character.toChars(cp)).getBytes(GB2312);
        int lead = bytes[0] & 0xff;
        return bytes.length == 2 && lead >= 0xB0 && lead <= 0xD7;
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
     * A reading as fed whose lines run down the page loses to a turned one that is not doubtful
     * however confident it is: a larger model reads sideways Chinese confidently, glyph by glyph,
     * in columns the extraction cannot use.
     */
    static OcrPage better(OcrPage asFed, OcrPage turned) {
        if (readDownwards(asFed) && !doubtful(turned)) {
            return turned;
        }
        return confidentChars(turned) >= 0.9 * confidentChars(asFed) ? turned : asFed;
    }

    /**
     * Whether a reading of the page turned without orientation detection's word for it is to be kept:
     * it is not doubtful itself, and the reading as fed ran down the page (see {@link #better}) or has
     * fewer confident characters. A wrong turn reads as nonsense, which fails the first test.
     */
    static boolean clearlyBetter(OcrPage asFed, OcrPage turned) {
        return !doubtful(turned) && (readDownwards(asFed) || confidentChars(turned) > confidentChars(asFed));
    }

    private static int length(OcrWord w) {
        String text = w.text().strip();
        return text.codePointCount(0, text.length());
    }
}
