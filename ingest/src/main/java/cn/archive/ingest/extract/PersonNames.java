package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldReading;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a person's name (个人客户的姓名: a surname and a given name of one or two characters) is likely to be, where
 * the readings of its box disagree on a given name's character. A character of many strokes (磊) is misread as a
 * different rare look-alike by each reading (舌 by the page, 幌 bold, while the larger model as it is reads 磊), and
 * {@link NameCorrection} cannot settle it: the given name's last character is at the box's edge, where a cut glyph
 * reads as another, so one reading alone never replaces it there. A person's name though is made of a known
 * stock of characters: a few hundred common given-name characters make most names (see {@code person-names.tsv}
 * and where it comes from), and 舌, 幌, 磬, 确, 畏 are almost never among them. So where the name as taken has, after
 * its surname, a character outside that stock, and a reading of its box at least {@link #LIKELY} reads
 * the same name but a common given-name character there, that reading's character is the likelier. The choice is
 * never trusted: the name's confidence is scaled by {@link CustomerReader#DISAGREE}, for a clerk to confirm.
 */
final class PersonNames {

    /**
     * The least line confidence of a reading whose common given-name character is taken over a rare one: the larger
     * model's right readings of 磊 where the others read 磬, 确 or 帮 were at 0.81-0.91 (tuning split, individual
     * files), and the choice is never trusted whatever the reading's confidence.
     */
    static final double LIKELY = Double.parseDouble(System.getProperty("archive.reread.names.likely", "0.8"));

    private static final Set<Character> SURNAMES = characters("surname");
    private static final Set<Character> GIVEN = characters("given");

    private PersonNames() {
    }

    /** True for a character of the common surnames' list ({@code person-names.tsv}). */
    static boolean isCommonSurname(char c) {
        return SURNAMES.contains(c);
    }

    /** True for a character of the common given-name characters' list ({@code person-names.tsv}). */
    static boolean isCommonGiven(char c) {
        return GIVEN.contains(c);
    }

    /**
     * {@code name} with the one given-name character it holds outside the common stock replaced by a
     * reading's common one (at least {@link #LIKELY}) ({@code readings}: the re-readings of the name's box, by any model), where every such
     * reading that differs from {@code name} only there gives the same name; empty where none does, the name is
     * no person's (two or three Chinese characters opening with a common surname), or its given name is common.
     */
    static Optional<String> likelier(String name, List<FieldReading> readings) {
        if (!isPersonShape(name)) {
            return Optional.empty();
        }
        Set<String> likelier = new TreeSet<>();
        for (FieldReading r : readings) {
            if (r.confidence() < LIKELY) {
                continue;
            }
            String read = han(CustomerNames.afterNameLabel(FieldRereads.chineseText(r)));
            int at = onlyDifference(name, read);
            if (at > 0 && !isCommonGiven(name.charAt(at)) && isCommonGiven(read.charAt(at))) {
                likelier.add(read);
            }
        }
        return likelier.size() == 1 ? Optional.of(likelier.iterator().next()) : Optional.empty();
    }

    /**
     * False for a name the page read as a common surname and given-name characters only ({@code value} as read, spaces
     * aside): the readings of its box that {@link #likelier} weighs could change nothing, so its box needs no more than
     * a company name's (as it is and bold, {@link NameCorrection}); true for any other (高舌, 马乔, junk).
     */
    static boolean givenNameInDoubt(String value) {
        String name = WordConfidence.Row.compact(value);
        return !(isPersonShape(name) && name.chars().skip(1).allMatch(c -> isCommonGiven((char) c)));
    }

    // Two or three Chinese characters, the first a common surname: the shape of a Han person's name.
    private static boolean isPersonShape(String name) {
        return name.length() >= 2 && name.length() <= 3 && name.chars().allMatch(c -> TextNormalizer.isHan((char) c))
                && isCommonSurname(name.charAt(0));
    }

    // The index of the one character where a and b (as long as each other) differ; -1 where none or more do.
    private static int onlyDifference(String a, String b) {
        if (a.length() != b.length()) {
            return -1;
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    // The Chinese characters of a reading, in order: a stray mark the box took in ("高 幌 “") is no part of a name.
    private static String han(String text) {
        return text.chars().filter(c -> TextNormalizer.isHan((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Set<Character> characters(String kind) {
        return Tables.read("person-names.tsv").stream().filter(row -> row[0].equals(kind))
                .flatMap(row -> row[1].chars().mapToObj(c -> (char) c)).collect(Collectors.toUnmodifiableSet());
    }
}
