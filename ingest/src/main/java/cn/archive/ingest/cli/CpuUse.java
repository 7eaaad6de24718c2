package cn.archive.ingest.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the machine's CPU went during one phase of a benchmark (CPU 用量): the whole machine's busy
 * share (from {@code /proc/stat}), this JVM's own CPU time, and of that the garbage collector's pause
 * time and the JIT compiler's time. A pipeline phase that leaves the cores idle waits on something;
 * one that keeps them busy is as fast as its CPU work allows, and the JVM's share says how much of
 * that work was its own rather than Elasticsearch's, S3's or another program's.
 */
final class CpuUse {

    private final long[] machine;
    private final long process;
    private final long gc;
    private final long jit;
    private final long wall;

    private CpuUse(long[] machine, long process, long gc, long jit, long wall) {
        this.machine = machine;
        this.process = process;
        this.gc = gc;
        this.jit = jit;
        this.wall = wall;
    }

    static CpuUse start() {
        return new CpuUse(machineJiffies(), processNanos(), gcMillis(), jitMillis(), System.nanoTime());
    }

    /** One line: machine busy %, this JVM's CPU seconds, GC and JIT seconds, since {@link #start}. */
    String report() {
        double seconds = (System.nanoTime() - wall) / 1e9;
        long[] now = machineJiffies();
        String busy = "machine busy n/a";
        if (machine != null && now != null && now[1] > machine[1]) {
            busy = String.format("machine busy %.0f%% of %d cores", 100.0 * (now[0] - machine[0]) / (now[1] - machine[1]),
                    Runtime.getRuntime().availableProcessors());
        }
        return String.format("%s; this JVM: %.1f CPU-s over %.1f s (GC pauses %.1f s, JIT %.1f s); load average %s",
                busy, (processNanos() - process) / 1e9, seconds, (gcMillis() - gc) / 1e3, (jitMillis() - jit) / 1e3,
                loadAverage());
    }

    /** Busy and total jiffies over all cores, or null off Linux. */
    private static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
