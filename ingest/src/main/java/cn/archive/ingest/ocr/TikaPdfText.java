package cn.archive.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text a born-digital PDF carries, page by page, through Tika's PDF parser (which wraps each
 * page in {@code <div class="page">}). A scanned page has no text here and is OCR'd instead.
 */
final class TikaPdfText {

    private TikaPdfText() {
    }

    static List<String> pages(Path pdf) throws IOException, TikaException {
        PageCollector pages = new PageCollector();
        try (InputStream in = Files.newInputStream(pdf)) {
            new PDFParser().parse(in, pages, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            throw new TikaException("could not read the PDF's text: " + e.getMessage(), e);
        }
        return pages.pages;
    }

    private static final class PageCollector extends DefaultHandler {
        private final List<String> pages = new ArrayList<>();
        private StringBuilder current;
        private int depth;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (current == null && "div".equals(local) && "page".equals(atts.getValue("class"))) {
                current = new StringBuilder();
                depth = 0;
            } else if (current != null) {
                depth++;
                if ("p".equals(local) || "div".equals(local)) {
                    current.append('\n');
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (current == null) {
                return;
            }
            if (depth == 0) {
                pages.add(current.toString().strip());
                current = null;
            } else {
                depth--;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.append(ch, start, length);
            }
        }
    }
}
