package cn.archive.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data tables shipped beside these classes ('#' starts a comment line). */
final class Tables {

    private Tables() {
    }

    static List<String[]> read(String name) {
        InputStream in = Tables.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing extraction table '" + name + "' on the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read extraction table '" + name + "'", ex);
        }
        return rows;
    }

    static String column(String[] row, int i) {
        return i < row.length && !row[i].isBlank() ? row[i].strip() : null;
    }
}
