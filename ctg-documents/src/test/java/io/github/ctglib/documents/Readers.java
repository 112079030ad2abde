package io.github.ctglib.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads what the writers wrote with real readers: PDFBox, POI, the ODF Toolkit. */
final class Readers {

    /** Where a person finds the pages and charts the tests looked at. */
    static final Path EVIDENCE = Path.of("target", "evidence");

    private Readers() {}

    /** The text of every page, as PDFBox extracts it. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the first {@code max} pages to PNG under target/evidence as NAME-pN.png, returns their paths. */
    static List<Path> pdfPagesAsPng(byte[] pdf, String name, int max) {
        return pdfPagesAsPng(pdf, name, java.util.stream.IntStream.range(0, max).toArray());
    }

    /** Renders the pages of these indexes (from 0; those past the end left out) to PNG as NAME-pN.png. */
    static List<Path> pdfPagesAsPng(byte[] pdf, String name, int... indexes) {
        List<Path> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(EVIDENCE);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i : indexes) {
                if (i >= document.getNumberOfPages()) {
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                Path file = EVIDENCE.resolve(name + "-p" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                pages.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The whole text of a DOCX (paragraphs, tables, footer), as POI extracts it. */
    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument docx(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ODT opened by the ODF Toolkit. */
    static OdfTextDocument odt(byte[] odt) {
        try {
            return OdfTextDocument.loadDocument(new ByteArrayInputStream(odt));
        } catch (Exception e) {
            throw new IllegalStateException("The ODF Toolkit cannot open the ODT: " + e.getMessage(), e);
        }
    }

    /** The text of the ODT's body, one paragraph, heading or cell a line. */
    static String odtText(byte[] odt) {
        try (OdfTextDocument document = odt(odt)) {
            StringBuilder text = new StringBuilder();
            collect(document.getContentRoot(), text);
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Node node, StringBuilder text) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            String name = child.getNodeName();
            if (name.equals("text:p") || name.equals("text:h")) {
                text.append(child.getTextContent()).append('\n');
            } else {
                collect(child, text);
            }
        }
    }
}
