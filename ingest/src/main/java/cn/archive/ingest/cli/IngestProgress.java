package cn.archive.ingest.cli;

import cn.archive.ingest.pipeline.IngestOutcome;
import java.io.PrintStream;

/**
 * What an operator watches during a bulk ingest (进度): on a terminal one line redrawn in place with
 * a bar, pages per minute and the time left; elsewhere (a log, a pipe) a plain line per file with
 * the same figures. Failures always get a line of their own.
 */
final class IngestProgress {

    private static final int BAR = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private long pages;
    private int read;

    IngestProgress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void finished(IngestOutcome o) {
        done++;
        if (!o.duplicate() && o.pages() != null) {
            pages += o.pages();
            read++;
        }
        String figures = figures();
        if (terminal) {
            if (o.failed()) {
                err.printf("\r\033[K  FAILED %s: %s%n", o.file(), o.reason());
            }
            int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
            err.printf("\r\033[K[%s%s] %d/%d files · %s", "=".repeat(filled), " ".repeat(BAR - filled), done, total,
                    figures);
        } else {
            String what = o.failed() ? "FAILED (" + o.reason() + ")" : o.duplicate() ? "duplicate, " + o.status()
                    : o.status().name();
            err.printf("[%d/%d] %s → %s · %s%n", done, total, o.file(), what, figures);
        }
    }

    synchronized void end() {
        if (terminal) {
            err.println();
        }
    }

    double minutes() {
        return (System.nanoTime() - start) / 60e9;
    }

    synchronized long pages() {
        return pages;
    }

    /** Pages per minute so far and the time left at the pace of the files finished so far. */
    private String figures() {
        double min = minutes();
        double perMinute = min > 0 ? pages / min : 0;
        String eta = done == 0 ? "?" : duration(min / done * (total - done));
        return String.format("%.0f pages/min · ETA %s", perMinute, read == 0 && done < total ? "?" : eta);
    }

    static String duration(double minutes) {
        long s = Math.round(minutes * 60);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
