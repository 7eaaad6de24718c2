package cn.archive.ingest.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Chinese numerals as written on signed papers: dates in characters (二〇二三年三月十五日) and
 * amounts in capitals (大写金额, 壹拾贰万捌仟伍佰元整), which contracts print beside the digits.
 */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private ChineseNumerals() {
    }

    static int digit(char c) {
        if (c == '〇' || c == 'О' || c == 'O') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i >= 0 ? i : CAPITAL_DIGITS.indexOf(c);
    }

    /** "二〇二三" read digit by digit (years), or "十五", "三十一" read with the unit 十. */
    static OptionalInt smallNumber(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalInt.empty();
        }
        int ten = s.indexOf('十') >= 0 ? s.indexOf('十') : s.indexOf('拾');
        if (ten < 0) {
            int n = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalInt.empty();
                }
                n = n * 10 + d;
            }
            return OptionalInt.of(n);
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(s.length() - 1));
        if (tens < 0 || ones < 0 || ten > 1 || s.length() - ten > 2) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(tens * 10 + ones);
    }

    /** A capital amount such as 壹拾贰万捌仟伍佰元整 or 叁仟元伍角, in yuan; empty if malformed. */
    static Optional<BigDecimal> capitalAmount(String s) {
        long total = 0;     // completed 亿 and 万 groups
        long section = 0;   // below 万
        int pending = -1;   // a digit waiting for its unit
        long fen = 0;       // 角 and 分, in fen
        boolean seen = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                seen = true;
                continue;
            }
            switch (c) {
                case '拾', '十' -> section += (pending < 0 ? 1 : pending) * 10L;
                case '佰', '百' -> section += Math.max(pending, 0) * 100L;
                case '仟', '千' -> section += Math.max(pending, 0) * 1000L;
                case '万', '萬' -> {
                    total += (section + Math.max(pending, 0)) * 10_000L;
                    section = 0;
                }
                case '亿' -> {
                    total = (total + section + Math.max(pending, 0)) * 100_000_000L;
                    section = 0;
                }
                case '元', '圆' -> {
                    section += Math.max(pending, 0);
                }
                case '角' -> fen += Math.max(pending, 0) * 10L;
                case '分' -> fen += Math.max(pending, 0);
                case '整', '正', ' ' -> {
                    // closing word of the amount, nothing to add
                }
                default -> {
                    return Optional.empty();
                }
            }
            pending = -1;
        }
        if (!seen) {
            return Optional.empty();
        }
        long yuan = total + section + Math.max(pending, 0);
        return Optional.of(BigDecimal.valueOf(yuan * 100 + fen, 2));
    }
}
