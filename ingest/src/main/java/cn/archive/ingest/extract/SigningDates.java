package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract's signing date (签订日期) in its clause "本约定书于二〇二〇年一月十九日签订", which a contract
 * without a registration-date label stands its registration date in (record-schema.md: registeredOn is the
 * date the customer's file was opened; a contract's is the day it was signed). Where the page's reading of
 * that clause holds no date ("2016 年 ?月 8 日", a 〇 lost: "二一六年", "二 O 〇三 O 年" for 二〇二〇年, a future
 * year), the clause's date is read again ({@link #region}), by both models in the characters a date is
 * written in, and {@link #reread} takes the date the readings agree on.
 */
final class SigningDates {

    // "本协议于2023年3月15日签订": the signing date in running contract text, which OCR may space
    // out ("于 2 0 1 9 年 5 月 1 4 日签订", "于二 @ 〇一九年…"). 签订 with one character misread (等订 for 签订,
    // tuning-0128) still says the date is the signing's; so does the clause after it when 日签订 itself was read
    // as letters ("于 2018 年 4 月 28 AS , 自签字盖章之日起生效", tuning-0623, -0869).
    static final Pattern SIGNED_ON = Pattern.compile(
            "于\\s*([^,，。;；:]{6,24}?)\\s*(?:签订|签署|签约|订立|\\p{IsHan}订|[,，]\\s*自?\\s*签字)");

    /** What a date is written in: digits or Chinese numerals, and its units. */
    static final String DATE_CHARACTERS = "0123456789〇一二三四五六七八九十年月日";

    private SigningDates() {
    }

    /**
     * The box of the first signing clause's date on the page when the page's reading of it is no date up to
     * {@code today}: the words that reading came from, to be read again in {@link #DATE_CHARACTERS}. Empty
     * where the clause's date was read, or no clause is on the page.
     */
    static Optional<FieldRegion> region(List<String> lines, List<List<OcrWord>> rows, OcrPage page, LocalDate today) {
        for (int i = 0; i < lines.size() && i < rows.size(); i++) {
            Matcher m = SIGNED_ON.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            if (ChineseDates.parse(m.group(1)).filter(d -> !d.isAfter(today)).isPresent()) {
                return Optional.empty();
            }
            List<OcrWord> under = new WordConfidence.Row(rows.get(i)).under(m.group(1));
            return under.isEmpty() ? Optional.empty() : Optional.of(FieldRereads.region(FieldRereads.REGISTERED_ON, i,
                    rows.get(i), under, m.group(1), page.width(), page.height(), DATE_CHARACTERS, FieldRegion.CHINESE));
        }
        return Optional.empty();
    }

    /**
     * The signing date of a clause on {@code lines} the page read no date in, from its re-readings: the date
     * they agree on, with the lesser of their confidences; a date one reading alone gives, where Tesseract was
     * sure of it ({@link DigitRereads#VOTE}), with {@link CustomerReader#DISAGREE} of its confidence; nothing
     * where they give two dates. Put under {@code registeredOn} as found by its pattern. {@code parse} reads the
     * page's clause, {@code box} the re-readings (which may have cut a year's first numeral, {@link ChineseDates#parseBox}).
     */
    static Optional<LocalDate> reread(List<String> lines, FieldRereads.ByLine rereads, Confidences conf,
                                      Function<String, Optional<LocalDate>> parse, Function<String, Optional<LocalDate>> box) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SIGNED_ON.matcher(lines.get(i));
            if (!m.find() || parse.apply(m.group(1)).isPresent()) {
                continue;
            }
            List<FieldRereads.Opinion<LocalDate>> said = new ArrayList<>();
            for (FieldReading r : rereads.all(i, FieldRereads.REGISTERED_ON)) {
                box.apply(FieldRereads.chineseText(r)).ifPresent(d -> said.add(new FieldRereads.Opinion<>(d, r.confidence())));
            }
            if (said.isEmpty()) {
                continue;
            }
            LocalDate date = said.get(0).value();
            if (said.stream().anyMatch(o -> !o.value().equals(date))
                    || said.size() == 1 && said.get(0).confidence() < DigitRereads.VOTE) {
                return Optional.empty();
            }
            double least = said.stream().mapToDouble(FieldRereads.Opinion::confidence).min().orElseThrow();
            conf.put(FieldRereads.REGISTERED_ON, Evidence.PATTERN, least * (said.size() >= 2 ? 1.0 : CustomerReader.DISAGREE));
            return Optional.of(date);
        }
        return Optional.empty();
    }
}
