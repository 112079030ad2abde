package io.github.ctglib.documents;

import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Chart;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.PageBreak;
import io.github.ctglib.documents.Doc.Para;
import io.github.ctglib.documents.Doc.Signatures;
import io.github.ctglib.documents.Doc.Signer;
import io.github.ctglib.documents.Doc.SigningParty;
import io.github.ctglib.documents.Doc.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A document as OpenDocument text: the package's fixed parts (styles with the A4 page and its page numbers,
 * manifest) are a template in the resources, filled with the content written here from the document model.
 */
final class OdtWriter {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private OdtWriter() {}

    static void write(Doc doc, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // The mimetype comes first, stored uncompressed, so that a reader knows the package by its first bytes.
        byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        entry(zip, "META-INF/manifest.xml", resource("manifest.xml"));
        entry(zip, "styles.xml", resource("styles.xml"));
        entry(zip, "meta.xml", meta(doc));
        entry(zip, "content.xml", content(doc));
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] resource(String name) {
        try (InputStream in = OdtWriter.class.getResourceAsStream("odt/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource odt/" + name + " in ctg-documents");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] meta(Doc doc) {
        return xml(x -> {
            x.writeStartElement("office", "document-meta", OFFICE);
            x.writeNamespace("office", OFFICE);
            x.writeNamespace("meta", META);
            x.writeNamespace("dc", DC);
            x.writeAttribute("office", OFFICE, "version", "1.3");
            x.writeStartElement("office", "meta", OFFICE);
            x.writeStartElement("dc", "title", DC);
            x.writeCharacters(XmlText.legal(doc.title()));
            x.writeEndElement();
            x.writeStartElement("dc", "language", DC);
            x.writeCharacters("fr-FR");
            x.writeEndElement();
            x.writeStartElement("meta", "generator", META);
            x.writeCharacters("ctg-documents");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private static byte[] content(Doc doc) {
        return xml(x -> {
            x.writeStartElement("office", "document-content", OFFICE);
            x.writeNamespace("office", OFFICE);
            x.writeNamespace("style", STYLE);
            x.writeNamespace("text", TEXT);
            x.writeNamespace("table", TABLE);
            x.writeNamespace("fo", FO);
            x.writeAttribute("office", OFFICE, "version", "1.3");
            automaticStyles(x, doc);
            x.writeStartElement("office", "body", OFFICE);
            x.writeStartElement("office", "text", OFFICE);
            int tables = 0;
            for (Block block : doc.blocks()) {
                if (block instanceof Heading heading) {
                    x.writeStartElement("text", "h", TEXT);
                    x.writeAttribute("text", TEXT, "style-name", "Heading_20_" + heading.level());
                    x.writeAttribute("text", TEXT, "outline-level", Integer.toString(heading.level()));
                    x.writeCharacters(XmlText.legal(heading.text()));
                    x.writeEndElement();
                } else if (block instanceof Para para) {
                    paragraph(x, paraStyle(para.style()), para.style() == Doc.Style.ITEM ? "•\u00A0" + para.text()
                            : para.text());
                } else if (block instanceof Table table) {
                    table(x, table, ++tables);
                } else if (block instanceof PageBreak) {
                    x.writeEmptyElement("text", "p", TEXT);
                    x.writeAttribute("text", TEXT, "style-name", "Ctg_Break");
                } else if (block instanceof Signatures signatures) {
                    signatures(x, signatures, ++tables);
                } else if (block instanceof Chart) {
                    throw new IllegalArgumentException("Charts are written in the bilan's PDF and HTML only");
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private static void automaticStyles(XMLStreamWriter x, Doc doc) throws XMLStreamException {
        x.writeStartElement("office", "automatic-styles", OFFICE);
        int tables = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Table table) {
                tables++;
                List<Integer> widths = table.widthPercents();
                for (int c = 0; c < widths.size(); c++) {
                    // Relative widths, as LibreOffice writes them: 17 cm of text width in hundredths of a percent.
                    style(x, columnStyle(tables, c), "table-column", "table-column-properties",
                            "style:column-width", String.format(java.util.Locale.ROOT, "%.2fcm", 17.0 * widths.get(c) / 100),
                            "style:rel-width", widths.get(c) * 100 + "*");
                }
            } else if (block instanceof Signatures) {
                tables++;
            }
        }
        style(x, "Ctg_Table", "table", "table-properties", "style:width", "17cm", "table:align", "margins",
                "fo:margin-bottom", "0.25cm");
        style(x, "Ctg_Cell", "table-cell", "table-cell-properties", "fo:border", "0.5pt solid #999999",
                "fo:padding", "0.08cm");
        style(x, "Ctg_Header_Cell", "table-cell", "table-cell-properties", "fo:border", "0.5pt solid #999999",
                "fo:padding", "0.08cm", "fo:background-color", "#dce6f1");
        style(x, "Ctg_Total_Cell", "table-cell", "table-cell-properties", "fo:border", "0.5pt solid #999999",
                "fo:padding", "0.08cm", "fo:background-color", "#f2f2f2");
        style(x, "Ctg_Sign_Table", "table", "table-properties", "style:width", "17cm", "table:align", "margins",
                "style:may-break-between-rows", "false");
        style(x, "Ctg_Sign_Cell", "table-cell", "table-cell-properties", "fo:border", "none",
                "fo:padding", "0.1cm");
        x.writeEndElement();
    }

    private static void style(XMLStreamWriter x, String name, String family, String properties, String... attributes)
            throws XMLStreamException {
        x.writeStartElement("style", "style", STYLE);
        x.writeAttribute("style", STYLE, "name", name);
        x.writeAttribute("style", STYLE, "family", family);
        x.writeEmptyElement("style", properties, STYLE);
        for (int i = 0; i < attributes.length; i += 2) {
            String[] qualified = attributes[i].split(":");
            String namespace = switch (qualified[0]) {
                case "fo" -> FO;
                case "table" -> TABLE;
                default -> STYLE;
            };
            x.writeAttribute(qualified[0], namespace, qualified[1], attributes[i + 1]);
        }
        x.writeEndElement();
    }

    private static String columnStyle(int table, int column) {
        return "Ctg_Col_" + table + "_" + column;
    }

    private static String paraStyle(Doc.Style style) {
        return switch (style) {
            case BODY -> "Text_20_body";
            case TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case ITEM -> "Ctg_Item";
            case NOTE -> "Ctg_Note";
            case STRONG -> "Ctg_Strong";
        };
    }

    private static void paragraph(XMLStreamWriter x, String style, String text) throws XMLStreamException {
        x.writeStartElement("text", "p", TEXT);
        x.writeAttribute("text", TEXT, "style-name", style);
        x.writeCharacters(XmlText.legal(text));
        x.writeEndElement();
    }

    private static void table(XMLStreamWriter x, Table table, int number) throws XMLStreamException {
        x.writeStartElement("table", "table", TABLE);
        x.writeAttribute("table", TABLE, "name", "Tableau" + number);
        x.writeAttribute("table", TABLE, "style-name", "Ctg_Table");
        for (int c = 0; c < table.header().size(); c++) {
            x.writeEmptyElement("table", "table-column", TABLE);
            x.writeAttribute("table", TABLE, "style-name", columnStyle(number, c));
        }
        x.writeStartElement("table", "table-header-rows", TABLE);
        row(x, table.header(), table, "Ctg_Header_Cell", "Table_20_Heading", true);
        x.writeEndElement();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean bold = table.boldRows().contains(r);
            row(x, table.rows().get(r), table, bold ? "Ctg_Total_Cell" : "Ctg_Cell",
                    bold ? "Ctg_Bold_Contents" : "Table_20_Contents", false);
        }
        x.writeEndElement();
    }

    private static void row(XMLStreamWriter x, List<String> cells, Table table, String cellStyle, String textStyle,
            boolean header) throws XMLStreamException {
        x.writeStartElement("table", "table-row", TABLE);
        for (int c = 0; c < cells.size(); c++) {
            x.writeStartElement("table", "table-cell", TABLE);
            x.writeAttribute("table", TABLE, "style-name", cellStyle);
            x.writeAttribute("office", OFFICE, "value-type", "string");
            boolean numeric = table.numericColumns().contains(c);
            String style = numeric ? (header || textStyle.equals("Ctg_Bold_Contents") ? "Ctg_Number_Bold"
                    : "Ctg_Number") : textStyle;
            paragraph(x, style, cells.get(c));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void signatures(XMLStreamWriter x, Signatures signatures, int number) throws XMLStreamException {
        paragraph(x, "Ctg_Keep", signatures.lead());
        x.writeStartElement("table", "table", TABLE);
        x.writeAttribute("table", TABLE, "name", "Signatures" + number);
        x.writeAttribute("table", TABLE, "style-name", "Ctg_Sign_Table");
        x.writeEmptyElement("table", "table-column", TABLE);
        x.writeAttribute("table", TABLE, "number-columns-repeated", "2");
        List<SigningParty> parties = signatures.parties();
        for (int i = 0; i < parties.size(); i += 2) {
            x.writeStartElement("table", "table-row", TABLE);
            for (int j = i; j < i + 2; j++) {
                x.writeStartElement("table", "table-cell", TABLE);
                x.writeAttribute("table", TABLE, "style-name", "Ctg_Sign_Cell");
                if (j < parties.size()) {
                    SigningParty party = parties.get(j);
                    paragraph(x, "Ctg_Strong", "Pour " + party.name());
                    for (Signer signer : party.signers()) {
                        paragraph(x, "Table_20_Contents", signer.name());
                        paragraph(x, "Table_20_Contents", signer.title());
                        paragraph(x, "Ctg_Signature_Space",
                                signer.signedOn().isEmpty() ? "Le : ………………………" : signer.signedOn());
                    }
                } else {
                    x.writeEmptyElement("text", "p", TEXT);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Something that writes XML. */
    private interface XmlContent {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static byte[] xml(XmlContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            content.write(x);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the ODT's XML: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
