package cn.archive.ingest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Requests against the running HTTP API, one after another, and their latency percentiles per
 * kind of query. Latency is measured at the client, so it includes the app, security and JSON.
 */
final class LoadRun {

    private static final String[] KEYWORDS = {"华联", "西湖", "数控车床", "交货周期", "人民路", "软件", "物流", "付款方式",
        "合同续签", "精密机械", "商贸", "回访客户"};
    private static final String[] REGIONS = {"华东", "华南", "华北", "华中", "西南"};
    private static final String[] INDUSTRIES = {"C", "F", "I", "G", "K", "J", "L"};
    private static final String[] TIERS = {"VIP", "KEY", "STANDARD", "PROSPECT"};

    // A browser logs in once and sends its session cookie; so does this load run for the queries.
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies).build();
    private final HttpClient cookieless = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String user;
    private final String password;
    private final String basic;
    private final PrintStream out;

    LoadRun(String api, String user, String password, PrintStream out) {
        this.api = api.replaceAll("/$", "");
        this.user = user;
        this.password = password;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.out = out;
    }

    /** The browser's form login: the CSRF token from its cookie, then the session cookie is kept. */
    private void logIn() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(api + "/login.html")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IOException("the login page set no XSRF-TOKEN cookie"));
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.contains("unavailable")) {
            throw new IOException("form login as " + user + " failed: " + r.statusCode() + " " + location);
        }
    }

    /** The query forms, by the names {@code --forms} takes, in the order they run. */
    static final List<String> FORMS = List.of("basic", "session", "keyword", "facets", "phone", "archive", "completion");

    void run(int documents, int requests) throws IOException, InterruptedException {
        run(documents, requests, FORMS);
    }

    /** Times the given {@link #FORMS} (each with its own random sequence, so a subset times the same requests). */
    void run(int documents, int requests, List<String> forms) throws IOException, InterruptedException {
        SyntheticRecords records = new SyntheticRecords(documents);
        out.printf("%-34s %8s %8s %8s %8s  (ms, %d requests each, sequential, after %d warm-up)%n",
                "query", "p50", "p95", "p99", "max", requests, requests / 5);
        if (forms.contains("basic")) {
            // What a program pays on every request with HTTP Basic: the bcrypt check of its password.
            measure("Basic auth only (no Elasticsearch)", requests, r -> "/api/suggest?q=", true);
        }
        logIn();
        // The floor of a logged-in session (the browser's way), then each query form over the session.
        if (forms.contains("session")) {
            measure("session only (no Elasticsearch)", requests, r -> "/api/suggest?q=");
        }
        if (forms.contains("keyword")) {
            measure("keyword", requests, r -> "/api/search?q=" + enc(pick(r, KEYWORDS)));
        }
        if (forms.contains("facets")) {
            measure("keyword + 3 facets (with counts)", requests, r -> "/api/search?q=" + enc(pick(r, KEYWORDS))
                    + "&region=" + enc(pick(r, REGIONS)) + "&industry=" + pick(r, INDUSTRIES) + "&tier=" + pick(r, TIERS));
        }
        if (forms.contains("phone")) {
            measure("phone last 4", requests, r -> "/api/search?q=" + String.format("%04d", r.nextInt(10_000)));
        }
        if (forms.contains("archive")) {
            measure("archive number", requests, r -> "/api/search?q=" + SyntheticRecords.archiveNo(r.nextInt(documents)));
        }
        if (forms.contains("completion")) {
            measure("name completion", requests, r -> {
                String name = records.document(r.nextInt(documents)).customer().name();
                return "/api/suggest?q=" + enc(name.substring(0, 2 + r.nextInt(3)));
            });
        }
    }

    private void measure(String label, int requests, Function<Random, String> path)
            throws IOException, InterruptedException {
        measure(label, requests, path, false);
    }

    private void measure(String label, int requests, Function<Random, String> path, boolean withBasic)
            throws IOException, InterruptedException {
        Random random = new Random(label.hashCode());
        for (int i = 0; i < requests / 5; i++) {
            call(path.apply(random), withBasic);
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String p = path.apply(random);
            long t0 = System.nanoTime();
            call(p, withBasic);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("%-34s %8.1f %8.1f %8.1f %8.1f%n", label, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
    }

    private void call(String path, boolean withBasic) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30));
        HttpClient client = withBasic ? cookieless : http;
        if (withBasic) {
            request.header("Authorization", basic);
        }
        HttpResponse<String> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
