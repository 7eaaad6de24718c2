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
 * pass for it.
 */
final class LoneDate {

    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([^:]{6,20})$");
    // The longest date as written: 二〇二三年十二月二十一日 with OCR's spaces.
    private static final int MAX_DATE = 20;

    private LoneDate() {
    }

    private static long datesAnywhere(List<String> lines) {
        return lines.stream().flatMap(l -> java.util.Arrays.stream(l.split(TextNormalizer.GAP)))
                .map(ChineseDates::parse).flatMap(Optional::stream).distinct().count();
    }

    static Optional<LocalDate> find(LabeledText labels) {
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
        if (!labels.has(Label.Field.COMM_DATE) && !labels.has(Label.Field.COMM_SUMMARY)
                && !labels.has(Label.Field.COMM_CHANNEL) && datesAnywhere(lines) <= 1) {
            labels.afterLatinLabels().stream().filter(v -> v.length() <= MAX_DATE)
                    .forEach(v -> ChineseDates.parse(v).ifPresent(dates::add));
        }
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }
}
