package cn.archive.ingest.ocr;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.record.ExtractedFields;
import cn.archive.ingest.record.RecordJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * A measurement for choosing how a customer name's box is read again, not a product path: for every
 * name box of a cached OCR run ({@code ExtractionBench --ocr-cache}; every plausible name gets one when
 * run with {@code -Darchive.reread.names.doubt=1.01}), reads the box on the prepared page image (rebuilt
 * as {@link TesseractEngine} prepares it) with several readers: the larger chi_sim as it is ({@code large},
 * as the pipeline does), Debian's chi_sim ({@code pagebox}), (the larger model's legacy
 * classifier, tried, read every name as junk), the larger model on the box twice its size ({@code large-x2}), on the box thresholded
 * light and dark ({@code large-thick}, {@code large-thin}), and Debian's twice its size ({@code page-x2}).
 * Prints one line per box (truth, the extracted name, the page's words under the box, every reading) and
 * writes the pages, with these readings added to their re-readings, to OUT_DIR, for extraction rules to be
 * replayed on them. Usage (test classpath, OMP_THREAD_LIMIT=1):
 * {@code NameRereadExperiment FILES_DIR CACHE_DIR OUT_DIR [FROM TO]} (file indexes FROM ≤ i < TO).
 */
public final class NameRereadExperiment {

    private static final TessAPI API = LoadLibs.getTessAPIInstance();

    private NameRereadExperiment() {
    }

    /** One Tesseract handle reading a box as a single line. */
    private static final class Box implements AutoCloseable {
        final TessBaseAPI handle = API.TessBaseAPICreate();
        final OcrSettings settings;

        Box(OcrSettings settings, Path data, int oem) {
            this.settings = settings;
            if (API.TessBaseAPIInit2(handle, data.toString(), "chi_sim", oem) != 0) {
                throw new IllegalStateException("cannot load chi_sim from " + data + " with oem " + oem);
            }
            API.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
            API.TessBaseAPISetVariable(handle, "textord_noise_rejrows", "0");
        }

        String[] read(byte[] pixels, int w, int h) {
            try {
                int rc = TesseractEngine.recogniseGray(handle, pixels, w, h, settings);
                if (rc != 0) {
                    return new String[] {"", "0"};
                }
                String text = TesseractEngine.utf8(API.TessBaseAPIGetUTF8Text(handle)).strip();
                double c = text.isEmpty() ? 0.0 : API.TessBaseAPIMeanTextConf(handle) / 100.0;
                return new String[] {text, Double.toString(c)};
            } finally {
                API.TessBaseAPIClear(handle);
            }
        }

        @Override
        public void close() {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path files = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path outDir = Path.of(args[2]);
        int from = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int to = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        Files.createDirectories(outDir);
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        FieldExtractor extractor = new FieldExtractor();
        FieldRegions regions = extractor.rereadRegions();
        try (Box page = new Box(settings, settings.dataPath(), 1);
             PageOrientation orientation = PageOrientation.load(settings.dataPath())) {
            // The larger model's config sets process-wide parameters: put them back (as TesseractEngine does).
            Map<String, String> before = TesseractEngine.parameters(page.handle, TesseractEngine.LARGE_MODEL_CONFIG);
            Box large = new Box(settings, settings.rereadDataPath(), 1);
            before.forEach((n, v) -> API.TessBaseAPISetVariable(page.handle, n, v));
            List<Path> all;
            try (var s = Files.list(cache)) {
                all = s.filter(p -> p.toString().endsWith(".pages.json")).sorted().toList();
            }
            for (Path json : all) {
                String name = json.getFileName().toString().replace(".pages.json", "");
                int index = Integer.parseInt(name.substring(7, 11));
                if (index < from || index >= to) {
                    continue;
                }
                JsonNode truthNode = RecordJson.mapper().readTree(files.resolve(name + ".json").toFile());
                String truth = truthNode.path("customer").path("name").asText("");
                int rotation = truthNode.path("scan").path("rotation").asInt(0);
                List<OcrPage> pages = RecordJson.mapper().readValue(json.toFile(), new TypeReference<List<OcrPage>>() { });
                ExtractedFields fields = extractor.extract(pages);
                String extracted = fields.customer() == null ? null : fields.customer().name();
                double conf = fields.confidence().getOrDefault("customer.name", -1.0);
                List<OcrPage> written = new ArrayList<>();
                List<BufferedImage> images = null;
                for (int i = 0; i < pages.size(); i++) {
                    OcrPage p = pages.get(i);
                    List<FieldRegion> boxes = p.words().isEmpty() ? List.of()
                            : regions.of(p).stream().filter(r -> r.field().equals("customer.name")).toList();
                    if (boxes.isEmpty()) {
                        written.add(p);
                        continue;
                    }
                    if (images == null) {
                        images = EmailRereadExperiment.images(files.resolve(name), settings.dpi());
                    }
                    BufferedImage gray = PageImages.gray(images.get(i));
                    boolean turned = gray.getWidth() != gray.getHeight()
                            && (gray.getWidth() > gray.getHeight()) != (p.width() > p.height());
                    if (rotation != 0 && (turned || rotation == 180)) {
                        gray = PageImages.quarterTurn(gray, orientation.clockwiseTurn(gray, settings.dpi()));
                    }
                    BufferedImage prepared = Deskew.straighten(gray);
                    if (prepared == gray) {
                        prepared = PageImages.copy(gray);
                    }
                    RuledLines.erase(prepared);
                    List<FieldReading> rereads = new ArrayList<>(p.rereads());
                    for (FieldRegion box : boxes) {
                        int y = Math.max(0, box.y());
                        int h = Math.min(prepared.getHeight(), box.y() + box.height()) - y;
                        int x = Math.max(0, h > 0 ? LineReader.snapLeft(prepared, box, y, h) : box.x());
                        int w = Math.min(prepared.getWidth(), box.x() + box.width()) - x;
                        if (w <= 0 || h <= 0) {
                            continue;
                        }
                        byte[] px = LineReader.crop(prepared, x, y, w, h);
                        byte[] px2 = LineReader.scaled(px, w, h, 2 * w, 2 * h);
                        Map<String, String[]> said = new LinkedHashMap<>();
                        said.put(FieldReading.LARGE_MODEL, large.read(px, w, h));
                        said.put("pagebox", page.read(px, w, h));
                        said.put("large-x2", large.read(px2, 2 * w, 2 * h));
                        said.put("large-thick", large.read(LineReader.binarised(px, LineReader.BOLD_LEVEL), w, h));
                        said.put("large-thin", large.read(LineReader.binarised(px, 90), w, h));
                        said.put("page-x2", page.read(px2, 2 * w, 2 * h));
                        boolean hadLarge = p.rereads().stream().anyMatch(r -> r.field().equals(box.field())
                                && r.row() == box.row() && FieldReading.LARGE_MODEL.equals(r.model()));
                        StringBuilder line = new StringBuilder(String.format("%s\t%s\t%s\t%.3f\t%s", name, truth,
                                extracted, conf, under(p, box)));
                        for (var e : said.entrySet()) {
                            line.append('\t').append(e.getKey()).append('=').append(e.getValue()[0].replace(" ", ""))
                                    .append('@').append(String.format("%.3f", Double.parseDouble(e.getValue()[1])));
                            if (!(hadLarge && e.getKey().equals(FieldReading.LARGE_MODEL))) {
                                rereads.add(FieldReading.of(box, e.getValue()[0], Double.parseDouble(e.getValue()[1]), e.getKey()));
                            }
                        }
                        if (hadLarge) {
                            String cached = p.rereads().stream().filter(r -> r.field().equals(box.field())
                                    && r.row() == box.row() && FieldReading.LARGE_MODEL.equals(r.model()))
                                    .map(r -> r.text().replace(" ", "")).findFirst().orElse("");
                            line.append("\tcached-large=").append(cached);
                        }
                        out.println(line);
                    }
                    written.add(p.withRereads(rereads));
                }
                RecordJson.mapper().writeValue(outDir.resolve(name + ".pages.json").toFile(), written);
            }
            large.close();
        }
    }

    // The page's words the box covers (their centres inside it), with their confidences.
    private static String under(OcrPage p, FieldRegion box) {
        StringBuilder s = new StringBuilder();
        for (OcrWord w : p.words()) {
            int cx = w.x() + w.width() / 2;
            int cy = w.y() + w.height() / 2;
            if (cx >= box.x() && cx <= box.x() + box.width() && cy >= box.y() && cy <= box.y() + box.height()) {
                s.append(w.text()).append(String.format("(%.2f)", w.confidence())).append(' ');
            }
        }
        return s.toString().strip();
    }
}
