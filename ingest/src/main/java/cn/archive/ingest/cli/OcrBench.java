package cn.archive.ingest.cli;

import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.ocr.TesseractEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * {@code ./archive bench ocr FILE…}: one page's OCR inside the pipeline (a reused in-process
 * engine) beside the {@code tesseract} command on the same page, both single-threaded
 * ({@code OMP_THREAD_LIMIT=1}), same language and page segmentation. Prints medians and the ratio.
 */
final class OcrBench {

    private OcrBench() {
    }

    static int run(List<String> files, int rounds, PrintStream out) throws Exception {
        OcrSettings settings = OcrSettings.defaults(System.getenv());
        out.printf("OCR benchmark: language %s, psm %d, %d rounds per page, OMP_THREAD_LIMIT=%s%n",
                settings.language(), settings.pageSegMode(), rounds, System.getenv("OMP_THREAD_LIMIT"));
        out.printf("%-44s %12s %12s %8s%n", "page", "in-process", "tesseract", "ratio");
        try (TesseractEngine engine = new TesseractEngine(settings)) {
            for (String file : files) {
                BufferedImage page = ImageIO.read(Path.of(file).toFile());
                if (page == null) {
                    throw new IOException(file + " is not an image ImageIO can read");
                }
                engine.recognise(page); // warm-up: the engine is reused in the pipeline, so is here
                List<Double> inProcess = new ArrayList<>();
                List<Double> cli = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    engine.recognise(ImageIO.read(Path.of(file).toFile()));
                    inProcess.add((System.nanoTime() - t0) / 1e6);
                    cli.add(tesseractCommand(file, settings));
                }
                double a = median(inProcess);
                double b = median(cli);
                out.printf("%-44s %9.0f ms %9.0f ms %8.2f%n", Path.of(file).getFileName(), a, b, b / a);
            }
        }
        out.println("ratio = tesseract command time / in-process time (above 1: the pipeline is faster)");
        return 0;
    }

    /** Milliseconds of one {@code tesseract FILE stdout} run, including its model load as a user would see. */
    private static double tesseractCommand(String file, OcrSettings settings) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", file, "stdout", "-l", settings.language(),
                "--psm", String.valueOf(settings.pageSegMode()), "--tessdata-dir", settings.dataPath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(Map.of("OMP_THREAD_LIMIT", "1"));
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IOException("tesseract exited with " + p.exitValue() + " on " + file);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
