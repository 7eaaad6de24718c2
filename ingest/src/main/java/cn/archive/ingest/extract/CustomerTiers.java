package cn.archive.ingest.extract;

import cn.archive.ingest.record.CustomerTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the customer tier (客户等级 / 客户类别) as written on a form: VIP客户, 贵宾客户, A类客户 →
 * VIP; 重点客户, 重要客户, 大客户, B类客户 → KEY; 普通客户, 一般客户, C类客户 → STANDARD;
 * 潜在客户, 意向客户 → PROSPECT. A three-step scale written otherwise maps step by step (金牌/银牌/铜牌,
 * 一级/二级/三级, 甲类/乙类/丙类 → VIP/KEY/STANDARD); a fourth step (D类, 四级) is not one of ours and is
 * not read. On a printed checklist (☑VIP □重点 □普通) the ticked one counts.
 */
public final class CustomerTiers {

    // Longer words first so that "VIP客户" is one match, not "VIP" plus a stray "客户".
    private static final Map<String, CustomerTier> WORDS = new LinkedHashMap<>();

    static {
        for (String w : List.of("VIP客户", "贵宾客户", "A类客户", "A级客户", "钻石客户", "白金客户", "金牌客户", "金卡客户",
                "一级客户", "一类客户", "甲类客户", "甲级客户", "贵宾会员", "VIP", "贵宾", "A类", "A级", "钻石", "金牌", "金卡",
                "一级", "一类", "甲类", "甲级")) {
            WORDS.put(w, CustomerTier.VIP);
        }
        for (String w : List.of("重点客户", "重要客户", "B类客户", "B级客户", "银牌客户", "银卡客户", "二级客户", "二类客户",
                "乙类客户", "乙级客户", "关键客户", "大客户", "重点", "重要", "B类", "B级", "银牌", "银卡", "二级", "二类",
                "乙类", "乙级")) {
            WORDS.put(w, CustomerTier.KEY);
        }
        for (String w : List.of("普通客户", "一般客户", "C类客户", "C级客户", "铜牌客户", "普卡客户", "三级客户", "三类客户",
                "丙类客户", "丙级客户", "常规客户", "标准客户", "普通会员", "普通", "一般", "C类", "C级", "铜牌", "普卡",
                "三级", "三类", "丙类", "丙级", "常规")) {
            WORDS.put(w, CustomerTier.STANDARD);
        }
        for (String w : List.of("潜在客户", "意向客户", "目标客户", "储备客户", "待开发客户", "准客户", "潜在", "意向")) {
            WORDS.put(w, CustomerTier.PROSPECT);
        }
    }

    // A tier phrase's length as most are written: two characters of its own and 客户.
    private static final int PHRASE = 4;
    // A letter grade's phrase (C类客户) with its middle garbled: the letter, one or two Chinese characters, 户.
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile("([ABC])\\p{IsHan}{1,2}户");
    private static final String TICKED = "☑✓✔√■●☒◆✗✘XV";
    private static final String UNTICKED = "□☐○◇口";

    private CustomerTiers() {
    }

    /** The tier named in {@code value}; empty when none is named or several are without a tick. */
    public static Optional<CustomerTier> parse(String value) {
        String s = TextNormalizer.compact(value).toUpperCase(Locale.ROOT);
        if (s.length() == 1 && "ABC".contains(s)) {
            return Optional.of(List.of(CustomerTier.VIP, CustomerTier.KEY, CustomerTier.STANDARD).get(s.charAt(0) - 'A'));
        }
        List<Option> options = options(s);
        if (options.isEmpty()) {
            return slipped(s);
        }
        if (options.stream().map(Option::tier).distinct().count() == 1) {
            return Optional.of(options.get(0).tier());
        }
        List<Option> ticked = options.stream().filter(o -> o.mark() == 1).toList();
        if (ticked.size() == 1) {
            return Optional.of(ticked.get(0).tier());
        }
        // OCR often loses the tick but keeps the empty boxes: the one option without a box is chosen.
        List<Option> unboxed = options.stream().filter(o -> o.mark() != -1).toList();
        return unboxed.size() == 1 && options.size() > 1 ? Optional.of(unboxed.get(0).tier()) : Optional.empty();
    }

