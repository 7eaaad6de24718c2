package cn.archive.ingest.ocr;

/**
 * A part of a page to read again as one line of text (字段复读区域): the box of one field's value,
 * in the pixels of the page image the page's words were located on.
 *
 * @param field      which field the value is of (for example {@code "customer.email"})
 * @param row        the visual row of the page whose label the value follows; extraction finds the
 *                   re-reading by it
 * @param characters the only characters the value can be written in (Tesseract's whitelist)
 */
public record FieldRegion(String field, int row, int x, int y, int width, int height, String characters) {
}
