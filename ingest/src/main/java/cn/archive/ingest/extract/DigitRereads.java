package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.extract.LabeledText.Found;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The digit-valued key fields read a second and third time (数字字段复读): a landline, a mobile and an
 * archive number whose page reading has a doubtful word ({@link #DOUBT}) have their value's box read
 * again in {@code eng}, as one line, in the characters such a number is written in, as it is and, where
 * that reading does not hold the page's number, scaled ({@code FieldReading.SCALED}); a 2-of-3 vote by
 * character ({@link #vote}) mends a digit the page misread ("13047887454" for 13947887454). Where the readings cannot settle a digit, the value
 * keeps {@link CustomerReader#DISAGREE} of its confidence, for a clerk's look: a confident wrong number
 * indexed is worse than a record sent to review.
 */
final class DigitRereads {

    /** The field keys the boxes are filed under: the field of the label they follow. */
    static final String PHONE = "customer.phone";
    static final String MOBILE = "customer.mobile";
    static final String ARCHIVE_NO = "archiveNo";

    /** What a telephone number is written in (a "+86", brackets round an area code, dashes between groups). */
    static final String PHONE_CHARACTERS = "0123456789+-()";
    /** What an archive number is written in (KH-2023-000417, DA-2021/0335, No.…). */
    static final String ARCHIVE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.";

    /**
     * A number the page read with a word less confident than this is read again. {@code
     * -Darchive.reread.digits=} sets another (1.01 reads every one) for measurements. Measured on the tuning
     * split (900 files, same page OCR): below 0.8 / 0.9 / 0.92 / 0.95 read 0.15 / 0.60 / 1.64 / 2.00 boxes a page,
     * and the values differ in one archive number only (a dash the page dropped at 0.90, put back from 0.92 on).
     * At 0.95 the samples of {@code ./archive bench ingest throughput} read three digit boxes a page and the
     * ratio fell from 0.89 to 0.73–0.78, so the mobile misread at 0.73 is what the default keeps.
     */
    static final double DOUBT = Double.parseDouble(System.getProperty("archive.reread.digits", "0.8"));

    /**
     * A re-reading Tesseract is less sure of than this has no vote against the page's number (it may
     * still confirm it): {@code eng} restricted to digits reads a letter it cannot place as some other
     * letter with a confidence near 0 ("JA-2019-2046" for DA-2019-2046 twice over, tuning-0197).
     */
    static final double VOTE = 0.5;

    private static final Pattern SEPARATORS = Pattern.compile("[-/._]");
    // A cell's box starts at its label's end: the colon or a rule there is read as a dash or dot ("-KH-2021-019366").
    private static final Pattern CELL_EDGES = Pattern.compile("^[-/._\\s]+|[-/._\\s]+$");

    private static final Map<Field, String> KEYS = Map.of(Field.PHONE, PHONE, Field.MOBILE, MOBILE,
            Field.ARCHIVE_NO, ARCHIVE_NO);

    private DigitRereads() {
    }

    /** The key the re-readings of a value after {@code hit}'s label are filed under; null for other fields. */
    static String key(LabeledText.Hit hit) {
        return KEYS.get(hit.label().field());
    }

    /**
     * Adds the boxes of the page's landline, mobile and archive number to read again: for each of
     * those labels, the first value that parses as such a number, where a word of it is doubtful.
     */
    static void regions(LabeledText labels, List<List<OcrWord>> rows, OcrPage page, List<FieldRegion> out) {
        Function<String, Optional<String>> phone = v -> PhoneNumbers.landline(v).or(() -> PhoneNumbers.mobile(v));
        Map<Field, Function<String, Optional<String>>> parse = new HashMap<>();
        parse.put(Field.PHONE, phone);
        parse.put(Field.MOBILE, phone);
        parse.put(Field.ARCHIVE_NO, ArchiveNumbers::fromValue);
        for (Field f : List.of(Field.ARCHIVE_NO, Field.PHONE, Field.MOBILE)) {
            String characters = f == Field.ARCHIVE_NO ? ARCHIVE_CHARACTERS : PHONE_CHARACTERS;
            Optional<Found<String>> first = labels.first(f, parse.get(f));
            if (first.isEmpty()) {
                unreadCell(labels, f, rows, page, characters).ifPresent(out::add);
                continue;
            }
            Optional<Found<String>> found = first.filter(v -> v.hit().line() < rows.size()
                    && new WordConfidence.Row(rows.get(v.hit().line())).confidence(v.hit().value()) < DOUBT);
            // The box is read a second time (scaled) only where its first reading does not hold the page's number.
            found.flatMap(v -> FieldRereads.valueRegion(KEYS.get(f), v.hit(), rows, characters, FieldRegion.LATIN, page)
                    .map(r -> r.expecting(expected(f, v.value())))).ifPresent(out::add);
        }
    }

    /**
     * The cell of a number printed after its label that the page did not read as one (未读出的号码): the
     * archive number read as "oaitotoa", the mobile as "RE", the landline as "人" or "O79 lS S279355" under
     * a label read right. The cell of the field's first label ({@link FieldRereads#unreadCell}) is read in the
     * characters of such a number, as it is and scaled; {@link #unread(LabeledText, FieldRereads.ByLine,
     * Confidences, String, Function, Field...)} takes what both readings agree on. A
     * contract's bare 编号 is the contract's number, and 乙方's numbers are not the customer's: neither is read.
     */
    private static Optional<FieldRegion> unreadCell(LabeledText labels, Field f, List<List<OcrWord>> rows,
                                                    OcrPage page, String characters) {
        for (LabeledText.Hit h : labels.withOrWithoutValue(f)) {
            if (h.otherParty() || h.label().standsAlone() || h.line() >= rows.size()) {
                continue;
            }
            return FieldRereads.unreadCell(KEYS.get(f), h, labels.lines(), rows, page, characters, FieldRegion.LATIN);
        }
        return Optional.empty();
    }

    /**
     * A number the page left unread after a label of {@code fields} (in that order), from the re-readings of
     * that label's cell: the number both readings agree on, with the lesser of their confidences; a number only
     * one of them gives, with {@link CustomerReader#DISAGREE} of its confidence (one reading, against a page
     * that read no number there: a clerk's look); nothing where they give different numbers, or where a
     * reading Tesseract was unsure of ({@link #VOTE}) would be the only evidence. Two readings agreeing
     * count whatever Tesseract's confidence ({@code eng} restricted to digits scores right numbers 0.0 at
     * times): the lesser confidence is what the value keeps, so an unsure pair still goes to a clerk.
     */
    static Optional<String> unread(LabeledText labels, FieldRereads.ByLine rereads, Confidences conf, String key,
                                   Function<String, Optional<String>> parse, Field... fields) {
        return unread(labels, rereads, conf, key, parse, n -> false, fields);
    }

    /**
     * As {@link #unread(LabeledText, FieldRereads.ByLine, Confidences, String, Function, Field...)}, where a
     * number one reading alone gives, however unsure Tesseract was of it, is still taken (for a clerk's look)
     * when another place on the paper {@code vouches} for it: a landline whose area code is the address's city.
     */
    static Optional<String> unread(LabeledText labels, FieldRereads.ByLine rereads, Confidences conf, String key,
                                   Function<String, Optional<String>> parse, Predicate<String> vouched,
                                   Field... fields) {
        for (Field f : fields) {
            for (LabeledText.Hit h : labels.withOrWithoutValue(f)) {
                if (h.otherParty() || readAsNumber(f, h.value())) {
                    continue; // its box, if read, was read to check the page's number (checked)
                }
                List<FieldRereads.Opinion<String>> said = new ArrayList<>();
                for (FieldReading r : rereads.all(h.line(), KEYS.get(f))) {
                    parse.apply(CELL_EDGES.matcher(r.text()).replaceAll(""))
                            .ifPresent(n -> said.add(new FieldRereads.Opinion<>(n, r.confidence())));
                }
                if (said.isEmpty()) {
                    continue;
                }
                String value = said.get(0).value();
                if (said.stream().anyMatch(o -> !o.value().equals(value))
                        || said.size() == 1 && said.get(0).confidence() < VOTE && !vouched.test(value)) {
                    return Optional.empty();
                }
                double least = said.stream().mapToDouble(FieldRereads.Opinion::confidence).min().orElseThrow();
                conf.put(key, h.evidence(), least * (said.size() >= 2 ? 1.0 : CustomerReader.DISAGREE));
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * The page's number {@code page} (its confidence already put under {@code key}) checked against the
     * re-readings of its box that {@code parse} accepts, where its words were doubtful: the voted number
     * with its confidence ({@link #vote}).
     */
    static Found<String> checked(Found<String> page, FieldRereads.ByLine rereads, Confidences conf, String key,
                                 Function<String, Optional<String>> parse) {
        LabeledText.Hit hit = page.hit();
        String filed = key(hit);
        double words = conf.words(hit);
        if (filed == null || words >= DOUBT) {
            return page;
        }
        List<FieldRereads.Opinion<String>> said = new ArrayList<>();
        String expected = expected(hit.label().field(), page.value());
        for (FieldReading r : rereads.all(hit.line(), filed)) {
            // A reading that holds the page's number confirms it, as it did when the OCR decided not to read the box
            // a second time ("KH2019374671" holds KH201937467): one standard for both.
            Optional<String> v = FieldRegion.holds(r.text(), expected) ? Optional.of(page.value()) : parse.apply(r.text());
            v.filter(n -> r.confidence() >= VOTE || n.equals(page.value()))
                    .ifPresent(n -> said.add(new FieldRereads.Opinion<>(n, r.confidence())));
        }
        if (said.isEmpty()) {
            return page;
        }
        Voted v = vote(page.value(), words, said);
        conf.put(key, hit.evidence(), v.confidence());
        return new Found<>(v.value(), hit);
    }

    // True for a value the page read as the number its label is for (a landline and a mobile stand for each other).
    private static boolean readAsNumber(Field f, String value) {
        return f == Field.ARCHIVE_NO ? ArchiveNumbers.fromValue(value).isPresent()
                : PhoneNumbers.landline(value).or(() -> PhoneNumbers.mobile(value)).isPresent();
    }

    // What a first reading of the box must hold to confirm the page's number: an archive number as printed
    // (a dash the page dropped is worth a second reading), a phone's digits whatever separates them.
    private static String expected(Field field, String value) {
        return field == Field.ARCHIVE_NO ? value : value.replaceAll("\\D", "");
    }

    /** The outcome of a vote: the number taken and its OCR confidence (no evidence factor). */
    record Voted(String value, double confidence) {
    }

    /**
     * A vote between the page's reading {@code page} (read with {@code words}) and its box's
     * re-readings, all in normal form. Where they are all as long, each character is what two readings
     * agree on: a number two re-readings agree on character by character against the page's takes the
     * least of their confidences; the page's number, agreed with, the better of its and the agreeing
     * re-readings'. A character no two readings agree on (two readings that differ, three that differ
     * all) leaves the page's number with {@link CustomerReader#DISAGREE} of its confidence. Readings of
     * other lengths (a digit dropped or added) never outvote the page, unless only in its separators:
     * they confirm it or, not agreeing, send it to review.
     */
    static Voted vote(String page, double words, List<FieldRereads.Opinion<String>> rereads) {
        double agreeing = rereads.stream().filter(o -> o.value().equals(page))
                .mapToDouble(FieldRereads.Opinion::confidence).max().orElse(Double.NaN);
        boolean sameLength = rereads.stream().allMatch(o -> o.value().length() == page.length());
        if (!sameLength) {
            if (!Double.isNaN(agreeing)) {
                return new Voted(page, Math.max(words, agreeing));
            }
            // A dash the page dropped or added ("DA2018-1624" for DA-2018-1624, tuning-0673): two re-readings
            // agreeing on the number, differing from the page only in its separators, put them right.
            String other = rereads.get(0).value();
            boolean separatorsOnly = rereads.size() >= 2 && rereads.stream().allMatch(o -> o.value().equals(other))
                    && SEPARATORS.matcher(other).replaceAll("").equals(SEPARATORS.matcher(page).replaceAll(""));
            return separatorsOnly ? new Voted(other, rereads.stream().mapToDouble(FieldRereads.Opinion::confidence).min()
                    .orElseThrow()) : new Voted(page, words * CustomerReader.DISAGREE);
        }
        StringBuilder voted = new StringBuilder();
        for (int i = 0; i < page.length(); i++) {
            Map<Character, Integer> votes = new HashMap<>();
            votes.merge(page.charAt(i), 1, Integer::sum);
            for (FieldRereads.Opinion<String> o : rereads) {
                votes.merge(o.value().charAt(i), 1, Integer::sum);
            }
            Optional<Character> won = votes.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            if (won.isEmpty()) {
                return new Voted(page, words * CustomerReader.DISAGREE);
            }
            voted.append(won.get());
        }
        String value = voted.toString();
        if (value.equals(page)) {
            return new Voted(page, Double.isNaN(agreeing) ? words : Math.max(words, agreeing));
        }
        double least = rereads.stream().filter(o -> differsWhereVoted(o.value(), page, value))
                .mapToDouble(FieldRereads.Opinion::confidence).min().orElse(words * CustomerReader.DISAGREE);
        return new Voted(value, least);
    }

    // True for a re-reading that gave the voted character where the page's was outvoted.
    private static boolean differsWhereVoted(String reading, String page, String voted) {
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) != voted.charAt(i) && reading.charAt(i) == voted.charAt(i)) {
                return true;
            }
        }
        return false;
    }
}
