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
        return section(s).map(code -> new Industry(code, sectionNames.get(code), raw));
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
