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
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A document as DOCX, with Apache POI: headings as Word heading styles (the navigation pane and a table of contents
 * find them), A4 pages numbered in the footer, tables with their header row repeated on each page.
 */
final class DocxWriter {

    /** Metric-compatible with the PDF's Liberation Sans: the pages break at the same places. */
    private static final String FONT = "Arial";
    private static final String BLUE = "1F4E79";
    /** A4 and 2 cm margins, in twentieths of a point. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN = 1134;

    private DocxWriter() {}

    static void write(Doc doc, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(XmlText.legal(doc.title()));
            docx.getProperties().getCoreProperties().setCreator("ctg-documents");
            headingStyles(docx);
            page(docx);
            for (Block block : doc.blocks()) {
                write(docx, block);
            }
            docx.write(out);
        }
    }

    private static void write(XWPFDocument docx, Block block) {
        if (block instanceof Heading heading) {
            XWPFParagraph p = docx.createParagraph();
            p.setStyle("Heading" + heading.level());
            keepNext(p, true);
            p.setSpacingBefore(heading.level() == 1 ? 0 : 240);
            p.setSpacingAfter(120);
            XWPFRun run = run(p, heading.text());
            run.setBold(true);
            run.setFontSize(heading.level() == 1 ? 16 : heading.level() == 2 ? 12.5 : 11);
            if (heading.level() < 3) {
                run.setColor(BLUE);
            }
        } else if (block instanceof Para para) {
            paragraph(docx, para);
        } else if (block instanceof Table table) {
            table(docx, table);
        } else if (block instanceof PageBreak) {
            docx.createParagraph().setPageBreak(true);
        } else if (block instanceof Signatures signatures) {
            signatures(docx, signatures);
        } else if (block instanceof Chart) {
            throw new IllegalArgumentException("Charts are written in the bilan's PDF and HTML only");
        }
    }

    private static void paragraph(XWPFDocument docx, Para para) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingAfter(120);
        XWPFRun run;
        switch (para.style()) {
            case TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingBefore(2268);
                p.setSpacingAfter(320);
                run = run(p, para.text());
                run.setBold(true);
                run.setFontSize(22);
                run.setColor(BLUE);
            }
            case SUBTITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run = run(p, para.text());
                run.setFontSize(13);
            }
            case ITEM -> {
                p.setIndentationLeft(340);
                p.setIndentationHanging(200);
                p.setSpacingAfter(60);
                run(p, "•\u00A0" + para.text());
            }
            case NOTE -> {
                run = run(p, para.text());
                run.setItalic(true);
                run.setColor("555555");
            }
            case STRONG -> {
                keepNext(p, true);
                p.setSpacingBefore(160);
                run(p, para.text()).setBold(true);
            }
            case BODY -> {
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, para.text());
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(10);
        run.setText(XmlText.legal(text));
        return run;
    }

    private static void table(XWPFDocument docx, Table table) {
        XWPFTable t = docx.createTable(table.rows().size() + 1, table.header().size());
        t.setWidth("100%");
        t.setCellMargins(30, 70, 30, 70);
        List<Integer> widths = table.widthPercents();
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < widths.size()) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < widths.size(); c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf((A4_WIDTH - 2 * MARGIN) * widths.get(c) / 100));
        }
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < widths.size(); c++) {
            header.getCell(c).setWidth(widths.get(c) + "%");
        }
        header.setCantSplitRow(true);
        fill(header, table.header(), table, true, "DCE6F1");
        for (int r = 0; r < table.rows().size(); r++) {
            boolean bold = table.boldRows().contains(r);
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            fill(row, table.rows().get(r), table, bold, bold ? "F2F2F2" : null);
        }
        docx.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, Table table, boolean bold, String shade) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (shade != null) {
                cell.setColor(shade);
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            if (table.numericColumns().contains(c)) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = run(p, cells.get(c));
            run.setFontSize(9);
            run.setBold(bold);
        }
    }

    private static void signatures(XWPFDocument docx, Signatures signatures) {
        XWPFParagraph lead = docx.createParagraph();
        keepNext(lead, true);
        run(lead, signatures.lead());
        List<SigningParty> parties = signatures.parties();
        int rows = (parties.size() + 1) / 2;
        XWPFTable t = docx.createTable(Math.max(rows, 1), 2);
        t.setWidth("100%");
        t.removeBorders();
        for (int i = 0; i < parties.size(); i++) {
            XWPFTableRow row = t.getRow(i / 2);
            row.setCantSplitRow(true);
            row.setHeightRule(TableRowHeightRule.AT_LEAST);
            XWPFTableCell cell = row.getCell(i % 2);
            SigningParty party = parties.get(i);
            XWPFParagraph first = cell.getParagraphs().get(0);
            keepNext(first, true);
            run(first, "Pour " + party.name()).setBold(true);
            for (Signer signer : party.signers()) {
                XWPFParagraph name = cell.addParagraph();
                keepNext(name, true);
                run(name, signer.name());
                XWPFParagraph title = cell.addParagraph();
                keepNext(title, true);
                run(title, signer.title());
                XWPFParagraph date = cell.addParagraph();
                keepNext(date, i < parties.size() - 2);
                date.setSpacingAfter(800);
                XWPFRun run = run(date, signer.signedOn().isEmpty() ? "Le : ………………………" : signer.signedOn());
                run.setColor(BLUE);
            }
        }
    }

    /** Keeps the paragraph on the page of the next one (POI needs its properties to exist first). */
    private static void keepNext(XWPFParagraph p, boolean keep) {
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(keep);
    }

    /** A page field (PAGE, NUMPAGES) in the footer's small size; Word and LibreOffice compute its value. */
    private static void field(XWPFParagraph p, String instruction) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        CTR run = field.addNewR();
        CTRPr properties = run.addNewRPr();
        properties.addNewSz().setVal(BigInteger.valueOf(16));
        properties.addNewRFonts().setAscii(FONT);
        run.addNewT().setStringValue("1");
    }

    private static void headingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            CTString name = CTString.Factory.newInstance();
            name.setVal("heading " + level);
            style.setName(name);
            style.addNewQFormat();
            CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
            outline.setVal(BigInteger.valueOf(level - 1L));
            CTPPrGeneral properties = CTPPrGeneral.Factory.newInstance();
            properties.setOutlineLvl(outline);
            style.setPPr(properties);
            XWPFStyle heading = new XWPFStyle(style);
            heading.setType(STStyleType.PARAGRAPH);
            styles.addStyle(heading);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setFooter(BigInteger.valueOf(567));
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "Page ").setFontSize(8);
        field(p, "PAGE");
        run(p, " / ").setFontSize(8);
        field(p, "NUMPAGES");
    }
}
