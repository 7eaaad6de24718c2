package cn.archive.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of Tesseract engines shared by worker threads: an engine is created when first
 * needed, lent to one thread at a time and kept for the next page. Size it to the cores, since OCR
 * owns them (with {@code OMP_THREAD_LIMIT=1} so each engine uses one).
 */
public final class OcrEnginePool implements AutoCloseable {

    /** Work done with a borrowed engine. */
    public interface EngineWork<T> {
        T apply(TesseractEngine engine) throws OcrException;
    }

    private final OcrSettings settings;
    private final int size;
    private final Semaphore permits;
    private final LinkedBlockingQueue<TesseractEngine> idle = new LinkedBlockingQueue<>();
    private final List<TesseractEngine> all = new ArrayList<>();

    public OcrEnginePool(OcrSettings settings, int size) {
        this.settings = settings;
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    public OcrSettings settings() {
        return settings;
    }

    /** How many engines the pool lends out at most (pages read at once). */
    public int size() {
        return size;
    }

    public <T> T withEngine(EngineWork<T> work) throws OcrException {
        long t = System.nanoTime();
        permits.acquireUninterruptibly();
        TesseractEngine engine = idle.poll();
        StageTimes.since("engine.wait", t);
        try {
            if (engine == null) {
                t = System.nanoTime();
                engine = create();
                StageTimes.since("engine.create", t);
            }
            return work.apply(engine);
        } finally {
            if (engine != null) {
                idle.add(engine);
            }
            permits.release();
        }
    }

    private synchronized TesseractEngine create() {
        TesseractEngine engine = new TesseractEngine(settings);
        all.add(engine);
        return engine;
    }

    /**
     * Waits (up to a page's timeout) until no engine is lent out, then frees them all: freeing the
     * native engine under a page still being read would crash the JVM, and on shutdown the workers
     * may still be finishing their pages.
     */
    @Override
    public void close() {
        boolean quiet = false;
        try {
            quiet = permits.tryAcquire(size, settings.pageTimeout().toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!quiet) {
            // An engine is still in use: leaking the native memory at exit is better than a crash.
            return;
        }
        synchronized (this) {
            all.forEach(TesseractEngine::close);
            all.clear();
            idle.clear();
        }
    }
}
