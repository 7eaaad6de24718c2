package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.extract.LabeledText.Found;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegions;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.ExtractedFields;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field extraction (字段提取): reads a customer file's fields — archive number, customer, dates,
 * transactions, communications — off its OCR'd or extracted text, with a confidence per field.
 * A field that is not on the paper stays null; nothing is guessed. Loads its tables once;
 * immutable and thread-safe, so one instance serves the whole application.
 */
public final class FieldExtractor {

    private static final Pattern CONTRACT_TITLE = Pattern.compile("合同|约定书|协议");
    private static final int CONTRACT_HEADING_LINES = 3;

    private final LabelScanner scanner = new LabelScanner();
    private final IndustryClassifier industries = new IndustryClassifier();
    private final RegionResolver places = new RegionResolver();
    private final CustomerReader customers = new CustomerReader(places, industries);
    private final FieldRereads rereads = new FieldRereads(scanner, industries, places);
    private final Clock clock;

    /** Loads the label, region and industry tables shipped with this package. */
    public FieldExtractor() {
        this(Clock.systemDefaultZone());
    }

    /** As {@link #FieldExtractor()}, reading papers on the day {@code clock} tells (no date read may be later). */
    FieldExtractor(Clock clock) {
        this.clock = clock;
    }

    /**
     * The values of an OCR'd page this extractor reads better from a re-reading of their box alone
     * (the e-mail); give it to {@link cn.archive.ingest.ocr.DocumentReader} so that it reads them
     * while it holds the page image, and {@link #extract(List)} takes them from the pages.
     */
    public FieldRegions rereadRegions() {
        return rereads;
    }

    /**
     * Extracts the fields of read pages: an OCR'd page is read in its visual rows (from the word
     * boxes), so a label finds its value beside it even in a table Tesseract read column by column;
     * a born-digital page is read as its own text.
     */
    public ExtractedFields extract(List<OcrPage> pages) {
        List<String> texts = new ArrayList<>();
        double weighted = 0;
        long chars = 0;
        for (OcrPage p : pages) {
            texts.add(p.words().isEmpty() ? p.text() : VisualRows.text(p.words()));
            int n = p.text().strip().length();
            weighted += p.confidence() * n;
            chars += n;
        }
        double mean = chars == 0 ? 0.0 : weighted / chars;
        return extract(String.join("\f", texts), mean, WordConfidence.of(pages, mean), FieldRereads.ByLine.of(pages));
    }

    /**
     * The text {@link #extract(List)} reads: each OCR'd page in its visual rows, pages separated by
     * form feed. For a person checking why a field was (not) found.
     */
    public static String readingText(List<OcrPage> pages) {
        return String.join("\f", pages.stream().map(p -> p.words().isEmpty() ? p.text() : VisualRows.text(p.words())).toList());
    }

    /**
     * Extracts the fields of one document from its text alone (born-digital text, or OCR text
     * without word boxes).
     *
     * @param text          the whole document text, pages separated by form feed; null reads as empty
     * @param ocrConfidence mean OCR word confidence 0..1 (1.0 for born-digital text)
     */
    public ExtractedFields extract(String text, double ocrConfidence) {
        return extract(text, ocrConfidence, WordConfidence.uniform(ocrConfidence), FieldRereads.ByLine.none());
    }

