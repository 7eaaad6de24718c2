package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.Region;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port over the real Elasticsearch and S3 of {@link ArchiveServices},
 * shared by the security tests (one Spring context, one bucket, one index), with plain HTTP calls
 * as a program or browser makes them, and documents placed in the store and index directly so no
 * test waits for OCR.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecurityStack {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PASSWORDS = Map.of("admin", "admin-" + UUID.randomUUID(),
            "archivist", "archivist-" + UUID.randomUUID(), "viewer", "viewer-" + UUID.randomUUID(),
            "auditor", "auditor-" + UUID.randomUUID());
    static final int MAX_FAILED_LOGINS = 3;
    private static final String BUCKET = ArchiveServices.get().newBucket();
    private static final String ALIAS = ArchiveServices.get().newAlias();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ArchiveServices.Endpoints services = ArchiveServices.get();
        registry.add("archive.es-url", services::esUrl);
        registry.add("archive.index-alias", () -> ALIAS);
        registry.add("archive.s3.endpoint", services::s3Endpoint);
        registry.add("archive.s3.access-key", services::accessKey);
        registry.add("archive.s3.secret-key", services::secretKey);
        registry.add("archive.s3.bucket", () -> BUCKET);
        PASSWORDS.forEach((user, password) -> registry.add("archive.users." + user, () -> password));
        registry.add("archive.security.max-failed-logins", () -> MAX_FAILED_LOGINS);
        // Every test logs in from 127.0.0.1; the per-address lock is unit-tested (LoginThrottleTest).
        registry.add("archive.security.max-failures-per-address", () -> 1000);
    }

    @LocalServerPort
    int port;
    @Autowired
    DocumentStore store;
    @Autowired
    SearchIndex index;

    /** A document placed in the store and the index as ingest leaves it, with its personal data. */
    record Doc(String id, String name, String area, byte[] original) {
    }

    /** Personal values every fixture document carries, which a viewer must never see. */
    static final String MOBILE = "13805712233";
    static final String LANDLINE = "0571-87654321";
    static final String EMAIL = "wangjg@xhjm.com.cn";
    static final String ID_NUMBER = "330106198001011234";
    static final String STREET = "文三路398号";

    Doc document(String area, String province, String city, String district) throws Exception {
        return document(area, province, city, district, DocumentStatus.INDEXED, null);
    }

    /**
     * A document in {@code status}; NEEDS_REVIEW ones were read with a doubtful customer name (0.3) and
     * every other key field certain. {@code original}, when given, holds the bytes (a real scan).
     */
    Doc document(String area, String province, String city, String district, DocumentStatus status, byte[] scan)
            throws Exception {
        String name = area + "测试" + UUID.randomUUID().toString().substring(0, 6) + "有限公司";
        byte[] original = scan != null ? scan : ("original of " + name).getBytes(StandardCharsets.UTF_8);
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        String address = province + city + district + STREET;
        String text = "客户档案登记表\n客户名称：" + name + "\n地址：" + address + "\n手机：" + MOBILE + "\n电话：" + LANDLINE
                + "\n电子邮箱：" + EMAIL + "\n法人身份证号：" + ID_NUMBER + "\n送货到" + STREET + "仓库";
        Customer customer = new Customer(name, CustomerType.COMPANY, CustomerTier.VIP, new Industry("C", "制造业", "机械制造"),
                new Region(area, province, city), address, "王建国", LANDLINE, MOBILE, EMAIL);
        ArchiveRecord record = new ArchiveRecord(id, "scan.png", "KH-2023-" + id.substring(0, 6).toUpperCase(), false,
                DocumentType.REGISTRATION_FORM, customer, LocalDate.of(2023, 3, 15), List.of(),
                List.of(new Communication(LocalDate.of(2023, 10, 11), "电话", "回电 " + MOBILE + "，地址 " + STREET)),
                status == DocumentStatus.NEEDS_REVIEW ? DOUBTFUL_NAME : Map.of(), status, null, 1, text,
                new OriginalInfo("image/png", original.length, id),
                Instant.now());
        Path tmp = Files.createTempFile("fixture-", ".bin");
        try {
            Files.write(tmp, original);
            store.storeOriginal(id, tmp, "image/png");
        } finally {
            Files.deleteIfExists(tmp);
        }
        store.writeManifest(record);
        index.indexAndWait(record);
        return new Doc(id, name, area, original);
    }

    /** Confidences of a document sent to review for its customer name alone. */
    static final Map<String, Double> DOUBTFUL_NAME = Map.of("archiveNo", 0.95, "customer.name", 0.3, "customer.tier", 0.9,
            "customer.industry", 0.9, "customer.region", 0.9, "customer.phone", 0.9, "customer.mobile", 0.9,
            "customer.email", 0.9, "registeredOn", 0.9);

    /** Creates a user through the API as admin and returns its password. */
    String createUser(String name, String role, Set<String> regions) throws Exception {
        String password = "pw-" + UUID.randomUUID();
        Response r = send("admin", "POST", "/api/users", JSON.writeValueAsString(Map.of("username", name,
                "password", password, "role", role, "regions", regions)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        PASSWORDS_OF_CREATED.put(name, password);
        return password;
    }

    static final Map<String, String> PASSWORDS_OF_CREATED = new java.util.concurrent.ConcurrentHashMap<>();

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An HTTP answer. */
    record Response(int status, String body, HttpResponse<byte[]> raw) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A request as a program sends it: HTTP Basic as {@code user} (null: anonymous), JSON body if any. */
    Response send(String user, String method, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            String password = PASSWORDS.containsKey(user) ? PASSWORDS.get(user) : PASSWORDS_OF_CREATED.get(user);
            b.header("Authorization", basic(user, password));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return call(b.build());
    }

    Response get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    static Response call(HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The audit events matching a query, read as the auditor. */
    JsonNode audit(String query) throws Exception {
        Response r = get("auditor", "/api/audit?size=200&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Files an access request as {@code viewer} and lets {@code decider} decide it; returns the request. */
    JsonNode accessRequest(String viewer, String documentId, String decider, boolean approve) throws Exception {
        Response asked = send(viewer, "POST", "/api/access-requests", JSON.writeValueAsString(Map.of(
                "documentId", documentId, "purpose", "核对合同原件（客户投诉处理）", "days", 3)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("id").asText();
        Response decided = send(decider, "POST", "/api/access-requests/" + id + "/decision",
                JSON.writeValueAsString(Map.of("approve", approve, "note", approve ? "同意" : "用途不充分")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json();
    }
}
