package cn.archive.ingest.extract;

import cn.archive.ingest.record.CustomerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One printed form label (栏目名称, e.g. 客户名称) and the field it introduces; loaded from
 * {@code labels.tsv}. {@code rank} orders synonyms: a lower rank wins when both are on the paper.
 */
record Label(Field field, String text, int rank, Set<String> flags) {

    /** The fields a label can introduce; OTHER labels are recognised only to end the value before. */
    enum Field {
        ARCHIVE_NO, NAME, TYPE, TIER, INDUSTRY, REGION, ADDRESS, CONTACT, PHONE, MOBILE, EMAIL,
        REGISTERED_ON, ID_NUMBER, COMM_DATE, COMM_CHANNEL, COMM_SUMMARY, OTHER;

        /** Fields about the customer, which in a contract belong to 甲方 and not to 乙方. */
        boolean describesCustomer() {
            return this == NAME || this == TYPE || this == TIER || this == INDUSTRY || this == REGION
                    || this == ADDRESS || this == CONTACT || this == PHONE || this == MOBILE || this == EMAIL;
        }

        /** Fields whose values start with a digit or Latin letter, so "电话 0571…" shows the label ends. */
        boolean latinValued() {
            return this == ARCHIVE_NO || this == PHONE || this == MOBILE || this == EMAIL
                    || this == REGISTERED_ON || this == ID_NUMBER || this == COMM_DATE || this == OTHER;
        }
    }

    static List<Label> load() {
        List<Label> out = new ArrayList<>();
        int rank = 0;
        for (String[] row : Tables.read("labels.tsv")) {
            String flags = Tables.column(row, 2);
            out.add(new Label(Field.valueOf(row[0]), row[1], rank++,
                    flags == null ? Set.of() : Set.of(flags.split(","))));
        }
        return List.copyOf(out);
    }

    /** Two-character labels (电话, 地址, 甲方) are common words too and need more evidence. */
    boolean isShort() {
        return text.length() < 3;
    }

    boolean isAscii() {
        return text.chars().allMatch(c -> c < 128);
    }

    /** A label of three or more Chinese characters can be read with one OCR slip (客户名杯). */
    boolean toleratesSlip() {
        return text.length() >= 3 && text.chars().allMatch(c -> TextNormalizer.isHan((char) c));
    }

    /** 0 when the label is written at {@code at}, 1 for one misread character it tolerates, else 2. */
    int mismatchesAt(String line, int at) {
        if (at + text.length() > line.length()) {
            return 2;
        }
        int miss = 0;
        for (int j = 0; j < text.length() && miss < 2; j++) {
            char a = line.charAt(at + j);
            char b = text.charAt(j);
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                miss += toleratesSlip() && TextNormalizer.isHan(a) || confusable(a, b) ? 1 : 2;
            }
        }
        return miss;
    }

    /** A generic word (编号, 日期) that is the label only on its own, not ending a longer word. */
    boolean standsAlone() {
        return flags.contains("word");
    }

    // Glyphs chi_sim reads for one another even in a two-character label: 手机 read as 于机 (tuning-0000).
    private static final java.util.Map<Character, String> CONFUSABLE = java.util.Map.of('手', "于");

    private static boolean confusable(char read, char printed) {
        return misreadsOf(printed).indexOf(read) >= 0;
    }

    /** The glyphs OCR is known to read for {@code printed} in a label (empty when none). */
    static String misreadsOf(char printed) {
        return CONFUSABLE.getOrDefault(printed, "");
    }

    boolean needsColon() {
        return flags.contains("colon");
    }

    boolean startsCustomerParty() {
        return flags.contains("party");
    }

    boolean startsOtherParty() {
        return flags.contains("other");
    }

    /** The customer type the label itself tells (单位名称 → COMPANY, 姓名 → INDIVIDUAL), or null. */
    CustomerType impliedType() {
        return flags.contains("company") ? CustomerType.COMPANY
                : flags.contains("person") ? CustomerType.INDIVIDUAL : null;
    }
}