    /**
     * A four-character tier phrase with one character misread before its 客户 (贯宾客户 for 贵宾客户,
     * seen on a tuning scan), or its first character lost (般客户 for 一般客户: the box of a value
     * read again starts where the page's reading put it, tuning-0516), when only one tier's phrase is
     * that close. 类客户 or 级客户 is A, B or C: not read.
     */
    private static Optional<CustomerTier> slipped(String s) {
        if (s.length() < 3 || s.length() > 4 || !s.endsWith("客户")) {
            return Optional.empty();
        }
        List<CustomerTier> near = WORDS.entrySet().stream()
                .filter(e -> e.getKey().length() == 4 && e.getKey().endsWith("客户"))
                .filter(e -> s.length() == 3 ? e.getKey().endsWith(s)
                        : (e.getKey().charAt(0) == s.charAt(0) ? 0 : 1) + (e.getKey().charAt(1) == s.charAt(1) ? 0 : 1) == 1)
                .map(Map.Entry::getValue).distinct().toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * The tier that several readings of one four-character value name between them where none names it alone
     * ("裕在窜户" by the page's model, "潘在客尸" by the larger one, for 潜在客户, tuning-1306): a tier phrase of four
     * characters three of whose characters, one of them before its 客户, stand in their places in one reading or
     * another, when only one tier's phrases are that close. The readings err on different characters; each one
     * that stands where the phrase has it is a reading's witness for it. 类客户 or 级客户 is A, B or C: not read.
     */
    static Optional<CustomerTier> pieced(List<String> readings) {
        List<String> fours = readings.stream().map(r -> TextNormalizer.compact(r).toUpperCase(Locale.ROOT))
                .filter(r -> r.length() == PHRASE).toList();
        if (fours.size() < 2) {
            return Optional.empty();
        }
        List<CustomerTier> near = WORDS.entrySet().stream().filter(e -> e.getKey().length() == PHRASE)
                .filter(e -> {
                    int placed = 0;
                    boolean qualifier = false;
                    for (int i = 0; i < PHRASE; i++) {
                        int at = i;
                        if (fours.stream().anyMatch(r -> r.charAt(at) == e.getKey().charAt(at))) {
                            placed++;
                            qualifier |= at < 2;
                        }
                    }
                    return placed >= PHRASE - 1 && qualifier;
                })
                .map(Map.Entry::getValue).distinct().toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * The tier of a letter grade whose 类客 or 级客 the readings of its box garbled: a reading of three or four
     * characters that opens with the grade's Latin letter A, B or C and ends with 户, Chinese between ("C 犯 户",
     * "C 关 宰 户" for C类客户, tuning-1402, -0677); the one grade the readings so name. Only the grades' phrases open
     * with a Latin letter and end with 户; D is not one of ours.
     */
    static Optional<CustomerTier> graded(List<String> readings) {
        List<CustomerTier> named = readings.stream().map(r -> TextNormalizer.compact(r).toUpperCase(Locale.ROOT))
                .map(GRADE::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> List.of(CustomerTier.VIP, CustomerTier.KEY, CustomerTier.STANDARD).get(m.group(1).charAt(0) - 'A'))
                .distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The tier of a form whose tier label OCR garbled (": 重点客户", "CREP: VIP客户"): a cell of the
     * unlabelled text that is nothing but a full tier phrase (…客户, or VIP). Taken only when the
     * paper names one tier so, never from a word inside running text.
     */
    static Optional<CustomerTier> lone(String unlabelledText) {
        return lone(unlabelledText, c -> WORDS.containsKey(c) && (c.endsWith("客户") || c.equals("VIP"))
                ? Optional.of(WORDS.get(c)) : Optional.empty());
    }

    /**
     * As {@link #lone}, a cell that is a tier phrase with one character misread or its first lost ({@link #slipped}:
     * "宾客户" for 贵宾客户 on a card whose column of labels was lost, tuning-1499), where no cell is a whole one.
     */
    static Optional<CustomerTier> loneSlipped(String unlabelledText) {
        return lone(unlabelledText, c -> WORDS.containsKey(c) ? Optional.empty() : slipped(c));
    }

    private static Optional<CustomerTier> lone(String unlabelledText, Function<String, Optional<CustomerTier>> tierOf) {
        java.util.Set<CustomerTier> found = new java.util.HashSet<>();
        for (String line : TextNormalizer.lines(unlabelledText)) {
            for (String cell : line.split(TextNormalizer.GAP + "|:")) {
                tierOf.apply(TextNormalizer.compact(cell).toUpperCase(Locale.ROOT)).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** A tier word found in the text and the box before it: 1 ticked, -1 empty box, 0 none. */
    private record Option(CustomerTier tier, int mark) {
    }

    private static List<Option> options(String s) {
        List<Option> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            String hit = null;
            for (String w : WORDS.keySet()) {
                if (s.startsWith(w, i)) {
                    hit = w;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            int mark = TICKED.indexOf(before) >= 0 ? 1 : UNTICKED.indexOf(before) >= 0 ? -1 : 0;
            out.add(new Option(WORDS.get(hit), mark));
            i += hit.length();
        }
        return out;
    }
}
