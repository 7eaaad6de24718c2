package cn.archive.ingest.ocr;

import java.util.List;

/**
 * What was read from one page.
 *
 * @param text       the page's text in reading order
 * @param confidence mean word confidence 0..1 (1.0 for text a born-digital PDF carries)
 * @param words      located words; empty for born-digital text
 */
public record OcrPage(String text, double confidence, List<OcrWord> words, int width, int height) {

    public static OcrPage bornDigital(String text) {
        return new OcrPage(text, 1.0, List.of(), 0, 0);
    }
}
