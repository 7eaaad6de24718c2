package cn.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.testsupport.ScanFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One scanned customer file from paper to search result through the HTTP API, against a real
 * Elasticsearch, a real S3 server and real Tesseract: uploaded, OCR'd, found by a Chinese word and
 * by its archive number, counted in the right facet, and its original returned byte-identical.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveEndToEndTest {

    private static final String ARCHIVIST_PASSWORD = "archivist-" + UUID.randomUUID();
    private static final String VIEWER_PASSWORD = "viewer-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestStack.register(registry, Map.of("archivist", ARCHIVIST_PASSWORD, "viewer", VIEWER_PASSWORD));
    }

    @Autowired
    TestRestTemplate http;

    private byte[] scan;
    private String id;

    @BeforeAll
    void uploadAScanAndWaitForIt() throws Exception {
        scan = ScanFactory.jpeg(ScanFactory.page(List.of("客户档案登记表", "档案编号：KH-2023-000417",
                "客户名称：杭州西湖精密机械有限公司", "客户等级：VIP客户", "所属行业：机械制造",
                "地址：浙江省杭州市西湖区文三路398号", "联系人：王建国", "手机：13805712233",
                "电子邮箱：wangjg@xhjm.com.cn", "建档日期：2023年3月15日"), ScanFactory.cjkFont(), -1.3, 1500, 42), 0.85f);

        ResponseEntity<String> response = upload(scan, "scan-0417.jpg");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode accepted = JSON.readTree(response.getBody()).get(0);
        id = accepted.get("id").asText();
        assertThat(id).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan)));
        assertThat(accepted.get("status").asText()).isEqualTo("STORED");
        waitUntilSearchable(id);
    }

    @Test
    void theRecordHoldsTheFieldsReadFromTheScan() throws Exception {
        JsonNode record = JSON.readTree(archivist().getForObject("/api/documents/" + id, String.class));

        assertThat(record.get("status").asText()).isIn("INDEXED", "NEEDS_REVIEW");
        assertThat(record.get("file").asText()).isEqualTo("scan-0417.jpg");
        assertThat(record.get("archiveNo").asText()).isEqualTo("KH-2023-000417");
        assertThat(record.at("/customer/name").asText()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(record.at("/customer/mobile").asText()).isEqualTo("13805712233");
        assertThat(record.at("/customer/region/area").asText()).isEqualTo("华东");
        assertThat(record.at("/original/sha256").asText()).isEqualTo(id);
    }

    @Test
    void foundByAChineseWordAndByItsArchiveNumber() throws Exception {
        assertThat(searchIds("q=西湖精密")).contains(id);
        assertThat(searchIds("q=KH-2023-000417")).contains(id);
        assertThat(searchIds("q=kh-2023-000417")).contains(id);
        assertThat(searchIds("q=不存在的客户名")).doesNotContain(id);
    }

    @Test
    void countedInItsRegionIndustryAndTierFacets() throws Exception {
        JsonNode result = search("q=西湖精密");

        assertThat(facetCount(result, "region", "华东")).isGreaterThanOrEqualTo(1);
        assertThat(facetCount(result, "industry", "C")).isGreaterThanOrEqualTo(1);
        assertThat(facetCount(result, "tier", "VIP")).isGreaterThanOrEqualTo(1);
        assertThat(searchIds("q=西湖精密&region=华东&tier=VIP")).contains(id);
        assertThat(searchIds("q=西湖精密&region=华北")).doesNotContain(id);
        // Multi-select: filtering by 华北 still shows 华东's count in the region facet.
        assertThat(facetCount(search("q=西湖精密&region=华北"), "region", "华东")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOriginalComesBackByteIdenticalWithItsTypeETagAndRanges() {
        ResponseEntity<byte[]> whole = archivist().getForEntity("/api/documents/" + id + "/original", byte[].class);

        assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whole.getBody()).isEqualTo(scan);
        assertThat(whole.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(whole.getHeaders().getETag()).isEqualTo("\"" + id + "\"");
        assertThat(whole.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(whole.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        HttpHeaders range = new HttpHeaders();
        range.set(HttpHeaders.RANGE, "bytes=100-199");
        ResponseEntity<byte[]> part = archivist().exchange("/api/documents/" + id + "/original", HttpMethod.GET,
                new HttpEntity<>(range), byte[].class);
        assertThat(part.getStatusCode()).isEqualTo(HttpStatus.PARTIAL_CONTENT);
        assertThat(part.getBody()).isEqualTo(java.util.Arrays.copyOfRange(scan, 100, 200));
        assertThat(part.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 100-199/" + scan.length);
    }

    @Test
    void theSameBytesAgainGiveTheSameIdAndNoDuplicate() throws Exception {
        JsonNode again = JSON.readTree(upload(scan, "rescan.jpg").getBody()).get(0);

        assertThat(again.get("id").asText()).isEqualTo(id);
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(search("q=KH-2023-000417").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aViewerSeesPersonalDataMaskedAndCannotDownload() throws Exception {
        String record = viewer().getForObject("/api/documents/" + id, String.class);
        String hits = viewer().getForObject("/api/search?q=西湖精密", String.class);

        assertThat(record).doesNotContain("13805712233").doesNotContain("wangjg@").contains("138****2233");
        assertThat(hits).doesNotContain("13805712233").doesNotContain("文三路398号");
        // Highlights come from the OCR text, where the address is written out in full.
        assertThat(viewer().getForObject("/api/search?q=文三路", String.class)).contains(id).doesNotContain("398号");
        assertThat(viewer().getForObject("/api/search?q=13805712233", String.class)).contains(id)
                .doesNotContain("13805712233");
        assertThat(viewer().getForEntity("/api/documents/" + id + "/original", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer().postForEntity("/api/documents", TestStack.multipart(scan, "x.jpg"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badInputGetsAClearProblemAndNoServerError() throws Exception {
        ResponseEntity<String> html = upload("<html><body>not a scan</body></html>".getBytes(), "contract.pdf");
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(JSON.readTree(html.getBody()).get("detail").asText()).contains("text/html");

        assertThat(archivist().getForEntity("/api/search?q=" + "客".repeat(10_000), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        for (String hostile : List.of("*:*", "/.*/", "\"unbalanced", "a AND (b OR", "customer.name:*")) {
            assertThat(archivist().getForEntity("/api/search?q={q}", String.class, hostile).getStatusCode())
                    .as(hostile).isEqualTo(HttpStatus.OK);
        }
        assertThat(archivist().getForEntity("/api/documents/../../etc/passwd", String.class).getStatusCode().is5xxServerError())
                .isFalse();
        assertThat(archivist().getForEntity("/api/documents/" + "0".repeat(64), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/search?q=x", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOpenApiDescriptionNamesTheEndpoints() {
        String api = archivist().getForObject("/v3/api-docs", String.class);

        assertThat(api).contains("/api/search").contains("/api/documents/{id}/original");
    }

    private TestRestTemplate archivist() {
        return http.withBasicAuth("archivist", ARCHIVIST_PASSWORD);
    }

    private TestRestTemplate viewer() {
        return http.withBasicAuth("viewer", VIEWER_PASSWORD);
    }

    private ResponseEntity<String> upload(byte[] bytes, String name) {
        return archivist().postForEntity("/api/documents", TestStack.multipart(bytes, name), String.class);
    }

    private JsonNode search(String query) throws Exception {
        ResponseEntity<String> response = archivist().getForEntity("/api/search?" + query, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    private List<String> searchIds(String query) throws Exception {
        return search(query).get("hits").findValuesAsText("id");
    }

    private static long facetCount(JsonNode result, String facet, String value) {
        for (JsonNode v : result.at("/facets/" + facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private void waitUntilSearchable(String documentId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode record = JSON.readTree(archivist().getForObject("/api/documents/" + documentId, String.class));
            String status = record.get("status").asText();
            assertThat(status).as(String.valueOf(record.get("error"))).isNotEqualTo("FAILED");
            if ((status.equals("INDEXED") || status.equals("NEEDS_REVIEW"))
                    && searchIds("q=KH-2023-000417").contains(documentId)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("document " + documentId + " was not searchable within 3 minutes");
    }
}
