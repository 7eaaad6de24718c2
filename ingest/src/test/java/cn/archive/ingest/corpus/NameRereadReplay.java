package cn.archive.ingest.corpus;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.FieldRegions;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measurement for the lead, not a product path: copies an OCR cache of {@code ExtractionBench --ocr-cache}
 * made by code that read every doubtful name's box both as it is and bold, leaving out the name readings the
 * code on the classpath would not ask for (no name region on that row: {@code NameCorrection.READ}). The bench run on the copy then extracts exactly what a fresh OCR with this code would, provided
 * the boxes asked for are the same. Prints how many name readings were dropped. Usage:
 * {@code NameRereadReplay FROM_CACHE TO_CACHE} (with {@code -Darchive.reread.names.*} as for the bench).
 */
public final class NameRereadReplay {

    private static final String NAME = "customer.name";

    private NameRereadReplay() {
    }

    public static void main(String[] args) throws Exception {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        FieldRegions regions = new FieldExtractor().rereadRegions();
        int kept = 0;
        int dropped = 0;
        List<Path> all;
        try (Stream<Path> s = Files.list(from)) {
            all = s.sorted().toList();
        }
        for (Path p : all) {
            if (!p.toString().endsWith(".pages.json")) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            List<OcrPage> pages = RecordJson.mapper().readValue(p.toFile(), new TypeReference<List<OcrPage>>() { });
            List<OcrPage> out = new ArrayList<>();
            for (OcrPage page : pages) {
                List<FieldRegion> asked = regions.of(page.withRereads(List.of()));
                List<FieldReading> readings = new ArrayList<>();
                for (FieldReading r : page.rereads()) {
                    boolean keep = !NAME.equals(r.field())
                            || asked.stream().anyMatch(a -> NAME.equals(a.field()) && a.row() == r.row());
                    if (keep) {
                        readings.add(r);
                        kept++;
                    } else {
                        dropped++;
                        System.out.printf("dropped %s row %d %s %s %.2f%n", p.getFileName(), r.row(), r.model(), r.text(), r.confidence());
                    }
                }
                out.add(page.withRereads(readings));
            }
            RecordJson.mapper().writeValue(to.resolve(p.getFileName()).toFile(), out);
        }
        System.out.printf("readings kept %d, name readings dropped %d%n", kept, dropped);
    }
}
