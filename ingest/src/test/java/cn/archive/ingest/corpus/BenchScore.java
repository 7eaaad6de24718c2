package cn.archive.ingest.corpus;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies a benchmark run: per key field, per file, upright against rotated, per kind of paper, and
 * how well the review threshold (人工复核) separates wrong key fields from right ones.
 */
final class BenchScore {

    // Thresholds the calibration table is printed for.
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final Map<KeyFields, int[]> perField = new EnumMap<>(KeyFields.class); // {right, cases}
    private final Map<PaperKind, int[]> perKind = new EnumMap<>(PaperKind.class);   // {files all right, files}
    private final Map<String, int[]> perFont = new java.util.TreeMap<>(); // {right, cases} of key fields
    private final Map<String, int[]> perDpi = new java.util.TreeMap<>();
    private final int[] upright = new int[2];
    private final int[] rotated = new int[2];
    private int files;
    private int allRight;
    private int pages;
    private int wrongInReview;      // a key field read wrong, in a document sent to review
    private int wrongSlipped;       // a key field read wrong, in a document indexed as it is
    private int missingInReview;    // a key field on the paper but not read, in a reviewed document
    private int missingSlipped;
    private int rightFilesInReview; // files with every key field right that a clerk still has to check
    private final List<double[]> scored = new ArrayList<>(); // {field confidence, 1 if right} per value read

    void add(ScanCorpus.CorpusFile f, Map<KeyFields, String> truth, Map<KeyFields, String> read,
             Map<String, Double> confidence, boolean review) {
        files++;
        pages += f.pages();
        boolean all = true;
        int[] orientation = f.rotation() == 0 ? upright : rotated;
        int[] font = perFont.computeIfAbsent(String.valueOf(f.truth().font), x -> new int[2]);
        // A born-digital PDF is rendered, not scanned: its own line rather than the dpi it was drawn at.
        int[] dpi = perDpi.computeIfAbsent("BORN_DIGITAL_PDF".equals(f.truth().format) ? "born-digital PDF"
                : f.truth().dpi + " dpi", x -> new int[2]);
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
            for (int[] scan : List.of(font, dpi)) {
                scan[0] += ok ? 1 : 0;
                scan[1]++;
            }
            all &= ok;
            if (r != null) {
                Double c = confidence == null ? null : confidence.get(confidenceKey(k));
                scored.add(new double[] {c == null ? 0 : c, ok ? 1 : 0});
            }
            if (!ok && r != null) {
                wrongInReview += review ? 1 : 0;
                wrongSlipped += review ? 0 : 1;
            } else if (!ok) {
                missingInReview += review ? 1 : 0;
                missingSlipped += review ? 0 : 1;
            }
        }
        allRight += all ? 1 : 0;
        rightFilesInReview += all && review ? 1 : 0;
        int[] kind = perKind.computeIfAbsent(f.kind(), x -> new int[2]);
        kind[0] += all ? 1 : 0;
        kind[1]++;
    }

    List<String> misses(ScanCorpus.CorpusFile f, Map<KeyFields, String> truth, Map<KeyFields, String> read,
                        Map<String, Double> confidence) {
        List<String> out = new ArrayList<>();
        for (KeyFields k : KeyFields.values()) {
            if (!KeyFields.right(truth.get(k), read.get(k))) {
                Double c = confidence == null ? null : confidence.get(confidenceKey(k));
                out.add(String.format("%-44s rot %3d  %-16s truth=%s read=%s%s", f.file().getFileName(), f.rotation(),
                        k.label, truth.get(k), read.get(k), read.get(k) == null || c == null ? "" : " conf=" + c));
            }
        }
        return out;
    }

    /** Right values read with less confidence than the threshold: the review's false alarms. */
    List<String> lowButRight(ScanCorpus.CorpusFile f, Map<KeyFields, String> truth, Map<KeyFields, String> read,
                             Map<String, Double> confidence, double threshold) {
        List<String> out = new ArrayList<>();
        for (KeyFields k : KeyFields.values()) {
            Double c = confidence == null ? null : confidence.get(confidenceKey(k));
            if (read.get(k) != null && KeyFields.right(truth.get(k), read.get(k)) && k != KeyFields.PROVINCE
                    && (c == null || c < threshold)) {
                out.add(String.format("%-44s rot %3d  %-16s %s conf=%s", f.file().getFileName(), f.rotation(),
                        k.label, read.get(k), c));
            }
        }
        return out;
    }

    // The province is part of the region and shares its confidence.
    private static String confidenceKey(KeyFields k) {
        return k == KeyFields.PROVINCE ? KeyFields.REGION.label : k.label;
    }

    void print(PrintStream out, double minutes, double reviewThreshold) {
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
        // Which scans read worst: a font or a resolution far below the others is a cause to look at.
        out.println("key-field accuracy by font:");
        perFont.forEach((k, t) -> out.printf("  %-20s %4d/%-4d %7.1f%%%n", k, t[0], t[1], pct(t[0], t[1])));
        out.println("key-field accuracy by scan resolution:");
        perDpi.forEach((k, t) -> out.printf("  %-20s %4d/%-4d %7.1f%%%n", k, t[0], t[1], pct(t[0], t[1])));
        int wrong = wrongInReview + wrongSlipped;
        out.printf("wrong key values (read, not what the paper says): %d; in NEEDS_REVIEW documents %d (%.1f%%), "
                + "slipped through as INDEXED %d%n", wrong, wrongInReview, pct(wrongInReview, wrong), wrongSlipped);
        out.printf("key values on the paper but not read: %d; in NEEDS_REVIEW documents %d, in INDEXED %d%n",
                missingInReview + missingSlipped, missingInReview, missingSlipped);
        out.printf("files with every key field right sent to review anyway: %d/%d%n", rightFilesInReview, allRight);
        out.printf("field confidence calibration (values read; threshold %.2f in use):%n", reviewThreshold);
        for (double t : THRESHOLDS) {
            long wrongBelow = scored.stream().filter(s -> s[1] == 0 && s[0] < t).count();
            long rightBelow = scored.stream().filter(s -> s[1] == 1 && s[0] < t).count();
            long wrongAll = scored.stream().filter(s -> s[1] == 0).count();
            out.printf("  below %.2f: %d/%d wrong values, %d/%d right values%n", t, wrongBelow, wrongAll,
                    rightBelow, scored.size() - wrongAll);
        }
        out.printf("%d pages in %.1f min: %.1f pages per minute%n", pages, minutes, pages / minutes);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 100.0 : 100.0 * a / b;
    }
}
