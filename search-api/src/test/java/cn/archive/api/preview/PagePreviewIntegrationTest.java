package cn.archive.api.preview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.Region;
import cn.archive.ingest.store.DocumentStore;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.testsupport.ScanFactory;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import cn.archive.api.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Page previews through the HTTP API against a real S3 server: PDF pages, TIFF pages and photos
 * as PNGs at screen size and as thumbnails, kept as derived objects after the first request, and a
 * 404 for a page the document does not have or a document outside the caller's region scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagePreviewIntegrationTest {

    private static final String ARCHIVIST_PASSWORD = "archivist-" + UUID.randomUUID();
    private static final String VIEWER_PASSWORD = "viewer-" + UUID.randomUUID();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestStack.register(registry, Map.of("archivist", ARCHIVIST_PASSWORD, "viewer", VIEWER_PASSWORD));
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    DocumentStore store;
    @Autowired
    OcrEnginePool engines;

    @Test
    void aPdfPageIsShownAtScreenSizeAndAsAThumbnailAndKeptInTheStore() throws Exception {
        String id = stored(twoPagePdf(), "application/pdf", 2);

        BufferedImage screen = png(get(id, 2, ""));
        BufferedImage thumb = png(get(id, 1, "?size=thumb"));

        assertThat(screen.getWidth()).isBetween(1000, 1240);
        assertThat(screen.getHeight()).isGreaterThan(screen.getWidth()); // A4 stays portrait
        assertThat(thumb.getWidth()).isLessThanOrEqualTo(200);
        assertThat(store.objects().stat(PagePreviews.key(id, 2, PreviewSize.SCREEN, false))).isPresent();
        assertThat(store.objects().stat(PagePreviews.key(id, 1, PreviewSize.THUMB, false))).isPresent();
        assertThat(get(id, 2, "").getBody()).isEqualTo(get(id, 2, "").getBody());
    }

    @Test
    void everyPageOfATiffAndTheOnePageOfAPhotoCanBeShown() throws Exception {
        String tiff = stored(twoPageTiff(), "image/tiff", 2);
        String jpeg = stored(image("jpeg", 2480, 3508), "image/jpeg", 1);

        assertThat(png(get(tiff, 2, "")).getWidth()).isEqualTo(1240);
        assertThat(png(get(jpeg, 1, "")).getWidth()).isEqualTo(1240);
        assertThat(png(get(jpeg, 1, "?size=thumb")).getWidth()).isEqualTo(200);
        assertThat(status(tiff, "3", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(jpeg, "2", "")).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void missingPagesDocumentsAndBadSizesGetAClearProblem() throws Exception {
        String id = stored(twoPagePdf(), "application/pdf", 2);

        assertThat(status(id, "3", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(id, "0", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(id, "-1", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(id, "99999999999", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("0".repeat(64), "1", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("not-an-id", "1", "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(id, "1", "?size=huge")).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aViewerSeesThePageWithItsPersonalInformationBlackedOut() throws Exception {
        byte[] scan = ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "客户名称：杭州西湖精密机械有限公司",
                "手机：13805712233", "电子邮箱：wangjg@xhjm.com.cn", "所属行业：机械制造"), ScanFactory.cjkFont(), 0, 0, 5));
        String id = stored(scan, "image/png", 1);

        String clear = read(http.withBasicAuth("archivist", ARCHIVIST_PASSWORD)
                .getForEntity("/api/documents/" + id + "/pages/1/preview", byte[].class));
        ResponseEntity<byte[]> viewer = http.withBasicAuth("viewer", VIEWER_PASSWORD)
                .getForEntity("/api/documents/" + id + "/pages/1/preview", byte[].class);
        String redacted = read(viewer);

        assertThat(clear).contains("13805712233").contains("xhjm");
        assertThat(redacted).doesNotContain("13805712233").doesNotContain("2233").doesNotContain("xhjm")
                .contains("杭州西湖精密机械有限公司").contains("机械制造");
        assertThat(viewer.getHeaders().getETag()).endsWith("-redacted\"");
        assertThat(store.objects().stat(PagePreviews.key(id, 1, PreviewSize.SCREEN, true))).isPresent();
        // The thumbnail a viewer gets is cut down from the redacted page, not from the clear one.
        assertThat(http.withBasicAuth("viewer", VIEWER_PASSWORD).getForEntity("/api/documents/" + id
                + "/pages/1/preview?size=thumb", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(store.objects().stat(PagePreviews.key(id, 1, PreviewSize.THUMB, true))).isPresent();
    }

    /** What a person reading the preview would read: the real OCR of the PNG the API returned. */
    private String read(ResponseEntity<byte[]> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        BufferedImage image = png(response);
        return engines.withEngine(e -> e.recognise(image)).text().replaceAll("\\s", "");
    }

    private ResponseEntity<byte[]> get(String id, int page, String query) {
        ResponseEntity<byte[]> response = http.withBasicAuth("archivist", ARCHIVIST_PASSWORD)
                .getForEntity("/api/documents/" + id + "/pages/" + page + "/preview" + query, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        return response;
    }

    private HttpStatus status(String id, String page, String query) {
        return HttpStatus.valueOf(http.withBasicAuth("archivist", ARCHIVIST_PASSWORD)
                .getForEntity("/api/documents/" + id + "/pages/" + page + "/preview" + query, String.class)
                .getStatusCode().value());
    }

    private static BufferedImage png(ResponseEntity<byte[]> response) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(response.getBody()));
    }

    private String stored(byte[] bytes, String contentType, int pages) throws Exception {
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path tmp = Files.createTempFile("original-", ".bin");
        try {
            Files.write(tmp, bytes);
            store.storeOriginal(id, tmp, contentType);
        } finally {
            Files.delete(tmp);
        }
        Customer customer = new Customer("杭州西湖精密机械有限公司", null, null, null, new Region("华东", "浙江省", "杭州市"),
                null, null, null, null, null);
        store.writeManifest(new ArchiveRecord(id, "scan", "KH-1", false, null, customer, null, null, null, null,
                DocumentStatus.INDEXED, null, pages, "", new OriginalInfo(contentType, bytes.length, id), Instant.now()));
        return id;
    }

    private static byte[] twoPagePdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                    c.addRect(50, 50 + i * 100, 200, 300);
                    c.fill();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] twoPageTiff() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(page(2480, 3508), null, null), null);
            writer.writeToSequence(new IIOImage(page(2480, 3508), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page(width, height), format, out);
        return out.toByteArray();
    }

    private static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 10, height / 10, width / 2, height / 20);
        g.dispose();
        return image;
    }
}
