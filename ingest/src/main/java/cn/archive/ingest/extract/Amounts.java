package cn.archive.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts (金额) in yuan as written on ledgers and contracts: ¥128,500.00, ￥ 128500,
 * 128500元, 12.85万元, RMB 128500, and capitals (人民币壹拾贰万捌仟伍佰元整).
 */
public final class Amounts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])(¥|RMB|人民币)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d,]*\\d)(?:\\s*(万元|万|元))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALS = Pattern.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆][零壹贰叁肆伍陆柒捌玖角分整正]*");

    private Amounts() {
    }

    /**
     * The amount in {@code text}: the first one marked as money (¥, RMB, 人民币, 元, 万元), else the
     * only number, else an amount in capitals; empty when none or when unmarked numbers compete.
     */
    public static Optional<BigDecimal> parse(String text) {
        String s = TextNormalizer.basic(text);
        List<Token> tokens = find(s);
        Optional<Token> marked = tokens.stream().filter(Token::marked).findFirst();
        if (marked.isPresent()) {
            return Optional.of(marked.get().value());
        }
        if (tokens.size() == 1) {
            return Optional.of(tokens.get(0).value());
        }
        Matcher m = CAPITALS.matcher(s.replaceAll("\\s+", ""));
        return m.find() ? ChineseNumerals.capitalAmount(m.group()) : Optional.empty();
    }

    /** One number in a line: its span, value in yuan, and whether a currency word marks it. */
    record Token(int start, int end, BigDecimal value, boolean marked, boolean grouped) {
    }

    /** Every number in already-normalised {@code s}, in order. */
    static List<Token> find(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            BigDecimal value = new BigDecimal(digits);
            String unit = m.group(4);
            if (unit != null && unit.startsWith("万")) {
                value = value.multiply(TEN_THOUSAND);
            }
            boolean marked = m.group(1) != null || unit != null;
            boolean grouped = m.group(2).contains(",") || m.group(3) != null;
            out.add(new Token(m.start(), m.end(), value, marked, grouped));
        }
        return out;
    }
}
