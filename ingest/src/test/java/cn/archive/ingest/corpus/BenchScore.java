package cn.archive.ingest.corpus;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Tallies a benchmark run: per key field, per file, upright against rotated, per kind of paper. */
final class BenchScore {

    private final Map<KeyFields, int[]> perField = new EnumMap<>(KeyFields.class); // {right, cases}
    private final Map<PaperKind, int[]> perKind = new EnumMap<>(PaperKind.class);   // {files all right, files}
    private final int[] upright = new int[2];
    private final int[] rotated = new int[2];
    private int files;
    private int allRight;
    private int pages;

    void add(ScanCorpus.CorpusFile f, Map<KeyFields, String> truth, Map<KeyFields, String> read) {
        files++;
        pages += f.pages();
        boolean all = true;
        int[] orientation = f.rotation() == 0 ? upright : rotated;
        for (KeyFields k : KeyFields.values()) {
            String t = truth.get(k);
            String r = read.get(k);
            if (t == null && r == null) {
                continue; // neither on the paper nor read: nothing to score
            }
            boolean ok = KeyFields.right(t, r);
            int[] tally = perField.computeIfAbsent(k, x -> new int[2]);
            tally[0] += ok ? 1 : 0;
            tally[1]++;
            orientation[0] += ok ? 1 : 0;
            orientation[1]++;
            all &= ok;
        }
        allRight += all ? 1 : 0;
        int[] kind = perKind.computeIfAbsent(f.kind(), x -> new int[2]);
        kind[0] += all ? 1 : 0;
        kind[1]++;
    }

    List<String> misses(ScanCorpus.CorpusFile f, Map<KeyFields, String> truth, Map<KeyFields, String> read) {
        List<String> out = new ArrayList<>();
        for (KeyFields k : KeyFields.values()) {
            if (!KeyFields.right(truth.get(k), read.get(k))) {
                out.add(String.format("%-44s rot %3d  %-16s truth=%s read=%s", f.file().getFileName(), f.rotation(),
                        k.label, truth.get(k), read.get(k)));
            }
        }
        return out;
    }

    void print(PrintStream out, double minutes) {
        out.printf("%n%-20s %8s %8s%n", "key field", "right", "accuracy");
        int right = 0;
        int cases = 0;
        for (Map.Entry<KeyFields, int[]> e : perField.entrySet()) {
            int[] t = e.getValue();
            right += t[0];
            cases += t[1];
            out.printf("%-20s %4d/%-4d %7.1f%%%n", e.getKey().label, t[0], t[1], pct(t[0], t[1]));
        }
        out.printf("%-20s %4d/%-4d %7.1f%%%n", "all key fields", right, cases, pct(right, cases));
        out.printf("files with every key field right: %d/%d = %.1f%%%n", allRight, files, pct(allRight, files));
        out.printf("upright pages: %.1f%% of %d fields; rotated (90/180/270): %.1f%% of %d fields%n",
                pct(upright[0], upright[1]), upright[1], pct(rotated[0], rotated[1]), rotated[1]);
        perKind.forEach((k, t) -> out.printf("  %-20s %d/%d files all right%n", k, t[0], t[1]));
        out.printf("%d pages in %.1f min: %.1f pages per minute%n", pages, minutes, pages / minutes);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 100.0 : 100.0 * a / b;
    }
}
