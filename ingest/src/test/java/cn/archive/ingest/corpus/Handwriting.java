package cn.archive.ingest.corpus;

import cn.archive.ingest.record.CustomerTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ways people write the same value on paper (书写习惯): dates as 2023年3月15日, 2023/03/15,
 * 2023.3.15 or in Chinese numerals; phones with and without separators, full-width or half-width;
 * tiers in their many names; colons of both widths. The normal form stays in the ground truth.
 */
final class Handwriting {

    private static final String CN_DIGITS = "〇一二三四五六七八九";

    private final Random random;

    Handwriting(Random random) {
        this.random = random;
    }

    String colon() {
        return List.of("：", "：", ":", "： ", " : ").get(random.nextInt(5));
    }

    String date(LocalDate d) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return switch (random.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + day + "日";
            case 1 -> String.format("%d年%02d月%02d日", y, m, day);
            case 2 -> String.format("%d/%02d/%02d", y, m, day);
            case 3 -> y + "." + m + "." + day;
            case 4 -> String.format("%d-%02d-%02d", y, m, day);
            case 5 -> fullWidth(y + "年" + m + "月" + day + "日");
            case 6 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(day) + "日";
            default -> y + " 年 " + m + " 月 " + day + " 日";
        };
    }

    String landline(String normal) {
        String[] p = normal.split("-");
        String local = p[1];
        String spaced = local.length() == 8 ? local.substring(0, 4) + " " + local.substring(4) : local;
        return switch (random.nextInt(6)) {
            case 0, 1 -> normal;
            case 2 -> p[0] + "－" + local;
            case 3 -> "(" + p[0] + ")" + local;
            case 4 -> "（" + p[0] + "）" + spaced;
            default -> p[0] + " " + spaced;
        };
    }

    String mobile(String normal) {
        String a = normal.substring(0, 3);
        String b = normal.substring(3, 7);
        String c = normal.substring(7);
        return switch (random.nextInt(6)) {
            case 0, 1 -> normal;
            case 2 -> a + " " + b + " " + c;
            case 3 -> a + "-" + b + "-" + c;
            case 4 -> "+86 " + a + " " + b + " " + c;
            default -> "+86-" + normal;
        };
    }

    String email(String normal) {
        return random.nextInt(4) == 0 ? normal.substring(0, 1).toUpperCase(Locale.ROOT) + normal.substring(1) : normal;
    }

    String tier(CustomerTier tier) {
        List<String> ways = switch (tier) {
            case VIP -> List.of("VIP", "VIP客户", "贵宾客户", "A类客户");
            case KEY -> List.of("重点客户", "重要客户", "大客户", "B类客户");
            case STANDARD -> List.of("普通客户", "一般客户", "C类客户");
            case PROSPECT -> List.of("潜在客户", "意向客户");
        };
        return ways.get(random.nextInt(ways.size()));
    }

    /** The address as written: with the province in full, shortened (浙江杭州市…), or from the city on. */
    String address(String full, FakeCustomers.City city) {
        if (city.municipality()) {
            return full;
        }
        return switch (random.nextInt(3)) {
            case 0 -> full;
            case 1 -> full.replace(city.province(), city.shortProvince());
            default -> full.substring(city.province().length());
        };
    }

    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static String chineseYear(int y) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(y).toCharArray()) {
            out.append(CN_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String chineseNumber(int n) {
        if (n < 10) {
            return String.valueOf(CN_DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : CN_DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + CN_DIGITS.charAt(n % 10);
    }
}
