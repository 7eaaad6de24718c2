package cn.archive.ingest.ocr;

/**
 * One word Tesseract located on a page: its text, confidence 0..1, box in page pixels, and the
 * index of the text line it belongs to (for layout-aware field reading).
 */
public record OcrWord(String text, double confidence, int x, int y, int width, int height, int line) {
}
