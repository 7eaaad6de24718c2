package cn.archive.ingest.extract;

import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Labels of a Chinese page that {@code chi_sim+eng} read as Latin letters (拉丁化标签): the
 * {@code eng} half of the page's reading turns some labels into letters ("YR (£47) :" for
 * 甲方（委托方）：, "ARR:" for 所属行业：, "IHG:" for 电话：), and a label read so finds no value: on
 * the tuning split 67 such labels in 150 files, among them contracts' 甲方 whose company name was
 * then lost. Such a label is the text of a cell before its colon with letters and no Chinese
 * character; its box is read again in Chinese alone ({@code chi_sim}, one line), and the OCR layer
 * puts that reading in place of the letters (see {@link OcrPage#withLabelsRead}) before the page's
 * values are looked for. A whole row read as nothing but letters (label and value together) is read
 * again whole ({@link OcrPage#LETTERS}). Labels written in Latin on Chinese forms (E-mail, Tel, QQ…) are
 * left as they are. Immutable.
 */
final class LatinLabels {

    /** The field key of a label's re-reading: it names no field of the record. */
    static final String LABEL = OcrPage.LABEL;

    // A page is Chinese when its words hold at least this many Chinese characters.
    private static final int CHINESE_PAGE = 20;
    // A label's text before its colon, spaces and brackets aside: Chinese labels are 2 to 8 characters,
    // which the eng half reads as up to about twice as many letters.
    private static final int SHORTEST = 2;
    private static final int LONGEST = 14;
    // At most this many labels re-read on a page: a form has a dozen labels, a page of them read as
    // letters is no Chinese form.
    private static final int PER_PAGE = 12;

    // Labels Chinese forms print in Latin letters, and value words that end in a colon.
    private static final Pattern LATIN_LABEL = Pattern.compile(
            "(?i)e-?mail|email|tel|fax|mobile|phone|qq|wechat|no|http|https|www|ftp|id|a/c|acct?");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    // Spaces, punctuation and symbols OCR makes of specks beside a label's letters ("«sR" for 建档日期,
    // tuning-0306); not the @, dot, dash or slash of an address, a domain or a code.
    private static final String SPECKS = "[\\s\\p{P}\\p{S}&&[^@.\\-/]]";
    // Letters this many text heights or more from the value after them in their cell are a label.
    private static final double LABEL_GAP = 1.0;

    private LatinLabels() {
    }

    /** The boxes of the labels of {@code page} read as Latin letters, to be read again in Chinese. */
    static List<FieldRegion> of(OcrPage page) {
        if (page.words().isEmpty() || hanCount(page.words()) < CHINESE_PAGE) {
            return List.of();
        }
        List<FieldRegion> out = new ArrayList<>();
        List<List<OcrWord>> rows = VisualRows.rows(page.words());
        int text = VisualRows.medianHeight(page.words());
        for (int r = 0; r < rows.size() && out.size() < PER_PAGE; r++) {
            // A row read as letters is read whole as well as cell by cell: which reading stands is the OCR layer's to
            // tell (OcrPage.withLabelsRead: the whole row's, unless a number in it makes it junk).
            lettersRow(rows.get(r), r, page, text).ifPresent(out::add);
            List<List<OcrWord>> cells = VisualRows.cells(rows.get(r));
            for (List<OcrWord> cell : cells) {
                Optional<FieldRegion> box = label(cell, r, page);
                if (box.isEmpty() && cells.size() > 1) {
                    box = lettersCell(cell, r, page);
                }
                if (box.isEmpty() && cells.size() > 1) {
                    box = lettersBeforeValue(cell, r, page);
                }
                if (out.size() < PER_PAGE) {
                    box.ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * A whole row read as nothing but letters, two words or more ("EP EAR TRERALREARA A" for 公司名称 and the name,
     * "BPR KEP" for 客户等级 重要客户, tuning-1896, -1621): the {@code eng} half read a label and its value together,
     * and neither is found. Its box, the page's text height tall at least, is read in Chinese and the reading replaces
     * the row ({@link OcrPage#LETTERS}). A row with a digit, an @ or a Latin label (E-mail, Customer Name) is left
     * alone: an address, a number, or Latin on the paper.
     */
    private static Optional<FieldRegion> lettersRow(List<OcrWord> row, int r, OcrPage page, int text) {
        if (row.size() < 2) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder();
        for (OcrWord w : row) {
            String t = w.text();
            String l = letters(List.of(w));
            if (t.chars().anyMatch(c -> Character.isDigit(c) || c == '@' || TextNormalizer.isHan((char) c))
                    || !l.isEmpty() && (!latinLabelLike(l) || ENGLISH.contains(l.toLowerCase(Locale.ROOT)))) {
                return Optional.empty();
            }
            all.append(l);
        }
        if (all.length() < ROW_LETTERS) {
            return Optional.empty();
        }
        int pad = VisualRows.pad(text);
        int x0 = Math.max(0, row.get(0).x() - pad);
        int x1 = row.stream().mapToInt(w -> w.x() + w.width()).max().orElse(0) + pad;
        int mid = (row.stream().mapToInt(OcrWord::y).min().orElse(0) + row.stream().mapToInt(w -> w.y() + w.height()).max().orElse(0)) / 2;
        int half = Math.max(mid - row.stream().mapToInt(OcrWord::y).min().orElse(mid), text / 2) + pad;
        int y0 = Math.max(0, mid - half);
        int y1 = page.height() > 0 ? Math.min(page.height(), mid + half) : mid + half;
        x1 = page.width() > 0 ? Math.min(page.width(), x1) : x1;
        return x1 <= x0 || y1 <= y0 ? Optional.empty()
                : Optional.of(new FieldRegion(OcrPage.LETTERS, r, x0, y0, x1 - x0, y1 - y0, "", 0, FieldRegion.CHINESE));
    }

    // The fewest letters a row read as letters holds: a Chinese label and value come out as more.
    private static final int ROW_LETTERS = 4;

    // The words of the label table's Latin labels (customer, name, file, no…): a row of them is Latin on the paper.
    private static final Set<String> ENGLISH = Label.load().stream().map(Label::text)
            .filter(t -> t.chars().anyMatch(c -> c < 128 && Character.isLetter(c)))
            .flatMap(t -> Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^a-z]+")))
            .filter(w -> w.length() >= 2).collect(Collectors.toUnmodifiableSet());

    /**
     * A table cell read as nothing but letters ("A BIA" for 建档日期 on a card, "fa" for the contact
     * 张伟): its whole box. A cell that is Latin on the paper (VIP) reads as letters in Chinese too, and
     * then nothing changes; one with digits, an @ or a dash is a number, an address or a code, left alone.
     */
    private static Optional<FieldRegion> lettersCell(List<OcrWord> cell, int row, OcrPage page) {
        if (!latinLabelLike(letters(cell))) {
            return Optional.empty();
        }
        return box(cell, row, page, cell.get(cell.size() - 1).x() + cell.get(cell.size() - 1).width());
    }

    /**
     * A cell that opens with letters and then, a label's gap on, its value in Chinese or digits ("FRG
     * 教育培训" for 行业分类 教育培训, tuning-0306: the value's cell gap was narrower than a cell gap):
     * the box of the letters, short of the value. Letters a word's space from what follows (VIP 客户)
     * are a value.
     */
    private static Optional<FieldRegion> lettersBeforeValue(List<OcrWord> cell, int row, OcrPage page) {
        int n = 0;
        while (n < cell.size() && latinLabelLike(letters(cell.subList(n, n + 1)))) {
            n++;
        }
        if (n == 0 || n == cell.size() || !latinLabelLike(letters(cell.subList(0, n)))) {
            return Optional.empty();
        }
        List<OcrWord> label = cell.subList(0, n);
        OcrWord last = label.get(n - 1);
        OcrWord value = cell.get(n);
        int height = label.stream().mapToInt(OcrWord::height).sorted().toArray()[(n - 1) / 2];
        char first = value.text().strip().isEmpty() ? ' ' : value.text().strip().charAt(0);
        if (value.x() - (last.x() + last.width()) < LABEL_GAP * height
                || !(TextNormalizer.isHan(first) || Character.isDigit(first) || first == '(' || first == '（')) {
            return Optional.empty();
        }
        return box(label, row, page, last.x() + last.width()).flatMap(b -> shortOf(b, value.x() - 1));
    }

    // The letters of a cell's words, the specks and quote marks OCR read around them left out.
    private static String letters(List<OcrWord> words) {
        return words.stream().map(OcrWord::text).reduce("", String::concat)
                .replaceAll(SPECKS, "").replaceAll("\\.+$", ""); // a dot inside is a domain's
    }

    // Text that can be a Chinese label read as letters: letters only, not too many, no Latin label.
    private static boolean latinLabelLike(String text) {
        return !text.isEmpty() && text.length() <= LONGEST && text.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                && !LATIN_LABEL.matcher(text).matches();
    }

    // {@code b} ending at {@code x1} at the latest; empty when nothing of it is left.
    private static Optional<FieldRegion> shortOf(FieldRegion b, int x1) {
        int end = Math.min(b.x() + b.width(), x1);
        return end <= b.x() ? Optional.empty() : Optional.of(new FieldRegion(b.field(), b.row(), b.x(), b.y(),
                end - b.x(), b.height(), b.characters(), b.snapLeft(), b.language()));
    }

    // The label at the start of a cell, up to its colon, when it was read as letters.
    private static Optional<FieldRegion> label(List<OcrWord> cell, int row, OcrPage page) {
        StringBuilder before = new StringBuilder();
        int colonWord = -1;
        int colonAt = -1;
        for (int i = 0; i < cell.size() && colonWord < 0; i++) {
            String t = cell.get(i).text();
            int c = colon(t);
            if (c >= 0) {
                colonWord = i;
                colonAt = c;
                before.append(t, 0, c);
            } else {
                before.append(t);
            }
        }
        if (colonWord < 0) {
            return Optional.empty();
        }
        String label = before.toString().replaceAll("[\\s()（）\\[\\]【】〈〉《》<>{}|]", "");
        if (label.length() < SHORTEST || label.length() > LONGEST || TextNormalizer.hasHan(label)
                || !LETTER.matcher(label).find() || LATIN_LABEL.matcher(label.replaceAll("[.#:]", "")).matches()) {
            return Optional.empty();
        }
        // A colon read at the head of the value's word (":乌鲁木齐…") leaves that word out of the box.
        boolean colonOpensValue = colonAt == 0 && colonWord > 0 && cell.get(colonWord).text().strip().length() > 1;
        List<OcrWord> words = cell.subList(0, colonOpensValue ? colonWord : colonWord + 1);
        OcrWord last = words.get(words.size() - 1);
        // Where the colon's word goes on into the value ("HA:2019"), the box ends at the colon, its
        // place estimated from the characters before it.
        boolean wholeLast = colonOpensValue || colonAt + 1 >= last.text().length();
        int end = wholeLast ? last.x() + last.width()
                : last.x() + (int) Math.round(last.width() * (colonAt + 1.0) / last.text().length());
        Optional<FieldRegion> box = box(words, row, page, end);
        if (box.isEmpty() || words.size() == cell.size() && wholeLast) {
            return box;
        }
        // Never into the next word, nor past an estimated colon.
        return shortOf(box.get(), wholeLast ? cell.get(words.size()).x() - 1 : end);
    }

    // The box of {@code words} to {@code end}, a margin around.
    private static Optional<FieldRegion> box(List<OcrWord> words, int row, OcrPage page, int end) {
        int height = words.stream().mapToInt(OcrWord::height).sorted().toArray()[(words.size() - 1) / 2];
        int pad = VisualRows.pad(height);
        OcrWord first = words.get(0);
        int x1 = end + pad;
        int x0 = Math.max(0, first.x() - pad);
        int y0 = Math.max(0, words.stream().mapToInt(OcrWord::y).min().orElse(0) - pad);
        int y1 = words.stream().mapToInt(w -> w.y() + w.height()).max().orElse(0) + pad;
        x1 = page.width() > 0 ? Math.min(page.width(), x1) : x1;
        y1 = page.height() > 0 ? Math.min(page.height(), y1) : y1;
        if (x1 <= x0 || y1 <= y0) {
            return Optional.empty();
        }
        return Optional.of(new FieldRegion(LABEL, row, x0, y0, x1 - x0, y1 - y0, "", 0, FieldRegion.CHINESE));
    }

    private static int colon(String text) {
        int a = text.indexOf(':');
        int b = text.indexOf('：');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static long hanCount(List<OcrWord> words) {
        return words.stream().flatMapToInt(w -> w.text().chars()).filter(c -> TextNormalizer.isHan((char) c)).count();
    }
}
