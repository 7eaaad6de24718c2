package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.FieldRegions;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.CustomerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which values of an OCR'd page are worth reading again on their own (字段复读): the e-mail after
 * its label. {@code chi_sim+eng} over a whole Chinese form loses or misreads the {@code @}, reads
 * dots as commas and adds ghost letters; the value's box alone read with {@code eng}, as one line,
 * in the characters of an address, reads it right far more often (see {@code LineReader}); it is
 * read twice, as it is and scaled to a standard height ({@code FieldReading.SCALED}), which err on
 * different letters ({@link CustomerReader} weighs them against the page's reading).
 * And, only where the page's reading is doubtful, the Chinese key values in {@code chi_sim} alone:
 * a registration date, tier or industry the page read as no such value (the {@code eng} half reads
 * 二〇一五年十二月十二日 as "=O-f#+—A+T+—H"), or left empty (a table cell Tesseract's layout
 * analysis skipped), and a customer name read with Latin letters ("BASE" for 胡海燕); and a date,
 * tier or industry that parses but was read with a doubtful word ({@link #DOUBT}), and a name read
 * with a word below {@link NameCorrection#READ}, whose characters the larger model's readings may
 * put right. A Chinese box is
 * read by two models, Debian's chi_sim and the larger one ({@code OcrSettings.rereadDataPath}), which
 * err on different values; extraction takes what two of the readings agree on. Each costs one
 * single-line recognition of a small box per model, so a page read well pays nothing.
 * The page's own labels are found as {@link FieldExtractor} finds them, on the same visual rows, so
 * the row a re-reading is filed under is the row extraction later reads the label on.
 * Immutable; one instance serves every worker.
 */
public final class FieldRereads implements FieldRegions {

    /** The field key of the customer's e-mail, as in the record's confidences. */
    static final String EMAIL = "customer.email";
    /** The field keys of the Chinese values re-read when the page's reading is doubtful. */
    static final String NAME = "customer.name";
    static final String TIER = "customer.tier";
    static final String INDUSTRY = "customer.industry";
    static final String REGISTERED_ON = "registeredOn";
    /** The field key of the customer's address, read again when the page read it as Latin letters. */
    static final String ADDRESS = "customer.address";

    /** What an e-mail address is written in (no comma: a dot read as one is the misreading cured). */
    static final String EMAIL_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._-+";

    private static final Pattern WHOLE_EMAIL =
            Pattern.compile("[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern EDGES = Pattern.compile("^[._-]+|[._-]+$");
    // Two Latin letters together: a Chinese address the page's eng half read as letters.
    private static final Pattern LATIN_ADDRESS = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern PUNCTUATION = Pattern.compile("[:：;；,，.。)）(（|]+");
    // What ends every tier phrase of four characters: read alone, the phrase lost its first two.
    private static final String SUFFIX = "客户";
    // A label's word less tall than this share of the page's text height, and {@code RULE} times as wide as tall, is
    // a rule line read as characters (所属 224 px wide and 2 px tall under 所属行业, tuning-1463), no measure of the
    // label's text line.
    private static final double FLAT = 0.5;
    private static final int RULE = 3;

    // How far the box may reach past the value's last word into an empty cell, in text heights: a
    // character the page read dropped (the "n" of ".cn") still lies there.
    private static final double TAIL = 1.0;
    // A Latin letter's width against a Chinese character's, to cut a label off a word it shares.
    private static final double LATIN_WIDTH = 0.55;
    private static final double NARROW_WIDTH = 0.3; // a colon, dot or hyphen
    private static final double CUT_BACK_OFF = 0.1;
    // How far the reader may move an estimated cut to the blank column between two glyphs, in text heights.
    private static final double SNAP = 0.3;
    // A word taller than this many of the page's text heights is a seal's or rule's, not the line's
    // ({@code -Darchive.reread.names.tall=} for measurements).
    static final double TALL = Double.parseDouble(System.getProperty("archive.reread.names.tall", "1.5"));
    // How far an empty value's box reaches right of its label, in text heights: a table cell's width.
    private static final double EMPTY_CELL = 16;
    /**
     * A registration date, tier or industry the page read with a word less confident than this is read
     * again, and the readings compared ({@link CustomerReader#checked}). Measured on the tuning split
     * (150 files, every such value re-read by both models, extracted from the cache at 0.5 / 0.7 / 0.9 /
     * always): no value changed, 40 → 33 / 32 / 32 / 32 files with every key field right sent to review
     * anyway, as re-readings agreeing with the page raise its confidence. {@code -Darchive.reread.doubt=}
     * sets another for such measurements.
     */
    static final double DOUBT = Double.parseDouble(System.getProperty("archive.reread.doubt", "0.7"));
    /**
     * An e-mail box whose first reading (as it is) is the page's own address with at least this confidence is
     * not read a second time, scaled ({@link FieldRegion#expecting(String, double)}): the second reading is a
     * dissenting voice, and there it has none. Measured on the tuning 1200's 692 e-mail boxes: of the 355 first
     * readings at 0.9 or more, the scaled reading said another address for none (0.85-0.9: 1 of 126, 0.8-0.85:
     * 4 of 41, among them tuning-0113, where page and box agreed on the wrong "ymvatl" at 0.81 and only the
     * scaled reading said the right "ymvqtl"). Skips 333 of the 692 scaled readings; no value or confidence
     * changed on the 1200.
     */
    static final double SURE_BOX = 0.9;
    /** A runner-up this strong makes a glyph doubtful ({@link #descenderDoubted}). */
    static final double DESCENDER = 0.3;
    // At most this many labels of a field re-read on a page (a form prints its labels once).
    private static final int PER_FIELD = 2;

    private final LabelScanner scanner;
    private final IndustryClassifier industries;
    private final RegionResolver places;

    FieldRereads(LabelScanner scanner, IndustryClassifier industries, RegionResolver places) {
        this.scanner = scanner;
        this.industries = industries;
        this.places = places;
    }

    @Override
    public List<FieldRegion> of(OcrPage page) {
        if (page.words().isEmpty()) {
            return List.of(); // born-digital: its text is exact and it has no image
        }
        List<List<OcrWord>> rows = VisualRows.rows(page.words());
        LabeledText labels = scanner.scan(TextNormalizer.lines(VisualRows.text(page.words())));
        List<FieldRegion> out = new ArrayList<>();
        for (LabeledText.Hit h : labels.hits()) {
            if (h.label().field() != Field.EMAIL || h.value().isEmpty()) {
                continue;
            }
            Optional<String> address = CustomerReader.pageAddress(h.value());
            valueRegion(EMAIL, h, rows, EMAIL_CHARACTERS, FieldRegion.LATIN, page)
                    .map(r -> address.map(a -> r.expecting(a, SURE_BOX)).orElse(r)).ifPresent(out::add);
        }
        DigitRereads.regions(labels, rows, page, out);
        chinese(labels, rows, page, Field.REGISTERED_ON, REGISTERED_ON, v -> ChineseDates.parse(v).isPresent(), out);
        if (out.stream().noneMatch(r -> REGISTERED_ON.equals(r.field()))
                && labels.first(Field.REGISTERED_ON, ChineseDates::parse).isEmpty()) {
            SigningDates.region(labels.lines(), rows, page, LocalDate.now()).ifPresent(out::add);
        }
        chinese(labels, rows, page, Field.TIER, TIER, v -> CustomerTiers.parse(v).isPresent(), out);
        chinese(labels, rows, page, Field.INDUSTRY, INDUSTRY, v -> industries.classify(v).isPresent() && !industries.mayBeCut(v), out);
        chinese(labels, rows, page, Field.NAME, NAME, FieldRereads::plausibleName, out);
        if (out.stream().noneMatch(r -> NAME.equals(r.field())) && labels.first(Field.NAME, CustomerNames::clean).isEmpty()) {
            unlabelledCompany(labels, rows, page).ifPresent(out::add);
        }
        latinAddress(labels, rows, page).ifPresent(out::add);
        return out;
    }

    /**
     * The labels the page read as Latin letters ({@link LatinLabels}) and those its table's columns of
     * labels lack before a value ({@link LostLabels}), to be read again in Chinese; and the blank right of
     * a form's short rows where the page names no industry and left of rows that lost their left half
     * ({@link LostHalves}), and the bands where a form's labelled rows lost a whole row ({@link LostRows}).
     */
    @Override
    public List<FieldRegion> labels(OcrPage page) {
        List<FieldRegion> out = new ArrayList<>(LatinLabels.of(page));
        out.addAll(LostLabels.of(page, scanner));
        out.addAll(LostHalves.of(page, scanner));
        out.addAll(LostRows.of(page, scanner));
        return out;
    }

    /**
     * True for a name as the page read it that is no reason to read it again: at least two Chinese
     * characters. A name without them is the {@code eng} half reading Chinese ("BASE", "aK").
     */
    static boolean plausibleName(String value) {
        return CustomerNames.clean(value).isPresent()
                && value.codePoints().filter(c -> TextNormalizer.isHan((char) c)).count() >= 2;
    }

    /**
     * Asks for the customer's {@code field} values to be read again in Chinese: the value's box of
     * the label whose value extraction takes ({@link LabeledText#first}'s order) when its least word
     * confidence is below {@link #DOUBT} (a name's: below {@link NameCorrection#READ}, outside what the paper
     * confirms of it, {@link #leastOutsideConfirmed}); when none of its labels has a value {@code good} accepts, up
     * to {@value #PER_FIELD} labels' value boxes or, where a label has no value, the empty cell right of it.
     */
    private void chinese(LabeledText labels, List<List<OcrWord>> rows, OcrPage page, Field field, String key,
                         Predicate<String> good, List<FieldRegion> out) {
        List<LabeledText.Hit> hits = labels.hits().stream()
                .filter(h -> h.label().field() == field && !h.otherParty()).toList();
        Optional<LabeledText.Hit> taken = labels.withOrWithoutValue(field).stream()
                .filter(h -> !h.otherParty() && !h.value().isBlank() && good.test(h.value())).findFirst();
        if (taken.isPresent()) {
            LabeledText.Hit h = taken.get();
            double least = h.line() < rows.size() ? new WordConfidence.Row(rows.get(h.line())).confidence(h.value()) : Double.NaN;
            // A name's doubtful characters are put right from the larger model's reading alone (NameCorrection:
            // the page's model misreads them as the page did), so only that model reads its box.
            // A company's name whose legal form was cut (…有限, the page lost 公司) is read again however surely the
            // page read the rest: the form is somewhere right of what the page read.
            String name = WordConfidence.Row.compact(h.value());
            boolean formBroken = field == Field.NAME && CustomerNames.stemOfBrokenLegalForm(name).isPresent();
            if (field == Field.NAME && (formBroken || least < NameCorrection.READ
                    && leastOutsideConfirmed(h, labels.lines(), rows.get(h.line()), least) < NameCorrection.READ)) {
                boolean company = formBroken || CustomerNames.legalForm(name).isPresent();
                boolean noPlace = company && places.openingPlace(name).isEmpty();
                valueRegion(key, h, rows, "", FieldRegion.CHINESE, page)
                        .map(r -> company ? companysBox(r, page, noPlace, formBroken) : r)
                        .map(FieldRegion::readByTheLargerModelOnly)
                        .map(r -> PersonNames.givenNameInDoubt(h.value()) ? ofPerson(r, h) : r).ifPresent(out::add);
            } else if (field != Field.NAME && least < DOUBT) {
                valueRegion(key, h, rows, "", FieldRegion.CHINESE, page).ifPresent(out::add);
            }
            return;
        }
        int asked = 0;
        for (LabeledText.Hit h : hits) {
            if (asked == PER_FIELD) {
                break;
            }
            // A name label whose value is the next cell's label (性别男): the name went unread between them.
            boolean unread = endsItsRow(h, labels.lines()) || field == Field.NAME && CustomerNames.isLabelAndValue(h.value());
            // A tier or industry the page read as no such value has its cell read as well as its words' box: its words
            // may hold only part of it (管理 for 物业管理, tuning-1514), or be letters the eng half made of it, boxed from
            // right of its first glyph ("CREP" for C类客户, whose box both models read 类客户, -1537). Not the cell alone:
            // across a card's row to the next label it read worse where the words' box read right (-0759, -0843).
            Optional<FieldRegion> r = unread ? emptyCell(key, h, labels.lines(), rows, page, field == Field.NAME)
                    : cutToOneCharacter(field, h) ? unreadCell(key, h, labels.lines(), rows, page, "", FieldRegion.CHINESE)
                    : valueRegion(key, h, rows, "", FieldRegion.CHINESE, page);
            if (r.isPresent() && !unread && (field == Field.TIER || field == Field.INDUSTRY) && !cutToOneCharacter(field, h)) {
                unreadCell(key, h, labels.lines(), rows, page, "", FieldRegion.CHINESE).ifPresent(out::add);
            }
            if (r.isPresent()) {
                out.add(field == Field.NAME ? ofPerson(r.get(), h) : r.get());
                asked++;
            }
        }
    }

    // A person's name's box (its label says 姓名) is read three ways by the larger model, for PersonNames to weigh;
    // where the page read a name of common characters, only as a company's (PersonNames.givenNameInDoubt).
    private static FieldRegion ofPerson(FieldRegion r, LabeledText.Hit h) {
        return h.label().impliedType() == CustomerType.INDIVIDUAL ? r.asPersonsName() : r;
    }

    /**
     * The least confidence of the words of a company's name {@code h} outside the parts the paper itself confirms
     * ({@link CompanyNames#confirmed}: its legal form read whole, and the place it opens with where the address names
     * it too), else {@code least} (the least of all its words): what is left, the 字号 and the industry word, is what
     * a re-reading of the box can put right.
     */
    private double leastOutsideConfirmed(LabeledText.Hit h, List<String> lines, List<OcrWord> row, double least) {
        String name = WordConfidence.Row.compact(h.value());
        Optional<double[]> perChar = new WordConfidence.Row(row).perCharacter(h.value());
        if (CustomerNames.legalForm(name).isEmpty() || perChar.isEmpty() || perChar.get().length != name.length()) {
            return least;
        }
        return CompanyNames.leastOutsideConfirmed(name, perChar.get(), h.line(), lines, places);
    }

    /**
     * The box of the company the paper names without a name label ({@link CompanyNames#unlabelled}: a contract whose
     * 甲方 label OCR garbled), to be read by the larger model where a word of it outside what the paper confirms of it
     * ({@link CompanyNames#confirmed}) is below {@link NameCorrection#READ}, as a labelled name's: the page's model misreads the same characters in it (鼎 as 电, 里, 多).
     */
    private Optional<FieldRegion> unlabelledCompany(LabeledText labels, List<List<OcrWord>> rows, OcrPage page) {
        Optional<CompanyNames.Unlabelled> company = CompanyNames.unlabelled(labels.unlabelledText());
        if (company.isEmpty()) {
            return Optional.empty();
        }
        String name = company.get().name();
        int line = CompanyNames.lineOf(labels.lines(), name);
        if (line < 0 || line >= rows.size()) {
            return Optional.empty();
        }
        WordConfidence.Row row = new WordConfidence.Row(rows.get(line));
        List<OcrWord> under = row.under(name);
        Optional<double[]> perChar = row.perCharacter(name);
        if (under.isEmpty() || perChar.isEmpty()
                || !(CompanyNames.leastOutsideConfirmed(name, perChar.get(), line, labels.lines(), places) < NameCorrection.READ)) {
            return Optional.empty();
        }
        // The box from the name's own words, whatever is boxed beside them: the garbled label's word may be boxed
        // over the whole row ("(BE)." 383-1260 over 太原… 681-1264, tuning-0054), and a box from its edge holds nothing.
        FieldRegion r = region(NAME, line, under, under, name, page.width(), page.height(), "", FieldRegion.CHINESE,
                VisualRows.medianHeight(page.words()));
        return Optional.of(r.readByTheLargerModelOnly());
    }

    /**
     * A company name's box {@code r} reaching further where the page's reading shows it lost part of the name:
     * {@code left}, one text height further left (up to the word before it), where the name opens with no place
     * (a name opens with its region, and the page may have lost its first character at a cell's edge: 昌华信… for
     * 南昌华信…, the box from the first word's edge read 昌华信… too, tuning-1283); {@code right}, up to
     * {@value #FORM_ROOM} text heights further right (up to the word after it), where its legal form was cut
     * (…有限 for …有限公司: the page dropped the last characters, the box one text height past them read 有限公,
     * tuning-1478, -0732).
     */
    static FieldRegion companysBox(FieldRegion r, OcrPage page, boolean left, boolean right) {
        int height = VisualRows.medianHeight(page.words());
        int middle = r.y() + r.height() / 2;
        List<OcrWord> line = page.words().stream().filter(w -> w.y() <= middle && middle <= w.y() + w.height()).toList();
        int x0 = r.x();
        int x1 = r.x() + r.width();
        if (left) {
            int before = line.stream().filter(w -> w.x() + w.width() / 2 < r.x()).mapToInt(w -> w.x() + w.width() + 1)
                    .max().orElse(0);
            x0 = Math.min(r.x(), Math.max(before, r.x() - height));
        }
        if (right) {
            int end = x1;
            int after = line.stream().filter(w -> w.x() + w.width() / 2 > end).mapToInt(w -> w.x() - 1).min()
                    .orElse(Integer.MAX_VALUE);
            int room = x1 + (int) Math.round(FORM_ROOM * height);
            x1 = Math.max(x1, Math.min(Math.min(after, room), page.width() > 0 ? page.width() : room));
        }
        return r.spanning(x0, x1 - x0);
    }

    // How far past a cut legal form a company name's box reaches, in text heights: room for 公司 and a gap.
    private static final double FORM_ROOM = 3;

    /**
     * The cell of an address the page read as Latin letters and no Chinese ("住址 : KTH EX LURE 663 =", "单位地址
     * KUPEER BURNS", tuning-0945, -1134: the {@code eng} half of {@code chi_sim+eng} reading Chinese), to be read in
     * Chinese: from its first word to the next word on its row, or the text's right margin, since the letters' words
     * may cover only part of it. An address is written in Chinese on a Chinese form.
     */
    private static Optional<FieldRegion> latinAddress(LabeledText labels, List<List<OcrWord>> rows, OcrPage page) {
        Optional<LabeledText.Hit> latin = labels.of(Field.ADDRESS).stream().filter(h -> !h.otherParty()).findFirst()
                .filter(h -> LATIN_ADDRESS.matcher(h.value()).find()
                        && !TextNormalizer.hasHan(h.value()));
        Optional<FieldRegion> value = latin.flatMap(h -> valueRegion(ADDRESS, h, rows, "", FieldRegion.CHINESE, page));
        if (value.isEmpty() || latin.get().line() >= rows.size()) {
            return Optional.empty();
        }
        FieldRegion v = value.get();
        int end = v.x() + v.width();
        int margin = page.width() > 0 ? VisualRows.rightMargin(page) : end;
        int x1 = rows.get(latin.get().line()).stream().filter(w -> w.x() >= end).mapToInt(w -> w.x() - 1).min().orElse(margin);
        return Optional.of(new FieldRegion(ADDRESS, v.row(), v.x(), v.y(), Math.max(end, x1) - v.x(), v.height(), "", 0,
                FieldRegion.CHINESE));
    }

    /**
     * True for a tier or industry the page read as one character it does not accept ("行业分类 : 育" for 商业银行,
     * tuning-0870): the rest of the value was lost, and the box of that character's word (a speck 7 px wide) holds
     * none of it; its cell is read instead ({@link #unreadCell}). No tier or industry is written in one character.
     * Nor is a tier the 客户 alone that ends every tier phrase ("客户等级    客户" for 普通客户, tuning-1312): the page
     * lost the words before it, which the box of its 客户 leaves out. (类客户, a letter grade whose letter the page lost,
     * has its words' box read as well as its cell, as any tier read as none: the cell from the label's last word began
     * right of the C where the label's word was boxed over it, tuning-2133, and the words' box read C类客户.)
     */
    private static boolean cutToOneCharacter(Field field, LabeledText.Hit h) {
        String v = WordConfidence.Row.compact(h.value());
        return (field == Field.TIER || field == Field.INDUSTRY) && v.length() <= 1
                || field == Field.TIER && v.equals(SUFFIX);
    }

    /**
     * True when nothing follows the label on its row: its value is then the empty cell right of it,
     * even where the scanner took the row below as the value (a card's 行业分类 with its cell
     * skipped by OCR took the address below, tuning-0120).
     */
    private static boolean endsItsRow(LabeledText.Hit h, List<String> lines) {
        String line = h.line() < lines.size() ? lines.get(h.line()) : "";
        return h.value().isBlank() || h.valueStart() >= line.length() || line.substring(h.valueStart()).isBlank();
    }

    // The value is on the label's row, or below a label that ends its row.
    static Optional<FieldRegion> valueRegion(String key, LabeledText.Hit h, List<List<OcrWord>> rows,
                                                     String characters, String language, OcrPage page) {
        for (int r = h.line(); r <= h.line() + 1 && r < rows.size(); r++) {
            List<OcrWord> row = rows.get(r);
            List<OcrWord> under = new WordConfidence.Row(row).under(h.value());
            if (!under.isEmpty()) {
                // A name's box keeps to its text line where a seal stamped over it boxed some words far taller.
                int text = NAME.equals(key) ? VisualRows.medianHeight(page.words()) : 0;
                return Optional.of(region(key, h.line(), row, under, h.value(), page.width(), page.height(),
                        characters, language, text));
            }
        }
        return Optional.empty();
    }

    /**
     * The box right of a label the page read no value after: from the label's last word to the next
     * word on its row, or a cell's width ({@value #EMPTY_CELL} text heights) where there is none.
     * {@code withLabelWord}: the box takes in the label's last word as well. Tesseract boxes a name
     * written right after the colon (客户姓名:吴洋) into the label's word and drops its glyphs from the text
     * ("户姓名:" over 319-562, the name within, tuning-0523, -0591): a box from the word's end cuts the name.
     * Read with its label, the name is what follows the label's colon ({@link CustomerNames#afterNameLabel}).
     */
    static Optional<FieldRegion> emptyCell(String key, LabeledText.Hit h, List<String> lines, List<List<OcrWord>> rows,
                                           OcrPage page, boolean withLabelWord) {
        return cell(key, h, lines, rows, page, withLabelWord, false, "", FieldRegion.CHINESE);
    }

    /**
     * The cell right of a label whose value the page read as something no value of its field is (a number
     * read as "oaitotoa", "RE" or "人", an industry as the one character "育"): from the label's last word past
     * the words of that reading to the next word on the row, or a cell's width where there is none. A value's
     * own words are no measure of its box here: Tesseract boxes the part it could not read small or not at all.
     */
    static Optional<FieldRegion> unreadCell(String key, LabeledText.Hit h, List<String> lines, List<List<OcrWord>> rows,
                                            OcrPage page, String characters, String language) {
        return cell(key, h, lines, rows, page, false, true, characters, language);
    }

    private static Optional<FieldRegion> cell(String key, LabeledText.Hit h, List<String> lines, List<List<OcrWord>> rows,
                                              OcrPage page, boolean withLabelWord, boolean pastValue, String characters,
                                              String language) {
        if (h.line() >= rows.size() || h.line() >= lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(h.line());
        String label = line.substring(Math.min(h.start(), line.length()), Math.min(h.valueStart(), line.length()));
        List<OcrWord> row = rows.get(h.line());
        List<OcrWord> words = new WordConfidence.Row(row).under(label);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        OcrWord last = words.get(words.size() - 1);
        // The label's text line: its characters' middle and height. Tesseract boxes some characters
        // of a label taller than the line (46 px on a 28 px line, tuning-0104); a band as tall as
        // their union reached into the next row and read the address below (tuning-0113, -0120).
        // A word flattened to a rule line is left out of both.
        int text = VisualRows.medianHeight(page.words());
        List<OcrWord> upright = words.stream().filter(w -> !flat(w, text)).toList();
        upright = upright.isEmpty() ? words : upright;
        int height = upright.stream().mapToInt(OcrWord::height).sorted().toArray()[(upright.size() - 1) / 2];
        int middle = upright.stream().mapToInt(w -> w.y() + w.height() / 2).sorted().toArray()[(upright.size() - 1) / 2];
        int pad = VisualRows.pad(height);
        int after = last.x() + last.width() + pad;
        int x0 = withLabelWord ? Math.max(0, last.x() - pad) : after;
        int at = row.indexOf(last);
        if (pastValue && !h.value().isBlank()) {
            List<OcrWord> value = new WordConfidence.Row(row.subList(at + 1, row.size())).under(h.value());
            at = value.isEmpty() ? at : row.indexOf(value.get(value.size() - 1));
        }
        // A speck of punctuation after the label (";" 7 px square, tuning-1413) is no word of the next cell.
        while (at + 1 < row.size() && speck(row.get(at + 1), height)) {
            at++;
        }
        int x1 = at + 1 < row.size() ? row.get(at + 1).x() - 1 : after + (int) Math.round(EMPTY_CELL * height);
        x1 = page.width() > 0 ? Math.min(page.width(), x1) : x1;
        int y0 = Math.max(0, middle - height / 2 - pad);
        int y1 = middle + (height + 1) / 2 + pad;
        y1 = page.height() > 0 ? Math.min(page.height(), y1) : y1;
        if (x1 - after < height || y1 <= y0) {
            return Optional.empty(); // no room for a value: the next word follows the label at once
        }
        return Optional.of(new FieldRegion(key, h.line(), x0, y0, x1 - x0, y1 - y0, characters, 0, language));
    }

    // A word far wider than tall and less tall than half the page's text: a rule line, not characters.
    private static boolean flat(OcrWord w, int text) {
        return w.height() < FLAT * text && w.width() >= RULE * w.height();
    }

    // A word of punctuation alone, less than half the line's height tall: a dot or smudge, not a cell's text.
    private static boolean speck(OcrWord w, int height) {
        return PUNCTUATION.matcher(w.text()).matches() && w.height() < height / 2;
    }

    /**
     * The box to read {@code under} (the words {@code value} was read from, a run of {@code row})
     * again in: their union, a little margin, on into the empty cell after them up to a text height
     * or the next word. A label sharing the first word ("邮箱:wang@…" read as one word) or the next
     * label sharing the last is cut off: read in Latin it would become letters of the address.
     */
    static FieldRegion region(String field, int labelRow, List<OcrWord> row, List<OcrWord> under, String value,
                              int pageWidth, int pageHeight) {
        return region(field, labelRow, row, under, value, pageWidth, pageHeight, EMAIL_CHARACTERS, FieldRegion.LATIN);
    }

    static FieldRegion region(String field, int labelRow, List<OcrWord> row, List<OcrWord> under, String value,
                              int pageWidth, int pageHeight, String characters, String language) {
        return region(field, labelRow, row, under, value, pageWidth, pageHeight, characters, language, 0);
    }

    /**
     * As above; where {@code textHeight} (the page's, &gt; 0) is given, the box's top and bottom are those of
     * the words no taller than {@value #TALL} text heights: a seal stamped over a name boxes some of its words
     * three or four times the line's height (咨询 141 px on a 48 px line, tuning-0524), and a box that tall
     * took in the seal's ring and the rows beside it, which the larger model read as Latin junk.
     */
    static FieldRegion region(String field, int labelRow, List<OcrWord> row, List<OcrWord> under, String value,
                              int pageWidth, int pageHeight, String characters, String language, int textHeight) {
        List<OcrWord> band = textHeight <= 0 ? under
                : under.stream().filter(w -> w.height() <= TALL * textHeight).toList();
        band = band.isEmpty() || band.size() == under.size() ? under : band;
        int height = under.stream().mapToInt(OcrWord::height).max().orElse(0);
        int pad = VisualRows.pad(height);
        OcrWord first = under.get(0);
        OcrWord last = under.get(under.size() - 1);
        String v = WordConfidence.Row.compact(value);
        String firstText = WordConfidence.Row.compact(first.text());
        String lastText = WordConfidence.Row.compact(last.text());
        int from = 0;
        int to = lastText.length();
        if (first == last && firstText.contains(v)) {
            from = firstText.indexOf(v);
            to = from + v.length();
        } else {
            while (from < firstText.length() && !v.startsWith(firstText.substring(from))) {
                from++;
            }
            from = from == firstText.length() ? 0 : from;
            while (to > 0 && !v.endsWith(lastText.substring(0, to))) {
                to--;
            }
            to = to == 0 ? lastText.length() : to;
        }
        // An address is one word: where the page's value stopped inside it at a mark it does not read
        // as part of an address ("Zhanggy@qma|lvf.com" gave "Zhanggy@qma", tuning-0091), the box goes
        // on to the word's end, unless what follows is the next label ("…com传真").
        if (EMAIL_CHARACTERS.equals(characters) && !TextNormalizer.hasHan(lastText.substring(to))) {
            to = lastText.length();
        }
        // A cut is an estimate: it backs off a little towards the label, since a letter cut in half
        // reads as another (":xuwz@" cut through the x read "suwz@", tuning-0054).
        int backOff = (int) Math.round(CUT_BACK_OFF * height);
        int x0 = from == 0 ? first.x() - pad : first.x() + share(firstText, 0, from, first.width()) - backOff;
        int x1 = to == lastText.length() ? last.x() + last.width() + pad + (int) Math.round(TAIL * height)
                : last.x() + share(lastText, 0, to, last.width()) + backOff;
        int firstAt = row.indexOf(first);
        int lastAt = row.indexOf(last);
        boolean chinese = FieldRegion.CHINESE.equals(language);
        if (firstAt > 0) {
            OcrWord before = row.get(firstAt - 1);
            // Tesseract boxes a label's colon wide, over the left of the next Chinese character (": "
            // 324-353 and 石 352-387, tuning-0145): ending the box at the colon's right edge cut the
            // first character, read as another by both models (5家庄, 岛星辰 for 青岛星辰). A Chinese
            // box starts from the colon's middle; the reader moves that to a blank column nearby.
            int after = chinese && PUNCTUATION.matcher(before.text()).matches() ? before.x() + before.width() / 2
                    : before.x() + before.width() + 1;
            x0 = Math.max(x0, after);
        }
        if (lastAt >= 0 && lastAt + 1 < row.size()) {
            x1 = Math.min(x1, row.get(lastAt + 1).x() - 1);
        }
        int top = band.stream().mapToInt(OcrWord::y).min().orElse(0);
        int bottom = band.stream().mapToInt(w -> w.y() + w.height()).max().orElse(0);
        x0 = Math.max(0, x0);
        int bandPad = band == under ? pad : VisualRows.pad(band.stream().mapToInt(OcrWord::height).max().orElse(0));
        int y0 = Math.max(0, top - bandPad);
        x1 = pageWidth > 0 ? Math.min(pageWidth, x1) : x1;
        int y1 = pageHeight > 0 ? Math.min(pageHeight, bottom + bandPad) : bottom + bandPad;
        int snap = from == 0 && !chinese ? 0 : (int) Math.round(SNAP * height);
        return new FieldRegion(field, labelRow, x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0), characters,
                snap, language);
    }

    // How far into a word of {@code width} pixels its characters [0, end) reach, a Chinese character
    // counted wider than a Latin one.
    private static int share(String text, int start, int end, int width) {
        double all = 0;
        double part = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            double w = TextNormalizer.isHan(c) ? 1.0 : c == ':' || c == '.' || c == '-' ? NARROW_WIDTH : LATIN_WIDTH;
            all += w;
            part += k >= start && k < end ? w : 0;
        }
        return all == 0 ? 0 : (int) Math.round(width * part / all);
    }

    /**
     * The address a re-reading holds, lowercase: the whole reading must be one address (edge dots and
     * dashes aside), or it is not taken. Never a guess: a reading that is no address gives nothing.
     */
    /**
     * Whether a re-read address should give way to the page's: when the two differ only in the first
     * character (missing or another), the box's left edge, estimated where a label shares the value's
     * word, has most likely cut into the first letter ("uangpz@…" for ":huangpz@…", tuning-0002).
     */
    static boolean cutShort(String reread, String page) {
        return !reread.equals(page) && (page.endsWith(reread) && page.length() == reread.length() + 1
                || page.length() == reread.length() && page.substring(1).equals(reread.substring(1)));
    }

    /**
     * The reading's text without spaces, each {@code a} the LSTM weighed a {@code q} or {@code g} for at
     * {@link #DESCENDER} or more read as that letter ("ymaf" for ymqf, the runner-up q at 0.60, tuning-0978), or
     * dropped where that very letter follows it ("vemaqvg" for vemqvg, tuning-0257: one q read twice, as an a and
     * as a q). The three letters differ by a descender alone, which a light scan or a cut box loses; the LSTM's
     * runner-up says it saw one. On the tuning 1200's e-mail boxes no reading right as it was has such a
     * runner-up (0 of 850), and 12 wrong ones have: the value so read goes to review all the same
     * ({@link CustomerReader}).
     */
    static String descendersRead(FieldReading reading) {
        String text = reading.text().replaceAll("\\s+", "");
        StringBuilder out = new StringBuilder(text);
        List<FieldReading.RunnerUp> doubted = reading.runnersUp().stream().filter(FieldRereads::descender)
                .sorted(java.util.Comparator.comparingInt(FieldReading.RunnerUp::at).reversed()).toList();
        for (FieldReading.RunnerUp u : doubted) {
            if (u.at() >= out.length() || out.charAt(u.at()) != 'a') {
                continue; // the glyphs are not the text's characters one for one: leave it as read
            }
            boolean twice = u.at() + 1 < out.length() && out.substring(u.at() + 1, u.at() + 2).equals(u.rival());
            if (twice) {
                out.deleteCharAt(u.at());
            } else {
                out.replace(u.at(), u.at() + 1, u.rival());
            }
        }
        return out.toString();
    }

    private static boolean descender(FieldReading.RunnerUp u) {
        return u.read().equals("a") && (u.rival().equals("q") || u.rival().equals("g")) && u.confidence() >= DESCENDER;
    }

    /**
     * True when {@code reading} read an {@code a} the LSTM weighed a {@code q} or {@code g} for at {@link #DESCENDER}
     * or more ({@link FieldReading#runnersUp}).
     */
    static boolean descenderDoubted(FieldReading reading) {
        return reading.runnersUp().stream().anyMatch(FieldRereads::descender);
    }

    static Optional<String> email(FieldReading reading) {
        return address(descendersRead(reading));
    }

    /** As {@link #email}, the reading's letters as the LSTM chose them, its runners-up aside. */
    static Optional<String> emailAsRead(FieldReading reading) {
        return address(reading.text().replaceAll("\\s+", ""));
    }

    private static Optional<String> address(String text) {
        String raw = EDGES.matcher(text).replaceAll("");
        String t = EmailAddresses.smallL(raw).toLowerCase(Locale.ROOT);
        return WHOLE_EMAIL.matcher(t).matches() ? Optional.of(EmailAddresses.tittlesJoined(t)) : Optional.empty();
    }

    /**
     * A Chinese re-reading in the matching form the page's values are parsed in ({@link TextNormalizer#line}):
     * the larger chi_sim model spaces every character off the next ("广 州 天 润").
     */
    static String chineseText(FieldReading reading) {
        return TextNormalizer.line(reading.text());
    }

    /** A value taken from a re-reading: what it parsed to, the label it follows, the reading's confidence. */
    record Reread<T>(T value, LabeledText.Hit hit, double confidence) {
    }

    /** What one re-reading of a value parsed to, with its confidence. */
    record Opinion<T>(T value, double confidence) {
    }

    /** The re-readings of {@code key} filed under {@code line} (one per model) that {@code parse} accepts. */
    static <T> List<Opinion<T>> opinions(ByLine rereads, int line, String key, Function<String, Optional<T>> parse) {
        List<Opinion<T>> out = new ArrayList<>();
        for (FieldReading r : rereads.all(line, key)) {
            parse.apply(chineseText(r)).ifPresent(v -> out.add(new Opinion<>(v, r.confidence())));
        }
        return out;
    }

    /**
     * The first re-read value of the customer's {@code field} (under {@code key}) that {@code parse}
     * accepts, its labels taken best first as {@link LabeledText#first} takes them. Where the two
     * models' readings both parse and mean different things ({@code meaning}), the more confident is
     * taken with its confidence times {@code disagree}: one of them is wrong.
     */
    static <T> Optional<Reread<T>> first(LabeledText labels, ByLine rereads, Field field, String key,
                                         Function<String, Optional<T>> parse, Function<T, ?> meaning, double disagree) {
        for (LabeledText.Hit h : labels.withOrWithoutValue(field)) {
            List<Opinion<T>> said = opinions(rereads, h.line(), key, parse);
            if (said.isEmpty()) {
                continue;
            }
            Opinion<T> best = said.stream().max(java.util.Comparator.comparingDouble(Opinion::confidence)).orElseThrow();
            boolean agree = said.stream().allMatch(o -> Objects.equals(meaning.apply(o.value()), meaning.apply(best.value())));
            return Optional.of(new Reread<>(best.value(), h, best.confidence() * (agree ? 1.0 : disagree)));
        }
        return Optional.empty();
    }

    /** The re-readings of a document's pages by the line of the reading text their label is on. */
    static final class ByLine {

        private static final ByLine NONE = new ByLine(List.of());

        private final List<List<FieldReading>> lines; // by line of FieldExtractor.readingText

        private ByLine(List<List<FieldReading>> lines) {
            this.lines = lines;
        }

        static ByLine none() {
            return NONE;
        }

        static ByLine of(List<OcrPage> pages) {
            if (pages.stream().allMatch(p -> p.rereads().isEmpty())) {
                return NONE;
            }
            List<List<FieldReading>> lines = new ArrayList<>();
            for (OcrPage p : pages) {
                int offset = lines.size();
                // As WordConfidence counts them: a page's rows and the empty line after its last.
                int count = p.words().isEmpty() ? p.text().split("\r\n|[\r\n\f]", -1).length
                        : VisualRows.rows(p.words()).size() + 1;
                for (int i = 0; i < count; i++) {
                    lines.add(new ArrayList<>());
                }
                for (FieldReading r : p.rereads()) {
                    if (r.row() >= 0 && r.row() < count) {
                        lines.get(offset + r.row()).add(r);
                    }
                }
            }
            return new ByLine(lines);
        }

        /**
         * These re-readings without those only a person's name's box gets ({@link FieldRegion#person()}), which
         * {@link PersonNames} weighs and no vote of readings counts: the thin one, and the bold one of a box the page's
         * model read too (a box read by the larger model alone is read bold whoever's name it is). Three noisy
         * readings more to a vote put right names into review (tuning, individual files: 7 of 151).
         */
        ByLine withoutPersonsOwn() {
            List<List<FieldReading>> out = new ArrayList<>();
            for (List<FieldReading> line : lines) {
                out.add(line.stream().filter(r -> !FieldReading.THIN.equals(r.model()) && !(FieldReading.BOLD.equals(r.model())
                        && line.stream().anyMatch(o -> o.field().equals(r.field()) && FieldReading.PAGE_MODEL.equals(o.model()))))
                        .toList());
            }
            return new ByLine(out);
        }

        /** Every re-reading of {@code field} whose label is on {@code line}: one per model that read it. */
        List<FieldReading> all(int line, String field) {
            if (line < 0 || line >= lines.size()) {
                return List.of();
            }
            return lines.get(line).stream().filter(r -> r.field().equals(field)).toList();
        }
    }
}
