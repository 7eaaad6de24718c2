package cn.archive.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Finds which way up a page was fed (页面方向) with Tesseract's orientation and script detection
 * (the {@code osd} model), so a sideways or upside-down scan is turned upright before it is read.
 * Holds its own small engine; not thread-safe, one per {@link TesseractEngine}.
 */
final class PageOrientation implements AutoCloseable {

    /** Below this OSD confidence the page is left as it is: turning a good page would ruin it. */
    private static final float MIN_CONFIDENCE = 2.0f;

    private static final TessAPI API = LoadLibs.getTessAPIInstance();

    private final TessBaseAPI handle;

    private PageOrientation(TessBaseAPI handle) {
        this.handle = handle;
    }

    /** An orientation detector, or null when the {@code osd} model is not installed (pages are then read as fed). */
    static PageOrientation load(Path dataPath) {
        if (!Files.isRegularFile(dataPath.resolve("osd.traineddata"))) {
            return null;
        }
        TessBaseAPI handle = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(handle, dataPath.toString(), "osd") != 0) {
            API.TessBaseAPIDelete(handle);
            return null;
        }
        API.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_OSD_ONLY);
        return new PageOrientation(handle);
    }

    /** What {@link #clockwiseTurn} says when detection cannot tell which way up the page is. */
    static final int UNKNOWN = -1;

    /**
     * Degrees (0, 90, 180 or 270) to turn the page clockwise so its text stands upright; 0 when
     * the page has too little text to tell.
     */
    int clockwiseTurn(BufferedImage gray, int dpi) {
        return Math.max(0, detectedTurn(gray, dpi));
    }

    /** As {@link #clockwiseTurn}, but {@link #UNKNOWN} when detection cannot tell. */
    int detectedTurn(BufferedImage gray, int dpi) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        API.TessBaseAPISetImage(handle, buffer, w, h, 1, w);
        API.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            if (API.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, new PointerByReference(),
                    scriptConfidence) == 0 || confidence.get(0) < MIN_CONFIDENCE) {
                return UNKNOWN;
            }
            // Tesseract reports how far the page is turned counter-clockwise; undo it.
            return (360 - degrees.get(0)) % 360;
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }
}
