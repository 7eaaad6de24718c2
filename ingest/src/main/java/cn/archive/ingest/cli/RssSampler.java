package cn.archive.ingest.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples this process's resident set ({@code VmRSS} in {@code /proc/self/status}, Linux) in the
 * background for the memory benchmark: the native memory of Tesseract and of image buffers counts
 * there, which a heap figure would miss.
 */
final class RssSampler implements AutoCloseable {

    private final List<Long> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(Duration every) {
        thread = new Thread(() -> {
            while (running) {
                long rss = status("VmRSS:");
                synchronized (samples) {
                    samples.add(rss);
                }
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The resident set once 10% of the run had passed: engines loaded, buffers warm. */
    long warm() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() / 10);
        }
    }

    /** The resident set in MB at each tenth of the run, so a reader sees the curve, not just two points. */
    List<Long> deciles() {
        synchronized (samples) {
            List<Long> curve = new ArrayList<>();
            for (int d = 1; d <= 10 && !samples.isEmpty(); d++) {
                curve.add(samples.get(Math.min(samples.size() - 1, samples.size() * d / 10)) >> 20);
            }
            return curve;
        }
    }

    long last() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1);
        }
    }

    long peak() {
        synchronized (samples) {
            return samples.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    double growthPercent() {
        long warm = warm();
        return warm == 0 ? 0 : (last() - warm) * 100.0 / warm;
    }

    /** The kernel's own high-water mark of the resident set, in bytes. */
    static long highWater() {
        return status("VmHWM:");
    }

    /** The largest heap in use at any time, summed over the heap pools' peaks, in bytes. */
    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0; // not Linux: no figure rather than a wrong one
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
