package cn.archive.ingest.ocr;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement, not a product path: what keeping the LSTM's runners-up ({@code lstm_choice_mode=2} and the walk
 * over the glyphs, {@link LineReader}) costs an e-mail box's reading. Reads the e-mail boxes of the first files of
 * a cached OCR run with two readers in the same process, turn about (a reader as the pipeline has it, and one
 * with the choice mode off), and prints the summed time of each and their ratio. Usage (test classpath,
 * OMP_THREAD_LIMIT=1): {@code EmailChoiceCost FILES_DIR CACHE_DIR FILES ROUNDS}.
 */
public final class EmailChoiceCost {

    private EmailChoiceCost() {
    }

    public static void main(String[] args) throws Exception {
        Path files = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int wanted = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        FieldRegions regions = new FieldExtractor().rereadRegions();
        List<BufferedImage> pages = new ArrayList<>();
        List<FieldRegion> boxes = new ArrayList<>();
        try (PageOrientation orientation = PageOrientation.load(settings.dataPath())) {
            for (Path json : EmailRereadExperiment.cachedPages(cache)) {
                if (pages.size() >= wanted) {
                    break;
                }
                String name = json.getFileName().toString().replace(".pages.json", "");
                JsonNode truth = RecordJson.mapper().readTree(files.resolve(name + ".json").toFile());
                List<OcrPage> read = RecordJson.mapper().readValue(json.toFile(), new TypeReference<List<OcrPage>>() { });
                List<FieldRegion> mine = regions.of(read.get(0)).stream().filter(r -> r.field().equals("customer.email")).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                BufferedImage image = EmailRereadExperiment.images(files.resolve(name), settings.dpi()).get(0);
                pages.add(EmailRereadExperiment.prepared(image, truth.path("scan").path("rotation").asInt(0), orientation, settings));
                boxes.add(mine.get(0));
            }
        }
        long with = 0;
        long without = 0;
        try (LineReader choices = new LineReader(settings, FieldRegion.LATIN);
             LineReader plain = new LineReader(settings, FieldRegion.LATIN)) {
            plain.choicesOff(); // the reader as it was before runners-up were kept
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < pages.size(); i++) {
                    boolean first = (round + i) % 2 == 0;
                    for (LineReader r : first ? List.of(choices, plain) : List.of(plain, choices)) {
                        long t = System.nanoTime();
                        r.read(pages.get(i), boxes.get(i), TesseractEngine.EMAIL_HEIGHT, FieldReading.SCALED);
                        r.read(pages.get(i), boxes.get(i));
                        long spent = System.nanoTime() - t;
                        if (r == choices) {
                            with += spent;
                        } else {
                            without += spent;
                        }
                    }
                }
            }
        }
        System.out.printf("%d boxes x %d rounds (as is + scaled): runners-up kept %d ms, not %d ms, ratio %.3f%n",
                pages.size(), rounds, with / 1_000_000, without / 1_000_000, (double) with / without);
    }
}
