package cn.archive.ingest.bench;

import cn.archive.ingest.index.SearchIndex;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./archive bench search --docs N}: loads N synthetic records into a new index version behind
 * the alias, then times the HTTP API's search forms (keyword, keyword + facets, phone last 4, archive
 * number, name completion) and prints p50/p95/p99. A command, not a test: figures depend on the machine.
 *
 * <p>Options: {@code --docs N} (required), {@code --requests R} (500), {@code --skip-load} (time what
 * the index holds), {@code --threads T} (2 bulk loaders), {@code --api URL}, {@code --user U}; the
 * password comes from {@code ARCHIVE_BENCH_PASSWORD}, Elasticsearch from {@code ARCHIVE_ES_URL}.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-load")) {
                opts.put("skip-load", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                usage("unexpected argument '" + args[i] + "'");
            }
        }
        if (!opts.containsKey("docs")) {
            usage("--docs N is required");
        }
        int docs = Integer.parseInt(opts.get("docs"));
        String es = env("ARCHIVE_ES_URL", null);
        String password = env("ARCHIVE_BENCH_PASSWORD", null);
        if (es == null || password == null) {
            usage("set ARCHIVE_ES_URL and ARCHIVE_BENCH_PASSWORD (./archive bench search does)");
        }
        if (!opts.containsKey("skip-load")) {
            try (SearchIndex index = new SearchIndex(es, env("ARCHIVE_INDEX_ALIAS", "archive-documents"))) {
                new BenchLoader(index, out).load(docs, Integer.parseInt(opts.getOrDefault("threads", "2")));
            }
        }
        List<String> forms = opts.containsKey("forms") ? List.of(opts.get("forms").split(",")) : LoadRun.FORMS;
        if (!LoadRun.FORMS.containsAll(forms)) {
            usage("--forms takes names from " + String.join(",", LoadRun.FORMS) + ", not '" + opts.get("forms") + "'");
        }
        new LoadRun(opts.getOrDefault("api", "http://127.0.0.1:8080"), opts.getOrDefault("user", "admin"), password, out)
                .run(docs, Integer.parseInt(opts.getOrDefault("requests", "500")), forms);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void usage(String why) {
        System.err.println("bench search: " + why + "\nusage: ./archive bench search --docs N [--requests R]"
                + " [--skip-load] [--threads T] [--forms " + String.join(",", LoadRun.FORMS) + "]");
        System.exit(2);
    }
}
