package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.testsupport.ScanFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned PDF's pages are read on several engines at once; what comes back must still be every
 * page, each with its own text, in the document's order.
 */
class ScannedPdfPagesTest {

    private static final List<String> COMPANIES = List.of("上海华联超市有限公司", "成都天府软件有限公司",
            "杭州西湖精密机械有限公司", "广州博雅电子有限公司", "西安西湖电子股份有限公司");

    @Test
    void theEnginesReadTheScannedPagesOfOnePdfInTheirOrder(@TempDir Path dir) throws Exception {
        String font = ScanFactory.cjkFont();
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < COMPANIES.size(); i++) {
                BufferedImage scan = ScanFactory.page(List.of("客户名称：" + COMPANIES.get(i)), font, 0, 0, i);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }

        DocumentReader.ReadResult result;
        try (OcrEnginePool engines = new OcrEnginePool(OcrSettings.defaults(Map.of()), 2)) {
            result = new DocumentReader(engines).read(pdf, "application/pdf");
        }

        assertThat(result.pages()).hasSize(COMPANIES.size());
        for (int i = 0; i < COMPANIES.size(); i++) {
            String text = result.pages().get(i).text().replaceAll("\\s", "");
            assertThat(text).as("page %d", i + 1).contains(COMPANIES.get(i));
            for (int j = 0; j < COMPANIES.size(); j++) {
                if (j != i) {
                    assertThat(text).as("page %d", i + 1).doesNotContain(COMPANIES.get(j));
                }
            }
        }
    }
}
