package cn.archive.ingest.corpus;

import cn.archive.ingest.record.RecordJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The scan corpus (扫描语料): seeded, reproducible customer files of every kind, scanned every way,
 * each written beside a {@code .json} ground truth in record-schema.md's shape. File {@code i} of a
 * split depends only on the split's seed and {@code i}, so a larger count keeps the smaller one.
 * Generated into a directory at test or benchmark time; nothing generated is committed.
 */
public final class ScanCorpus {

    /**
     * A split: the tuning split extraction may be improved against, and the held-out split (another
     * seed, another mix of kinds, label synonyms never used in tuning) it is only measured on.
     */
    public enum Split {
        TUNING(20_231_115L, false, new int[] {3, 2, 2, 1, 1, 1}),
        HELDOUT(7_770_419L, true, new int[] {2, 2, 2, 2, 1, 2});

        final long seed;
        final boolean heldOut;
        final int[] kindWeights; // in PaperKind order

        Split(long seed, boolean heldOut, int[] kindWeights) {
            this.seed = seed;
            this.heldOut = heldOut;
            this.kindWeights = kindWeights;
        }
    }

    /** One generated file and what it truly says. */
    public record CorpusFile(Path file, PaperKind kind, int pages, int rotation, GroundTruth truth) {
    }

    private ScanCorpus() {
    }

    public static List<CorpusFile> generate(Split split, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<CorpusFile> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(generate(split, i, null, dir));
        }
        return files;
    }

    /** File {@code index} of the split; {@code kind} forces the kind of paper (null: the split's mix). */
    public static CorpusFile generate(Split split, int index, PaperKind kind, Path dir) throws IOException {
        Random random = new Random(split.seed * 1_000_003L + index);
        PaperKind k = kind != null ? kind : kind(split, random);
        Paper paper = compose(k, random, split.heldOut);
        ScanConditions c = ScanConditions.draw(random, paper.sheets().size());
        GroundTruth t = paper.truth();
        String name = String.format("%s-%04d-%s.%s", split.name().toLowerCase(), index,
                k.name().toLowerCase().replace('_', '-'), c.format().extension);
        Path file = dir.resolve(name);
        // -Darchive.corpus.reuse=true: a file already generated into dir (--keep) is not drawn again, the
        // slow part; its truth, composed before the scan, is the same.
        boolean reuse = Boolean.getBoolean("archive.corpus.reuse") && Files.exists(file)
                && Files.exists(dir.resolve(name + ".json"));
        if (reuse) {
            // nothing to write
        } else if (c.format() == ScanConditions.Format.BORN_DIGITAL_PDF) {
            FileFormats.bornDigitalPdf(paper.sheets(), file);
        } else {
            List<BufferedImage> pages = new ArrayList<>();
            for (Sheet sheet : paper.sheets()) {
                pages.add(Scanner.scan(sheet, c, random));
            }
            FileFormats.writeScan(pages, c, file);
        }
        t.file = name;
        t.kind = k.name();
        t.format = c.format().name();
        t.font = c.font();
        t.dpi = c.dpi();
        t.rotation = c.rotation();
        t.pages = paper.sheets().size();
        if (!reuse) {
            RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".json").toFile(), t.json());
        }
        return new CorpusFile(file, k, t.pages, c.rotation(), t);
    }

    private static PaperKind kind(Split split, Random random) {
        int total = 0;
        for (int w : split.kindWeights) {
            total += w;
        }
        int n = random.nextInt(total);
        for (PaperKind k : PaperKind.values()) {
            n -= split.kindWeights[k.ordinal()];
            if (n < 0) {
                return k;
            }
        }
        throw new IllegalStateException("kind weights do not cover " + n);
    }

    private static Paper compose(PaperKind kind, Random random, boolean heldOut) {
        FakeCustomers fake = new FakeCustomers(random);
        Handwriting hand = new Handwriting(random);
        Wording words = new Wording(random, heldOut);
        FormPapers forms = new FormPapers(random, fake, hand, words);
        BusinessPapers business = new BusinessPapers(random, fake, hand, words);
        return switch (kind) {
            case REGISTRATION_FORM -> forms.registrationForm();
            case CUSTOMER_CARD -> forms.customerCard();
            case INDIVIDUAL -> forms.individual();
            case CONTRACT -> business.contract();
            case FEEDBACK_FORM -> business.feedback();
            case TRANSACTION_LEDGER -> business.ledger();
        };
    }
}
