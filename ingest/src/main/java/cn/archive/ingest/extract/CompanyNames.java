package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.record.Region;
import java.util.List;
import java.util.Optional;

/**
 * What the law on company names (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式) tells about a company's
 * name as read: it opens with the administrative region it is registered in, and nothing comes before that.
 * A reading that opens with the paper's own city is the better reading of the name's opening; a form's label
 * word before that place is no part of the name. Persons' names are {@link CustomerNames}' and
 * {@link NameCorrection}'s.
 */
final class CompanyNames {

    // A name rest (字号 + 行业 + 组织形式) shorter than this is too little to tell the readings are of the same name.
    private static final int REST = 4;
    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[^\\p{IsHan}]+");

    private CompanyNames() {
    }

    /**
     * {@code page} (a company's name as the page read it, opening with no place of the tables) opening instead
     * with the place a reading of its box opens with, where the rest of that reading is the rest of the page's
     * name character for character and the place is the paper's own ({@code paper}, from its address or
     * landline): two places of the paper agree, and a name opens with its region. 天诗中和物流有限公司 read 天津中和物流…
     * bold, on a paper of 天津 (tuning-1446); LB正泰食品… read 上海正泰食品… twice, of 上海 (-1449). What the page read
     * before the rest must be no more characters than the place and either read doubtfully (below
     * {@link NameCorrection#CHECK}, or no Chinese character) or the tail of the place (昌华信… where the box
     * readings saw 南昌华信…: the page lost the place's first character), or, read surely, one character off the
     * place (议阳 for 沈阳, tuning-1791), which only two readings giving the paper's place overrule. One reading needs
     * {@link NameCorrection#SURE}, two giving the same place {@link NameCorrection#BOTH_SURE} each; two sure
     * readings giving two places change nothing. The confidence is the least of the kept page characters' and
     * the readings'.
     *
     * @param perChar the confidence of the page word each character of {@code page} was read in
     */
    static Optional<NameCorrection.Corrected> placeFromReadings(String page, double[] perChar, List<FieldReading> readings,
                                                                Region paper, RegionResolver places) {
        if (paper == null || paper.province() == null || perChar.length != page.length()
                || CustomerNames.legalForm(page).isEmpty() || places.openingPlace(page).isPresent()) {
            return Optional.empty();
        }
        String place = null;
        String rest = null;
        double least = 1.0;
        int count = 0;
        boolean sure = false; // the page read what gives way surely: only two readings agreeing overrule it
        for (FieldReading r : readings) {
            // A cell's rule or a speck at the box's edge read as a mark before the name is none of it.
            String text = LEADING_MARKS.matcher(WordConfidence.Row.compact(FieldRereads.chineseText(r))).replaceFirst("");
            Optional<String> opening = places.openingPlace(text);
            if (opening.isEmpty() || r.confidence() < NameCorrection.BOTH_SURE) {
                continue;
            }
            String p = opening.get();
            String after = text.substring(p.length());
            String before = page.substring(0, page.length() - after.length());
            boolean doubtful = replaceable(before, p, perChar);
            if (!ofThePaper(p, paper, places) || after.length() < REST || !page.endsWith(after)
                    // read surely but one character off the place (议阳 for 沈阳, tuning-1791): two readings overrule it
                    || !doubtful && !TextNormalizer.oneSubstitution(before, p)) {
                continue;
            }
            sure |= !doubtful;
            if (place != null && !place.equals(p)) {
                return Optional.empty(); // two readings, two places: one of them is wrong
            }
            place = p;
            rest = rest == null ? after : rest;
            least = Math.min(least, r.confidence());
            count++;
        }
        if (place == null || least < (count >= 2 ? NameCorrection.BOTH_SURE : NameCorrection.SURE) || sure && count < 2) {
            return Optional.empty();
        }
        for (int i = page.length() - rest.length(); i < page.length(); i++) {
            least = Math.min(least, perChar[i]);
        }
        return Optional.of(new NameCorrection.Corrected(place + rest, least));
    }

    // What the page read before the name's rest may give way to place: no longer than it, and read doubtfully
    // or the place's own tail.
    private static boolean replaceable(String before, String place, double[] perChar) {
        if (before.length() > place.length()) {
            return false;
        }
        if (!before.isEmpty() && place.endsWith(before)) {
            return true;
        }
        for (int i = 0; i < before.length(); i++) {
            if (perChar[i] >= NameCorrection.CHECK && TextNormalizer.isHan(before.charAt(i))) {
                return false;
            }
        }
        return !before.isEmpty();
    }

