package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's name as the page read it, with the characters the page was unsure of taken from the
 * larger chi_sim model's re-reading of the name's box (字号纠错). Debian's chi_sim cannot read some
 * characters in any font, even clean and large (鼎 of 鼎盛 comes out as 易, 里, 时 or 多, in a word of
 * low confidence), while the larger model reads them; but the larger model misreads other characters
 * the page read surely (苏川 for 苏州, 贷阳 for 贵阳, at 0.94 line confidence), and reads some boxes as
 * junk. So neither reading is taken whole: a character is replaced only where the page's word holding
 * it is less confident than {@link #DOUBT}, the larger model's line is at least {@link #SURE}, and the
 * two readings align there as a short substitution (or a page character the larger model has none
 * for) between characters they agree on (not at a box edge, where a cut glyph reads as another).
 * What the larger model adds is ignored. A Debian box re-reading is no help here: it errs on the same glyphs as the page.
 */
final class NameCorrection {

    /**
     * A page character read in a word less confident than this may be replaced, and a name with such a
     * word is read again ({@link FieldRereads}). Measured on the tuning split (450 files, every name
     * re-read by both models, this rule replayed on that cache): below 0.5 / 0.7 / 0.75 / 0.8 / 0.85 put
     * 10 / 13 / 15 / 16 / 18 names right and made 0 / 0 / 0 / 1 / 2 right ones wrong (上海远航 → 还航 at
     * 0.77, 电子 → 电孔 at 0.8), with 15 / 30 / 36 / 43 / 49 % of names read again. {@code -Darchive.reread.names.doubt=} sets another for such measurements.
     */
    static final double DOUBT = Double.parseDouble(System.getProperty("archive.reread.names.doubt", "0.75"));
    /** The larger model's line confidence below which its reading of a name changes nothing. */
    static final double SURE = Double.parseDouble(System.getProperty("archive.reread.names.sure", "0.9"));
    /**
     * The line confidence each of two readings that put a name right the same way ({@link #agreed}) needs:
     * two readings of different pixels agreeing are evidence one alone is not (石家庄昂盛 read 鼎盛 at 0.89 as it
     * is and 0.93 bold, tuning-0608). {@code -Darchive.reread.names.both=} for measurements.
     */
    static final double BOTH_SURE = Double.parseDouble(System.getProperty("archive.reread.names.both", "0.85"));
    /**
     * A name's characters read below this may be put right where the two readings of its box, as it is and
     * bold, agree ({@link #agreed}; the box is read where a word is below {@link #READ}). Measured on the
     * tuning split (900 files, every name's box read both ways, replayed on that cache): the slips both readings put right were read at 0.77–0.85 (天津星反, 青鸟, 兰州易盛, 中和和), and
     * the one both readings made alike where the page was right was at 0.93 (咨询 → 哈询, tuning-0816):
     * names 873 → 879 of 900, none made wrong; about 60 % of names are read again (31 % below DOUBT).
     */
    static final double CHECK = Double.parseDouble(System.getProperty("archive.reread.names.check", "0.9"));
    /**
     * A name the page read with every word at least this sure is not read again: its box's two readings
     * ({@link #agreed}) have only ever put right slips the page read at 0.85 or less (tuning 1200: 天津星反
     * 0.78, 兰州易盛 0.77, 青鸟 0.82, 中和和 0.85), and a name read at 0.87–0.9 gained nothing from them. Measured
     * by replaying main's OCR cache without the readings this leaves out (NameRereadReplay): at 0.87 no value
     * of the 1200 changed and 218 of 1446 name re-reads (each a larger-model read of the box) went; at 0.85 as
     * well (320 went), with no margin over 中和和; at 0.8 two sure slips stayed (青鸟, 中和和, both indexed) and one
     * name the readings had made wrong was right (长沙天润 read 天涧 as it is and bold, tuning-1022).
     * {@code -Darchive.reread.names.read=} for measurements.
     */
    static final double READ = Double.parseDouble(System.getProperty("archive.reread.names.read", "0.87"));
    // The longest run of differing characters a substitution may be: a longer one is another text
    // (a label, a neighbouring cell), not a misread glyph.
    private static final int RUN = 2;
    private static final char DROPPED = '\0';

    private NameCorrection() {
    }

    /** The corrected name and the confidence it is read with: the least of the kept page words' and the re-reading's. */
    record Corrected(String name, double confidence) {
    }

    /**
     * {@code page} with its doubtful characters replaced by the larger model's, or empty when nothing
     * is replaced.
     *
     * @param page      the name as the page read it, without spaces
     * @param perChar   the confidence of the page word each character of {@code page} was read in
     * @param large     the larger model's reading of the name's box, in matching form without spaces
     * @param largeConf that reading's line confidence
     */
    static Optional<Corrected> of(String page, double[] perChar, String large, double largeConf) {
        return of(page, perChar, large, largeConf, DOUBT, SURE);
    }

    /**
     * {@code page} with the characters two readings of its box, {@code large} and {@code bold} (the
     * larger model on the box binarised light, {@code FieldReading.BOLD}), both put right the same way,
     * however surely the page read them; empty when either changes nothing or they differ. A one-character
     * slip the page read surely (天津星反 for 星辰 at 0.79, 青鸟 for 青岛 at 0.81) is read right by both; the
     * larger model's own sure slips (苏川 for 苏州) it makes on the box as it is, not on the bolder strokes,
     * so one reading alone never overrules a sure page. The confidence is the least of the kept page
     * words' and both readings'.
     */
    static Optional<Corrected> agreed(String page, double[] perChar, String large, double largeConf, String bold,
                                      double boldConf) {
        Optional<Corrected> a = of(page, perChar, large, largeConf, CHECK, BOTH_SURE);
        Optional<Corrected> b = of(page, perChar, bold, boldConf, CHECK, BOTH_SURE);
        if (a.isEmpty() || b.isEmpty() || !a.get().name().equals(b.get().name())) {
            return Optional.empty();
        }
        return Optional.of(new Corrected(a.get().name(), Math.min(a.get().confidence(), b.get().confidence())));
    }

    /**
     * {@code page} put right by a vote per character of three readings of the same characters, the page's and its
     * box's two ({@code large} as it is, {@code bold}), where {@link #agreed} finds none because each reading slipped
     * somewhere else too: a character both box readings read alike against the page's doubtful one (below
     * {@link #CHECK}) is theirs; where one of them reads as the page does, the page's stays. 长春立信息子 read
     * 长春立信电孔 and 长春立信电子 is 长春立信电子 (tuning-0898); 兰州安远 read 兰川宏远 and 兰州宏远 is 兰州宏远 (-0860).
     * Only where the three have as many characters (no character lost or added to align), each box reading is at
     * least {@link #BOTH_SURE}, and no character the page read surely is outvoted (then the readings are disputed,
     * {@link #disputed}), nor the first {@code place} characters: a place name the page read (厦门) that both box
     * readings make another word (厨门, five files of tuning 1200) is the page's; nor a character at the box's edge,
     * where a cut glyph reads as another (as in {@link #of}). The confidence is the least of the
     * kept page characters' and both readings'.
     */
    static Optional<Corrected> voted(String page, double[] perChar, String large, double largeConf, String bold,
                                     double boldConf, int place) {
        if (page.length() != large.length() || page.length() != bold.length() || perChar.length != page.length()
                || largeConf < BOTH_SURE || boldConf < BOTH_SURE) {
            return Optional.empty();
        }
        char[] out = page.toCharArray();
        double kept = Math.min(largeConf, boldConf);
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            char c = large.charAt(i);
            if (c != bold.charAt(i) || c == out[i]) {
                kept = Math.min(kept, perChar[i]);
                continue;
            }
            if (perChar[i] >= CHECK || i < place || i == 0 || i == out.length - 1 || !TextNormalizer.isHan(c)) {
                return Optional.empty();
            }
            out[i] = c;
            changed = true;
        }
        return changed ? Optional.of(new Corrected(new String(out), kept)) : Optional.empty();
    }

    /**
     * The page's name put right from the larger model's readings of its box, {@code large} as it is and
     * {@code bold} ({@link FieldReading#BOLD}; absent where the box was read once): what both put right
     * the same way ({@link #agreed}); else its doubtful characters from {@code large} ({@link #of}) unless
     * a sure {@code bold} reads them otherwise (天涧 read 天添 as it is and 天润 bold: one of them is wrong,
     * tuning-0778). Empty where nothing is put right.
     */
    static Optional<Corrected> fromReadings(String page, double[] perChar, FieldReading large, Optional<FieldReading> bold) {
        return fromReadings(page, perChar, large, bold, 0);
    }

    /** As above, the first {@code place} characters (the place the page read the name opening with) never {@link #voted} otherwise. */
    static Optional<Corrected> fromReadings(String page, double[] perChar, FieldReading large, Optional<FieldReading> bold,
                                            int place) {
        String l = text(large);
        Optional<Corrected> single = of(page, perChar, l, large.confidence());
        if (bold.isEmpty()) {
            return single;
        }
        String b = text(bold.get());
        Optional<Corrected> both = agreed(page, perChar, l, large.confidence(), b, bold.get().confidence())
                .or(() -> voted(page, perChar, l, large.confidence(), b, bold.get().confidence(), place));
        if (both.isPresent() || single.isEmpty() || bold.get().confidence() < SURE) {
            return both.or(() -> single);
        }
        return of(page, perChar, b, bold.get().confidence(), DOUBT, SURE).filter(c -> c.name().equals(single.get().name()))
                .map(c -> new Corrected(c.name(), Math.min(c.confidence(), single.get().confidence())));
    }

    /**
     * True where the name is left as the page read it ({@link #fromReadings} put nothing right) though a
     * sure reading of its box puts one of its characters right (at any page confidence): the readings
     * disagree, so one of them is wrong, and the name should be looked at rather than indexed.
     */
    static boolean disputed(String page, double[] perChar, FieldReading large, Optional<FieldReading> bold) {
        if (!DISPUTE || bold.isEmpty()) {
            return false; // a box read once, as before bold readings: the page's own word confidence stands
        }
        return of(page, perChar, text(large), large.confidence(), CHECK, SURE).isPresent()
                || of(page, perChar, text(bold.get()), bold.get().confidence(), CHECK, SURE).isPresent();
    }

    /** Whether disputed names lose confidence; {@code -Darchive.reread.names.dispute=false} for measurements. */
    static final boolean DISPUTE = Boolean.parseBoolean(System.getProperty("archive.reread.names.dispute", "true"));

    private static String text(FieldReading reading) {
        return WordConfidence.Row.compact(FieldRereads.chineseText(reading));
    }

    private static Optional<Corrected> of(String page, double[] perChar, String large, double largeConf, double doubt,
                                          double sure) {
        if (page.isEmpty() || perChar.length != page.length() || large.isEmpty() || largeConf < sure) {
            return Optional.empty();
        }
        List<int[]> steps = twinDropped(align(page, large), page, perChar);
        char[] out = page.toCharArray();
        boolean changed = false;
        double kept = 1.0;
        for (int k = 0; k < steps.size(); ) {
            if (isMatch(steps.get(k), page, large)) {
                k++;
                continue;
            }
            int end = k;
            while (end < steps.size() && !isMatch(steps.get(end), page, large)) {
                end++;
            }
            // Page characters read as others or read where the larger model saw none (a ghost 和 in
            // 华信和餐饮, word 0.22); never one the larger model adds.
            // The whole run or none of it: a run keeping a surely read character the larger model reads
            // otherwise is disputed (昆明上易盛 for 昆明鼎盛, 上 at 0.82), and stays as the page read it,
            // with the page's low confidence, rather than half put right with a higher one.
            List<int[]> run = steps.subList(k, end);
            boolean replaceable = run.stream().allMatch(s -> s[0] >= 0 && perChar[s[0]] < doubt
                    && (s[1] < 0 || TextNormalizer.isHan(large.charAt(s[1]))));
            if (replaceable && end - k <= RUN && k > 0 && end < steps.size()) {
                for (int[] s : run) {
                    out[s[0]] = s[1] < 0 ? DROPPED : large.charAt(s[1]);
                    changed = true;
                }
            }
            k = end;
        }
        if (!changed) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == page.charAt(i)) {
                kept = Math.min(kept, perChar[i]);
            }
            if (out[i] != DROPPED) {
                name.append(out[i]);
            }
        }
        return Optional.of(new Corrected(name.toString(), Math.min(kept, largeConf)));
    }

    /**
     * {@code steps} with each page character the other reading has none for moved onto its twin beside it
     * where that is the same character read less surely: of a doubled glyph (中和和餐饮, the ghost 和 at 0.85
     * beside the real one at 0.97, tuning-0252) either may be the one dropped, and the alignment's choice
     * is arbitrary; the less sure one is.
     */
    static List<int[]> twinDropped(List<int[]> steps, String page, double[] perChar) {
        List<int[]> out = new ArrayList<>(steps);
        for (int k = 0; k < out.size(); k++) {
            int i = out.get(k)[0];
            if (i < 0 || out.get(k)[1] >= 0) {
                continue;
            }
            for (int d : new int[] {-1, 1}) {
                int t = k + d;
                if (t >= 0 && t < out.size() && out.get(t)[0] == i + d && i + d >= 0 && i + d < page.length()
                        && page.charAt(i + d) == page.charAt(i) && perChar[i + d] < perChar[i]) {
                    int partner = out.get(t)[1];
                    out.set(k, new int[] {i, partner});
                    out.set(t, new int[] {i + d, -1});
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isMatch(int[] step, String a, String b) {
        return step[0] >= 0 && step[1] >= 0 && a.charAt(step[0]) == b.charAt(step[1]);
    }

    /**
     * The least-edit alignment of {@code a} and {@code b}, left to right: pairs of indexes, -1 where a
     * character of one has none in the other. Ties go to a substitution (the diagonal).
     */
    static List<int[]> align(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<int[]> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)) {
                steps.add(new int[] {--i, --j});
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                steps.add(new int[] {--i, -1});
            } else {
                steps.add(new int[] {-1, --j});
            }
        }
        java.util.Collections.reverse(steps);
        return steps;
    }
}
