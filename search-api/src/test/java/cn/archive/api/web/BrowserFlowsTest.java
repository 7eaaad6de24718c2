package cn.archive.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.api.TestStack;
import cn.archive.ingest.testsupport.ScanFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web UI's flows in a real headless Chromium against the real app, Elasticsearch, S3 and
 * Tesseract: this test seeds scanned customer files through the API (real OCR), then runs
 * {@code web/e2e/flows.mjs} (playwright-core driving Debian's {@code /usr/bin/chromium}) and asserts
 * that every flow passed. Screenshots of each page land in {@code web/target/e2e-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowsTest {

    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin-" + UUID.randomUUID(),
            "archivist", "archivist-" + UUID.randomUUID(), "viewer", "viewer-" + UUID.randomUUID(),
            "auditor", "auditor-" + UUID.randomUUID());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent(); // surefire runs in search-api/
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestStack.register(registry, PASSWORDS);
    }

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private Path uploadFile;

    @BeforeAll
    void seedScannedFiles() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium is missing: run ./archive test (it installs it)").isExecutable();
        assertThat(ROOT.resolve("web/node_modules/playwright-core"))
                .as("web/node_modules is missing: run ./archive test (its Maven build runs npm ci in web/)").isDirectory();
        String font = ScanFactory.cjkFont();
        Map<String, String> expected = new LinkedHashMap<>();
        try (var samples = Files.list(ROOT.resolve("deploy/samples"))) {
            for (Path sample : samples.sorted().toList()) {
                expected.put(upload(Files.readAllBytes(sample), sample.getFileName().toString()), "searchable");
            }
        }
        // Two pages: the registration form, then its transactions (to page through in the viewer).
        BufferedImage form = ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2025-000612",
                "客户名称：宁波海曙星辰贸易有限公司", "客户等级：VIP客户", "所属行业：批发零售",
                "地址：浙江省宁波市海曙区中山西路88号", "联系人：孙立", "联系电话：0574-87301234", "手机：13906741122",
                "电子邮箱：sunli@xcmy.cn", "建档日期：2025年1月6日"), font, 0.4, 900, 21);
        BufferedImage ledger = ScanFactory.page(List.of("交易记录", "2025年2月3日  进口食品  86500.00元",
                "2025年3月18日  冷链运输  12300.00元"), font, -0.5, 900, 22);
        expected.put(upload(pdf(form, ledger), "KH-2025-000612-file.pdf"), "searchable");
        // No customer name on the paper: a key field is missing, so it must wait in the review queue.
        expected.put(upload(ScanFactory.jpeg(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2025-000888",
                "客户等级：重点客户", "所属行业：批发零售", "地址：江苏省南京市玄武区中山路18号", "联系人：周敏",
                "建档日期：2025年2月10日"), font, 0.7, 900, 23), 0.85f), "KH-2025-000888-noname.jpg"), "NEEDS_REVIEW");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String status = awaitFinalStatus(e.getKey());
            if (e.getValue().equals("searchable")) {
                assertThat(status).as("status of seeded document " + e.getKey()).isIn("INDEXED", "NEEDS_REVIEW");
            } else {
                assertThat(status).as("status of seeded document " + e.getKey()).isEqualTo(e.getValue());
            }
        }
        // The file the browser uploads (not stored yet).
        uploadFile = Files.createTempFile("KH-2025-000731-", ".jpg");
        Files.write(uploadFile, ScanFactory.jpeg(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2025-000731",
                "客户名称：苏州晨光电子有限公司", "客户等级：普通客户", "所属行业：电子元件制造",
                "地址：江苏省苏州市工业园区星湖街328号", "联系人：吴芳", "联系电话：0512-62881234", "手机：13862005566",
                "电子邮箱：wufang@cgdz.com.cn", "建档日期：2025年3月2日"), font, -0.6, 900, 24), 0.85f));
    }

    @Test
    void theFlowsPassInARealBrowser() throws Exception {
        Path screenshots = ROOT.resolve("web/target/e2e-screenshots");
        ProcessBuilder node = new ProcessBuilder("node", "web/e2e/flows.mjs").directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = node.environment();
        env.put("BASE_URL", "http://localhost:" + port);
        env.put("SCREENSHOTS", screenshots.toString());
        env.put("UPLOAD_FILE", uploadFile.toString());
        env.put("DUPLICATE_FILE", ROOT.resolve("deploy/samples/KH-2023-000417-registration.jpg").toString());
        PASSWORDS.forEach((user, password) -> env.put(user.toUpperCase() + "_PASSWORD", password));
        Process run;
        try {
            run = node.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run node (Node.js 20.19+): run ./archive test, which checks for it", e);
        }
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println("[e2e] " + line); // streamed, so a slow flow shows where it is
                output.add(line);
            }
        }
        boolean done = run.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            run.destroyForcibly();
        }
        assertThat(done).as("the browser flows did not finish within 10 minutes").isTrue();
        assertThat(run.exitValue()).as("browser flows failed:\n" + String.join("\n", output)).isZero();
        assertThat(output).anyMatch(l -> l.matches("\\d+/\\d+ flows passed.*"));
        assertThat(output).noneMatch(l -> l.startsWith("FAIL"));
        try (var shots = Files.list(screenshots)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(15);
        }
    }

    /** A scanned PDF: each page one JPEG image at 200 dpi, as a scanner's "scan to PDF" makes it. */
    private static byte[] pdf(BufferedImage... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 200, image.getHeight() * 72f / 200));
                doc.addPage(page);
                PDImageXObject scan = JPEGFactory.createFromImage(doc, image, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(scan, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private String upload(byte[] bytes, String name) throws Exception {
        ResponseEntity<String> response = archivist().postForEntity("/api/documents", TestStack.multipart(bytes, name),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return JSON.readTree(response.getBody()).get(0).get("id").asText();
    }

    private String awaitFinalStatus(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonNode record = JSON.readTree(archivist().getForObject("/api/documents/" + id, String.class));
            String status = record.get("status").asText();
            if (status.equals("INDEXED") || status.equals("NEEDS_REVIEW") || status.equals("FAILED")) {
                return status + (status.equals("FAILED") ? ": " + record.get("error") : "");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("document " + id + " was not processed within 4 minutes");
    }

    private TestRestTemplate archivist() {
        return http.withBasicAuth("archivist", PASSWORDS.get("archivist"));
    }
}