    private ExtractedFields extract(String text, double ocrConfidence, WordConfidence words,
                                    FieldRereads.ByLine reread) {
        String whole = text == null ? "" : text;
        Confidences conf = new Confidences(ocrConfidence, words);
        List<String> lines = TextNormalizer.lines(whole);
        LabeledText labels = scanner.scan(lines);
        String free = labels.unlabelledText();

        String archiveNo = archiveNo(labels, free, conf, reread);
        Optional<String> separated = ArchiveNumbers.separatorLost(archiveNo);
        if (separated.isPresent()) {
            archiveNo = separated.get();
            conf.scale("archiveNo", CustomerReader.DISAGREE); // a separator put back is no reading: a clerk's look
        }
        Customer customer = customers.read(labels, conf, reread);
        LedgerReader.Ledger ledger = LedgerReader.read(TextNormalizer.rowLines(whole), labels.labelledLines());
        boolean datedRows = !ledger.transactions().isEmpty() || !ledger.communications().isEmpty();
        LocalDate registeredOn = registeredOn(labels, free, conf, reread, LocalDate.now(clock), datedRows);
        if (filedInAnotherYear(archiveNo, registeredOn)) {
            conf.scale("archiveNo", CustomerReader.DISAGREE); // one of the two is misread: a clerk's look
            conf.scale("registeredOn", CustomerReader.DISAGREE);
        }

        List<Communication> communications = new ArrayList<>();
        Optional<Communication> feedback = LedgerReader.fromFeedback(labels);
        feedback.ifPresent(communications::add);
        communications.addAll(ledger.communications());
        if (!ledger.transactions().isEmpty()) {
            conf.put("transactions", Evidence.PATTERN);
        }
        if (!communications.isEmpty()) {
            conf.put("communications", feedback.isPresent() ? Evidence.LABEL : Evidence.PATTERN);
        }

        String firstPage = whole.split("\f", 2)[0];
        DocumentTypes.Kind kind = DocumentTypes.classify(TextNormalizer.lines(firstPage), labels,
                ledger.transactions().size(), feedback.isPresent());
        if (kind.evidence() != null) {
            conf.put("documentType", kind.evidence());
        }
        // A ledger's 日期 heads its column of transaction dates: no registration date is missing there.
        if (kind.type() != DocumentType.TRANSACTION_RECORD) {
            unreadAfterLabels(labels, archiveNo, customer, registeredOn).forEach(conf::unread);
        }
        return new ExtractedFields(archiveNo, kind.type(), customer, registeredOn, ledger.transactions(),
                List.copyOf(communications), conf.toMap());
    }

    /**
     * The key fields whose label the paper gives for the customer (not for the other party of a contract) with
     * something read after it that gave no value ("客户级别 : CREP", "住址 : KTH EX LURE 663"): a value on the
     * paper that was not read is a gap a clerk should be shown. A field the paper does not name, or leaves blank (no
     * word after its label, or 无 / 暂无 / a dash), is no gap. A landline's or a mobile's label is none where the other
     * number was read (a mobile written under 电话); an address's, where the region is known. On the tuning split's
     * 1200 files (main's OCR cache) this put 14 of the 30 unread values of INDEXED documents in front of a clerk,
     * and sent no document with every key field right to review.
     */
    // Nothing after a label, or a word for none (无, 暂无, 空, a dash or slash): a field left blank on the paper.
    private static final Pattern WRITTEN_NONE = Pattern.compile("|[无空]|暂无|[-—－/／、.。]+|N/?A");

