package cn.archive.ingest.ocr;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A measurement tool, not a product path: adds to a cached OCR run ({@code ExtractionBench --ocr-cache})
 * the re-readings of the digit-valued boxes (landline, mobile, archive number) that the pipeline would now
 * make, read on the prepared page image rebuilt as {@code EmailRereadExperiment} rebuilds it, as it is and
 * scaled ({@link TesseractEngine#EMAIL_HEIGHT}), so that extraction can be compared before and after on the
 * very same page OCR. Run with {@code -Darchive.reread.digits=1.01} to read every such box, and compare the
 * thresholds at extraction. Usage (test classpath, OMP_THREAD_LIMIT=1):
 * {@code DigitRereadInjector FILES_DIR CACHE_IN CACHE_OUT [INDEX…] [--prune]}.
 */
public final class DigitRereadInjector {

    private static final Set<String> FIELDS = Set.of("customer.phone", "customer.mobile", "archiveNo");

    private DigitRereadInjector() {
    }

    public static void main(String[] args) throws Exception {
        Path files = Path.of(args[0]);
        Path in = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Set<String> only = new HashSet<>(List.of(args).subList(3, args.length));
        boolean prune = only.remove("--prune");
        Files.createDirectories(out);
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        FieldRegions regions = new FieldExtractor().rereadRegions();
        int read = 0;
        try (LineReader eng = new LineReader(settings, "eng");
             PageOrientation orientation = PageOrientation.load(settings.dataPath())) {
            for (Path json : EmailRereadExperiment.cachedPages(in)) {
                String name = json.getFileName().toString().replace(".pages.json", "");
                if (!only.isEmpty() && !only.contains(name.substring(7, 11))) {
                    continue;
                }
                JsonNode truthNode = RecordJson.mapper().readTree(files.resolve(name + ".json").toFile());
                int rotation = truthNode.path("scan").path("rotation").asInt(0);
                List<OcrPage> pages = RecordJson.mapper().readValue(json.toFile(), new TypeReference<List<OcrPage>>() { });
                List<OcrPage> written = new ArrayList<>();
                List<BufferedImage> images = null;
                for (int i = 0; i < pages.size(); i++) {
                    OcrPage page = pages.get(i);
                    List<FieldRegion> boxes = regions.of(page).stream().filter(r -> FIELDS.contains(r.field())).toList();
                    if (boxes.isEmpty() && !prune) {
                        written.add(page);
                        continue;
                    }
                    if (prune) {
                        written.add(pruned(page, boxes));
                        continue;
                    }
                    if (images == null) {
                        images = EmailRereadExperiment.images(files.resolve(name), settings.dpi());
                    }
                    BufferedImage prepared = EmailRereadExperiment.prepared(images.get(i), rotation, orientation, settings);
                    List<FieldReading> rereads = new ArrayList<>(page.rereads());
                    for (FieldRegion box : boxes) {
                        FieldReading first = eng.read(prepared, box);
                        rereads.add(first);
                        read++;
                        // as TesseractEngine.readAgain: scaled only where the first reading does not confirm the page
                        if (!box.confirmedBy(first) || Boolean.getBoolean("archive.reread.both")) {
                            rereads.add(eng.read(prepared, box, TesseractEngine.EMAIL_HEIGHT, FieldReading.SCALED));
                            read++;
                        }
                    }
                    written.add(page.withRereads(rereads));
                }
                RecordJson.mapper().writeValue(out.resolve(json.getFileName()).toFile(), written);
            }
        }
        System.out.println(read + " digit box readings added");
    }

    /**
     * {@code --prune}: a cache injected with both readings of every box, less the readings of boxes not asked
     * for and the scaled reading where the first confirms the page's number (what {@link TesseractEngine} now
     * reads), without reading anything.
     */
    private static OcrPage pruned(OcrPage page, List<FieldRegion> boxes) {
        List<FieldReading> kept = new ArrayList<>(page.rereads().stream().filter(r -> !FIELDS.contains(r.field())).toList());
        for (FieldRegion box : boxes) {
            List<FieldReading> mine = page.rereads().stream().filter(r -> r.field().equals(box.field()) && r.row() == box.row())
                    .toList();
            boolean confirmed = mine.stream().anyMatch(r -> FieldReading.PAGE_MODEL.equals(r.model()) && box.confirmedBy(r));
            mine.stream().filter(r -> !(confirmed && FieldReading.SCALED.equals(r.model()))).forEach(kept::add);
        }
        return page.withRereads(kept);
    }
}
