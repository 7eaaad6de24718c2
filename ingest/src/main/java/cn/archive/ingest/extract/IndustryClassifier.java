package cn.archive.ingest.extract;

import cn.archive.ingest.record.Industry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what a paper says under 所属行业 (机械制造, 连锁零售, 商业银行 …) to a GB/T 4754-2017
 * section (门类): letter and official name, keeping the words as written in {@code raw}. A section
 * written directly ("C 制造业", "制造业", "C") is taken as it is. Immutable; share one instance.
 */
public final class IndustryClassifier {

    private static final Pattern LETTER = Pattern.compile("^([A-T])(?=$|[.、:)\\-]|\\p{IsHan})");

    // chi_sim loses the thin 广 of 广告 at a value's start (tuning-0055, -0091 read 告设计): no other
    // word ends in 告 before 设计/策划/制作/传媒. Still only part of the value as read (keywordIsWholeValue).
    private static final Pattern LOST_GUANG = Pattern.compile("^告(?=设计|策划|制作|传媒)");
    // Sections of goods (farmed, mined, made): what is done with them, written after them, decides.
    private static final String GOODS = "ABC";
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("销售", "F"), Map.entry("批发", "F"), Map.entry("零售", "F"), Map.entry("贸易", "F"),
            Map.entry("经销", "F"), Map.entry("商贸", "F"), Map.entry("专卖", "F"), Map.entry("租赁", "L"),
            Map.entry("咨询", "L"), Map.entry("设计", "M"), Map.entry("研发", "M"), Map.entry("检测", "M"),
            Map.entry("运输", "G"), Map.entry("仓储", "G"), Map.entry("施工", "E"), Map.entry("安装", "E"),
            Map.entry("培训", "P"));
    // A maker that also sells (机械生产销售, 服装加工与批发) is still a maker.
    private static final Pattern MAKING = Pattern.compile("生产|制造|加工");

    private final Map<String, String> sectionNames = new LinkedHashMap<>();
    private final List<String[]> keywords = new ArrayList<>();

    /** Loads the section and keyword tables shipped with this class. */
    public IndustryClassifier() {
        for (String[] row : Tables.read("industry-sections.tsv")) {
            sectionNames.put(row[0], row[1]);
        }
        for (String[] row : Tables.read("industry-keywords.tsv")) {
            keywords.add(new String[] {row[0], row[1].toUpperCase(Locale.ROOT)});
        }
        // Longest first, so 房地产开发 decides before 开发 and 汽车维修 before 汽车.
        keywords.sort(Comparator.comparingInt((String[] k) -> -k[1].length()));
    }

    /** The section for {@code rawText}; empty when the words name no known industry. */
    public Optional<Industry> classify(String rawText) {
        String raw = rawText == null ? "" : TextNormalizer.line(rawText);
        String s = TextNormalizer.compact(raw).toUpperCase(Locale.ROOT).replace("、", "").replace(",", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return section(LOST_GUANG.matcher(s).replaceFirst("广告")).map(code -> new Industry(code, sectionNames.get(code), raw));
    }

    /** How sure the section is: an explicit letter or official name is certain, keywords less so. */
    boolean isExplicit(String rawText) {
        String s = TextNormalizer.compact(rawText).toUpperCase(Locale.ROOT).replace("、", "");
        return LETTER.matcher(s).find() || officialName(s).isPresent();
    }

    /**
     * True when a keyword names the whole value (广告设计, 商业银行业), false when it is only part of
     * it: 告设计 with its 广 lost to OCR still holds 设计, but what the rest said is unknown.
     */
    boolean keywordIsWholeValue(String rawText) {
        String s = TextNormalizer.compact(rawText).toUpperCase(Locale.ROOT).replace("、", "").replace(",", "")
                .replaceAll("(行业|业|类)$", "");
        return keywords.stream().anyMatch(k -> k[1].equals(s));
    }

    /**
     * True when the value, as a keyword names it whole, is also the head of a longer keyword of another section: 商业
     * (F, commerce) of 商业银行 (J, a bank), the page having lost the rest ("所属行业 : 商业" for 商业银行, tuning-0543,
     * -2009). Its box is worth reading again, and its section is no surer than a keyword's part.
     */
    boolean mayBeCut(String rawText) {
        String s = TextNormalizer.compact(rawText).toUpperCase(Locale.ROOT).replace("、", "").replace(",", "");
        Optional<String> code = section(s);
        return code.isPresent() && keywords.stream()
                .anyMatch(k -> k[1].length() > s.length() && k[1].startsWith(s) && !k[0].equals(code.get()));
    }

    private Optional<String> section(String s) {
        Matcher letter = LETTER.matcher(s);
        if (letter.find()) {
            return Optional.of(letter.group(1));
        }
        Optional<String> official = officialName(s);
        if (official.isPresent()) {
            return official;
        }
        String bestCode = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (String[] k : keywords) {
            if (k[1].length() < bestLength) {
                break;
            }
            int at = s.indexOf(k[1]);
            if (at >= 0 && at < bestAt && !isAsciiInsideWord(s, at, k[1])) {
                bestCode = k[0];
                bestAt = at;
                bestLength = k[1].length();
            }
        }
        if (bestCode != null && GOODS.contains(bestCode) && !MAKING.matcher(s).find()) {
            // A Chinese compound names its kind last: 五金销售 is a shop, 服装设计 a design studio, 芯片研发 a lab.
            String head = null;
            int headAt = -1;
            for (Map.Entry<String, String> h : HEADS.entrySet()) {
                int at = s.lastIndexOf(h.getKey());
                if (at >= bestAt + bestLength && at > headAt) {
                    head = h.getValue();
                    headAt = at;
                }
            }
            return Optional.of(head != null ? head : bestCode);
        }
        return Optional.ofNullable(bestCode);
    }

    private Optional<String> officialName(String s) {
        return sectionNames.entrySet().stream()
                .filter(e -> s.contains(e.getValue().replace("、", "")))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    // "IT" is a keyword, but not inside "UNIT" or "SUITE".
    private static boolean isAsciiInsideWord(String s, int at, String k) {
        if (!k.chars().allMatch(c -> c < 128)) {
            return false;
        }
        int end = at + k.length();
        return at > 0 && Character.isLetter(s.charAt(at - 1)) && s.charAt(at - 1) < 128
                || end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128;
    }
}