    // True where place is the paper's province, or a city of it that is the paper's city (or the paper names none).
    private static boolean ofThePaper(String place, Region paper, RegionResolver places) {
        Optional<Region> named = places.resolve(place);
        return named.isPresent() && paper.province().equals(named.get().province())
                && (named.get().city() == null || paper.city() == null || paper.city().equals(named.get().city()));
    }

    /**
     * How many characters at each end of company name {@code name}, read on {@code line} of the paper's
     * {@code lines}, the paper itself confirms: {@code [place, form]}, its legal form read whole (有限公司 and its kin
     * are a closed set: a misreading there gives no form, never another) and the place it opens with (企业名称 =
     * 行政区划 + 字号 + 行业 + 组织形式) where another line of the paper, not holding the name, names the same place
     * (the address). What is left, the 字号 and the industry word, is what OCR may have read as another word. Empty
     * where the name ends in no legal form.
     */
    static Optional<int[]> confirmed(String name, int line, List<String> lines, RegionResolver places) {
        Optional<String> form = CustomerNames.legalForm(name);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        int place = places.openingPlace(name).filter(p -> namedElsewhere(p, name, line, lines)).map(String::length).orElse(0);
        return Optional.of(new int[] {place, form.get().length()});
    }

    // True where a line of the paper other than the name's, and not holding the name again, names place.
    private static boolean namedElsewhere(String place, String name, int nameLine, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = WordConfidence.Row.compact(lines.get(i));
            if (i != nameLine && !line.contains(name) && line.contains(place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least of {@code perChar} (the confidence of the word each character of company name {@code name} was read
     * in) outside what the paper confirms of it ({@link #confirmed}), else the least of all.
     */
    static double leastOutsideConfirmed(String name, double[] perChar, int line, List<String> lines, RegionResolver places) {
        Optional<int[]> ends = confirmed(name, line, lines, places).filter(e -> e[0] + e[1] < name.length());
        int from = ends.map(e -> e[0]).orElse(0);
        int to = name.length() - ends.map(e -> e[1]).orElse(0);
        double out = 1.0;
        for (int i = from; i < to && i < perChar.length; i++) {
            out = Math.min(out, perChar[i]);
        }
        return out;
    }

    /** The company a paper names without a name label, and how it was found. */
    record Unlabelled(String name, Evidence evidence) {
    }

    /**
     * The customer's name where no name label was read: the company a contract's preamble calls 甲方, else the one
     * company on the paper, else a contract's first party ({@link CustomerNames}).
     */
    static Optional<Unlabelled> unlabelled(String unlabelledText) {
        return CustomerNames.namedAsFirstParty(unlabelledText).map(n -> new Unlabelled(n, Evidence.PATTERN))
                .or(() -> CustomerNames.loneCompany(unlabelledText).map(n -> new Unlabelled(n, Evidence.PATTERN)))
                .or(() -> CustomerNames.firstPartyCompany(unlabelledText).map(n -> new Unlabelled(n, Evidence.INFERRED)));
    }

    /** The first of {@code lines} that holds {@code name} (spaces aside), or -1. */
    static int lineOf(List<String> lines, String name) {
        String n = WordConfidence.Row.compact(name);
        for (int i = 0; i < lines.size(); i++) {
            if (WordConfidence.Row.compact(lines.get(i)).contains(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code name} without a form's label word read onto its front (全称苏州中和康复医院有限公司: the label 客户全称 printed
     * with a gap inside it, and only 客户 taken for the label, tuning-1254): a name label of the form's table, or
     * the last two characters or last one of one (全称, 名称, 称: 称石家庄宏远广告…, tuning-1977), where what follows is a whole company's name that opens with a
     * place. A company's name opens with its region, so nothing before the place is of it. Empty where
     * {@code name} opens with no such word.
     */
    static Optional<String> withoutLabelWord(String name, RegionResolver places) {
        for (String label : CustomerNames.nameLabelWords()) {
            if (name.startsWith(label)) {
                String rest = name.substring(label.length());
                if (CustomerNames.legalForm(rest).isPresent() && places.openingPlace(rest).isPresent()
                        && rest.length() > CustomerNames.legalForm(rest).get().length() + REST / 2) {
                    return Optional.of(rest);
                }
            }
        }
        return Optional.empty();
    }
}
