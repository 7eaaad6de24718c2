package cn.archive.ingest.ocr;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a page's time goes (分段计时), summed over all workers for {@code ./archive bench ingest}:
 * decoding, preparation, OCR, extraction, storing and indexing. Two clock reads and an add per
 * stage, so it is always on; only the benchmark prints it.
 */
public final class StageTimes {

    private static final Map<String, LongAdder[]> STAGES = new ConcurrentHashMap<>();

    private StageTimes() {
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) to {@code stage}; returns now. */
    public static long since(String stage, long startNanos) {
        long now = System.nanoTime();
        LongAdder[] sums = STAGES.computeIfAbsent(stage, s -> new LongAdder[] {new LongAdder(), new LongAdder()});
        sums[0].add(now - startNanos);
        sums[1].increment();
        return now;
    }

    /** Total milliseconds and count per stage, by stage name, since the last {@link #reset}. */
    public static Map<String, long[]> snapshot() {
        Map<String, long[]> out = new TreeMap<>();
        STAGES.forEach((stage, sums) -> out.put(stage, new long[] {sums[0].sum() / 1_000_000, sums[1].sum()}));
        return out;
    }

    public static void reset() {
        STAGES.clear();
    }
}
