package cn.archive.ingest.ocr;

/** OCR could not read a page: the engine failed, or the page took longer than its timeout. */
public class OcrException extends Exception {

    public OcrException(String message) {
        super(message);
    }
}
