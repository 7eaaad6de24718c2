package cn.archive.ingest.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration date of a form whose date label OCR garbled (建档日期 read as "3274 ANA"): a date
 * ending a line after a colon, on a line where no known label was found. Taken only when it is the
 * one such date on the paper, so a ledger's dated rows or a feedback date under its label never
 * pass for it; else, on a paper without dated rows ({@code datedRows}: a ledger's transactions or
 * communications) nor a feedback's labels, the one date the paper holds at all.
 */
final class LoneDate {

    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([^:]{6,20})$");
    // The longest date as written: 二〇二三年十二月二十一日 with OCR's spaces.
    private static final int MAX_DATE = 20;

    // A cell that is a date and nothing else: digits or numerals, 年月日, separators.
    private static final Pattern DATE_ONLY = Pattern.compile("[0-9〇零一二三四五六七八九十O年月日号./\\-\\s]{6,}");
    // A cell naming a date the label scanner does not know as a registration date's (出生日期, 有效期至): the date
    // after it is of something else.
    private static final Pattern OTHER_DATE_LABEL = Pattern.compile("(日期|期至|时间)[:：]?$");
    // A cell of a date in digits after a few characters that are no label, its label garbled into the cell: "十于其 2025
    // 年 2 月 2 日" for 填表日期 2025年2月2日 (tuning-1636), "SORE 2020 年 6 月 13 日" (-0679).
    private static final Pattern GARBLED_LABEL = Pattern.compile("([^\\s0-9]{1,4})\\s*(\\d.*)");
    // A customer's form: the labels of at least this many fields.
    private static final int FORM = 2;

    private LoneDate() {
    }

    // The distinct dates of the paper's cells, wherever they stand.
    private static List<LocalDate> datesAnywhere(List<String> lines) {
        return lines.stream().flatMap(l -> java.util.Arrays.stream(l.split(TextNormalizer.GAP)))
                .map(ChineseDates::parse).flatMap(Optional::stream).distinct().toList();
    }

    private static long fields(LabeledText labels) {
        return labels.hits().stream().map(h -> h.label().field()).filter(f -> f != Label.Field.OTHER).distinct().count();
    }

    static Optional<LocalDate> find(LabeledText labels, boolean datedRows) {
        Set<Integer> labelled = new HashSet<>();
        labels.hits().forEach(h -> labelled.add(h.line()));
        List<String> lines = labels.lines();
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (labelled.contains(i)) {
                continue;
            }
            Matcher m = AFTER_COLON.matcher(lines.get(i).strip());
            if (m.find()) {
                ChineseDates.parse(m.group(1)).ifPresent(dates::add);
            }
        }
        // A date cell after a label read as Latin letters, on a form row (客户编号 … A BIA 二〇一七年五月十三日,
        // tuning-0093); not on a feedback form, whose garbled label may as well be 反馈日期.
        // Nor on a paper with other dates (a ledger's rows, whose misread row numbers look like labels: tuning-0016).
        boolean feedback = labels.has(Label.Field.COMM_DATE) || labels.has(Label.Field.COMM_SUMMARY)
                || labels.has(Label.Field.COMM_CHANNEL);
        if (!feedback && datesAnywhere(lines).size() <= 1) {
            labels.afterLatinLabels().stream().filter(v -> v.length() <= MAX_DATE)
                    .forEach(v -> ChineseDates.parse(v).ifPresent(dates::add));
        }
        // A date cell whose label OCR garbled into no label at all, Chinese or Latin (填表日期 read "填表", a card's
        // label read "HE BR" inside the archive number's cell, a card's label column lost: tuning-1337, -1391, -1499):
        // the one date the paper holds anywhere, on a customer's form (two fields' labels or more) with no dated rows (a
        // ledger's) nor a feedback's labels. Such a form carries one date, its registration date. The cell holds the
        // date alone, or after a few characters its label was garbled into (GARBLED_LABEL): a date inside a sentence
        // ("货物于 2020-08-24 签收") is of something else, as is one under another field's label or after a cell naming
        // another date (出生日期).
        if (dates.isEmpty() && !datedRows && !feedback && fields(labels) >= FORM) {
            List<LocalDate> anywhere = datesAnywhere(lines);
            if (anywhere.size() == 1) {
                Set<String> values = new HashSet<>();
                labels.hits().forEach(h -> values.add(TextNormalizer.compact(h.value())));
                for (String line : lines) {
                    String[] cells = line.split(TextNormalizer.GAP);
                    for (int k = 0; k < cells.length; k++) {
                        String c = cells[k];
                        boolean otherDate = k > 0 && OTHER_DATE_LABEL.matcher(cells[k - 1].strip()).find();
                        Matcher garbled = GARBLED_LABEL.matcher(c.strip());
                        String date = garbled.matches() && !OTHER_DATE_LABEL.matcher(garbled.group(1)).find()
                                ? garbled.group(2) : c.strip();
                        if (DATE_ONLY.matcher(date).matches() && !values.contains(TextNormalizer.compact(c)) && !otherDate) {
                            ChineseDates.parse(date).ifPresent(dates::add);
                        }
                    }
                }
            }
        }
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }
}