    static List<String> unreadAfterLabels(LabeledText labels, String archiveNo, Customer c, LocalDate registeredOn) {
        List<String> out = new ArrayList<>();
        boolean noNumber = c.phone() == null && c.mobile() == null;
        for (LabeledText.Hit h : labels.hits()) {
            if (h.otherParty() || WRITTEN_NONE.matcher(TextNormalizer.compact(h.value())).matches()) {
                continue;
            }
            String key = switch (h.label().field()) {
                case ARCHIVE_NO -> archiveNo == null ? "archiveNo" : null;
                case TIER -> c.tier() == null ? "customer.tier" : null;
                case INDUSTRY -> c.industry() == null ? "customer.industry" : null;
                case REGION, ADDRESS -> c.region() == null ? "customer.region" : null;
                case PHONE -> noNumber ? "customer.phone" : null;
                case MOBILE -> noNumber ? "customer.mobile" : null;
                case EMAIL -> c.email() == null ? "customer.email" : null;
                case REGISTERED_ON -> registeredOn == null ? "registeredOn" : null;
                default -> null;
            };
            if (key != null && !out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private static String archiveNo(LabeledText labels, String free, Confidences conf, FieldRereads.ByLine reread) {
        boolean contract = isContract(labels.lines());
        String rest = free;
        for (LabeledText.Hit h : labels.of(Field.ARCHIVE_NO)) {
            // A contract's own bare 编号 is the contract's number (合同编号 with 合同 read onto another
            // line, tuning-0130): the customer's file number there is written 客户编号 or 档案编号.
            if (contract && h.label().standsAlone()) {
                rest = rest.replace(h.value(), " ");
                continue;
            }
            Optional<String> v = ArchiveNumbers.fromValue(h.value());
            if (v.isPresent()) {
                conf.put("archiveNo", h);
                return DigitRereads.checked(new Found<>(v.get(), h), reread, conf, "archiveNo", ArchiveNumbers::fromValue).value();
            }
        }
        Optional<String> unlabelled = ArchiveNumbers.unlabelled(rest);
        Optional<String> again = DigitRereads.unread(labels, reread, conf, "archiveNo", ArchiveNumbers::fromValue,
                Field.ARCHIVE_NO);
        // The label's cell read again and a number of that shape elsewhere on the page ("档案编号 + KH201501372",
        // tuning-0561): the same number is the page's, as sure as it was read there; two numbers, a clerk's look.
        if (again.isPresent() && !again.equals(unlabelled)) {
            conf.scale("archiveNo", unlabelled.isPresent() ? CustomerReader.DISAGREE : 1.0);
            return again.get();
        }
        unlabelled.ifPresent(a -> conf.put("archiveNo", Evidence.PATTERN, a));
        return unlabelled.orElse(null);
    }

    /**
     * True when an archive number opens with another year than the registration date's: a file is
     * numbered in the year it is opened (KH-2023-000417 registered 2023-03-15), so one was misread.
     */
    static boolean filedInAnotherYear(String archiveNo, LocalDate registeredOn) {
        OptionalInt year = ArchiveNumbers.year(archiveNo);
        return registeredOn != null && year.isPresent() && year.getAsInt() != registeredOn.getYear();
    }

    /**
     * A registration date no reading holds whole that the page's reading and its box's re-readings hold
     * together ({@link ChineseDates#joined}): with the least confidence of those readings, halved, since
     * no one reading vouches for it whole (a clerk's look).
     */
    private static Optional<LocalDate> joinedHalves(LabeledText labels, Confidences conf, FieldRereads.ByLine reread,
                                                    LocalDate today) {
        for (LabeledText.Hit h : labels.withOrWithoutValue(Field.REGISTERED_ON)) {
            List<FieldReading> again = reread.all(h.line(), FieldRereads.REGISTERED_ON);
            List<String> readings = new ArrayList<>();
            readings.add(h.value());
            again.forEach(r -> readings.add(FieldRereads.chineseText(r)));
            Optional<LocalDate> d = ChineseDates.joined(readings).filter(x -> !x.isAfter(today));
            if (d.isPresent()) {
                double least = Math.min(conf.words(h), again.stream().mapToDouble(FieldReading::confidence).min().orElse(0.0));
                conf.put("registeredOn", h.evidence(), least * CustomerReader.DISAGREE);
                return d;
            }
        }
        return Optional.empty();
    }

    /** A paper whose heading (its first lines) calls it a contract or agreement. */
    private static boolean isContract(List<String> lines) {
        return lines.stream().limit(CONTRACT_HEADING_LINES).anyMatch(l -> CONTRACT_TITLE.matcher(l).find());
    }

    /**
     * The registration date: after its label, else read again from its box, else a contract's signing
     * date, else the one date ending a line after a garbled label or, on a customer's form without
     * {@code datedRows} (a ledger's), the form's one date cell ({@link LoneDate}). A date after {@code today}
     * is no registration date (a misread year, 2028 for 2023): it is passed over as if unread.
     */
    private static LocalDate registeredOn(LabeledText labels, String free, Confidences conf, FieldRereads.ByLine reread,
                                          LocalDate today, boolean datedRows) {
        Function<String, Optional<LocalDate>> parse = v -> ChineseDates.parse(v).filter(d -> !d.isAfter(today));
        // A box read again may have cut a year's first numeral at its left edge ("〇二四年一月十八日").
        Function<String, Optional<LocalDate>> box = v -> ChineseDates.parseBox(v).filter(d -> !d.isAfter(today));
        Optional<Found<LocalDate>> labelled = labels.first(Field.REGISTERED_ON, parse);
        if (labelled.isPresent()) {
            return CustomerReader.checked(labelled.get(), reread, conf, FieldRereads.REGISTERED_ON, box,
                    d -> 1.0, d -> d).value();
        }
        Optional<Found<LocalDate>> again = CustomerReader.reread(labels, reread, conf, Field.REGISTERED_ON,
                FieldRereads.REGISTERED_ON, box);
        if (again.isPresent()) {
            return again.get().value();
        }
        Optional<LocalDate> halves = joinedHalves(labels, conf, reread, today);
        if (halves.isPresent()) {
            return halves.get();
        }
        Matcher m = SigningDates.SIGNED_ON.matcher(free);
        while (m.find()) {
            Optional<LocalDate> d = parse.apply(m.group(1));
            if (d.isPresent()) {
                conf.put("registeredOn", Evidence.PATTERN, m.group(1));
                return d.get();
            }
        }
        Optional<LocalDate> signed = SigningDates.reread(labels.lines(), reread, conf, parse, box);
        if (signed.isPresent()) {
            return signed.get();
        }
        Optional<LocalDate> lone = LoneDate.find(labels, datedRows).filter(d -> !d.isAfter(today));
        lone.ifPresent(d -> conf.put("registeredOn", Evidence.PATTERN));
        return lone.orElse(null);
    }
}
