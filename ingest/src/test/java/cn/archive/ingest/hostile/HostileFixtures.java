package cn.archive.ingest.hostile;

import cn.archive.ingest.testsupport.ScanFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;

/**
 * The hostile-file corpus (恶意文件), made in code so no binary needs trusting: each method returns
 * the bytes of one kind of file a scanner room or an attacker may deliver.
 */
public final class HostileFixtures {

    private HostileFixtures() {
    }

    /** A real scan cut off after 40% of its bytes, as an interrupted copy leaves it. */
    public static byte[] truncatedJpeg() {
        byte[] whole = ScanFactory.jpeg(ScanFactory.page(List.of("客户档案登记表", "客户名称：被截断的扫描件有限公司"),
                ScanFactory.cjkFont(), 0, 50, 7), 0.8f);
        return Arrays.copyOf(whole, whole.length * 4 / 10);
    }

    /** A PDF header followed by noise: detected as PDF, unparseable. */
    public static byte[] corruptPdf() {
        byte[] noise = new byte[4096];
        new java.util.Random(13).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(noise);
        return out.toByteArray();
    }

    /** A PDF that opens only with a user password. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = textPdf(1, "Customer ledger, confidential")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        }
    }

    /**
     * A PDF form whose XFA packet declares an external entity pointing at {@code secretFile}: a parser
     * that resolves it would copy the file's content into the document's text.
     */
    public static byte[] xfaWithExternalEntity(String secretFile) throws IOException {
        String xfa = "<?xml version=\"1.0\"?>\n<!DOCTYPE xdp [ <!ENTITY secret SYSTEM \"file://" + secretFile + "\"> ]>\n"
                + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\">"
                + "<subform name=\"form1\"><field name=\"leak\"><value><text>&secret;</text></value></field></subform>"
                + "</template></xdp:xdp>";
        try (PDDocument pdf = textPdf(1, "Application form")) {
            PDAcroForm form = new PDAcroForm(pdf);
            PDStream stream = new PDStream(pdf);
            try (var os = stream.createOutputStream()) {
                os.write(xfa.getBytes(StandardCharsets.UTF_8));
            }
            form.setXFA(new PDXFAResource(stream.getCOSObject()));
            pdf.getDocumentCatalog().setAcroForm(form);
            pdf.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            form.getCOSObject().setItem(COSName.XFA, stream.getCOSObject());
            return save(pdf);
        }
    }

    /** A zip whose single entry inflates to {@code megabytes} MB of zeros from a few hundred KB. */
    public static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("scan.jpg"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A valid, tiny PNG whose header claims {@code width} × {@code height} pixels. */
    public static byte[] pixelBombPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] buf = new byte[256];
        int n = deflater.deflate(buf);
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A born-digital PDF of {@code pages} pages, each with a line of its own text. */
    public static byte[] manyPagePdf(int pages) throws IOException {
        try (PDDocument pdf = textPdf(pages, "Transaction ledger 2023, customer KH-2023-000417")) {
            return save(pdf);
        }
    }

    public static PDDocument textPdf(int pages, String line) throws IOException {
        PDDocument pdf = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(line + " - page " + i);
                content.endText();
            }
        }
        return pdf;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
