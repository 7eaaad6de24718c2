package cn.archive.ingest.ocr;

import java.util.List;

/**
 * Which parts of a just-read page are to be read again, decided from its words while the page image
 * is still at hand (extraction knows where its labels are; the OCR layer holds the image). Must be
 * thread-safe: worker threads ask it for their pages at once.
 */
@FunctionalInterface
public interface FieldRegions {

    /** Reads nothing again. */
    FieldRegions NONE = page -> List.of();

    List<FieldRegion> of(OcrPage page);

    /**
     * The labels of the page to read again before its values are looked for, each read in place of
     * the words in its box ({@link OcrPage#withLabelsRead}); none by default.
     */
    default List<FieldRegion> labels(OcrPage page) {
        return List.of();
    }
}
