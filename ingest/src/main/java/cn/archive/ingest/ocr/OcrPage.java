package cn.archive.ingest.ocr;

import java.util.List;

/**
 * What was read from one page.
 *
 * @param text       the page's text in reading order
 * @param confidence mean word confidence 0..1 (1.0 for text a born-digital PDF carries)
 * @param words      located words; empty for born-digital text
 * @param rereads    field values read again on their own from the page image (see
 *                   {@link FieldRegions}); empty when none was asked for or the page has no image
 */
public record OcrPage(String text, double confidence, List<OcrWord> words, int width, int height,
                      List<FieldReading> rereads) {

    public OcrPage {
        rereads = rereads == null ? List.of() : List.copyOf(rereads);
    }

    public OcrPage(String text, double confidence, List<OcrWord> words, int width, int height) {
        this(text, confidence, words, width, height, List.of());
    }

    public static OcrPage bornDigital(String text) {
        return new OcrPage(text, 1.0, List.of(), 0, 0);
    }

    public OcrPage withRereads(List<FieldReading> readings) {
        return new OcrPage(text, confidence, words, width, height, readings);
    }
}
