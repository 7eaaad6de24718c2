package cn.archive.ingest.ocr;

/**
 * What a {@link FieldRegion} read as when read again on its own.
 *
 * @param text       the line read, only of the region's characters; empty when nothing was read
 * @param confidence Tesseract's confidence in that line, 0..1
 */
public record FieldReading(String field, int row, int x, int y, int width, int height, String text,
                           double confidence) {

    static FieldReading of(FieldRegion region, String text, double confidence) {
        return new FieldReading(region.field(), region.row(), region.x(), region.y(), region.width(), region.height(),
                text, confidence);
    }
}
