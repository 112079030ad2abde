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
import java.util.Base64;
import java.util.List;

/**
 * A document as XHTML with its print stylesheet: the HTML bilan as it is, and the page the PDF renderer lays out
 * (A4, page numbers, table headers repeated on each page).
 */
final class HtmlWriter {

    static final String FONT_FAMILY = "Liberation Sans";

    private static final String CSS = """
            @page { size: A4; margin: 2cm 1.8cm 2.2cm 1.8cm;
                    @bottom-center { content: "Page " counter(page) " / " counter(pages);
                                     font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #555; } }
            body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35;
                   color: #111; max-width: 60em; margin: 0 auto; }
            h1 { font-size: 16pt; color: #1F4E79; border-bottom: 1.5pt solid #1F4E79; padding-bottom: 3pt;
                 margin: 0 0 10pt 0; }
            h2 { font-size: 12.5pt; color: #1F4E79; margin: 14pt 0 6pt 0; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; text-align: justify; }
            p.title { font-size: 22pt; font-weight: bold; color: #1F4E79; text-align: center; margin: 4cm 0 16pt 0; }
            p.subtitle { font-size: 13pt; text-align: center; margin: 0 0 8pt 0; }
            p.subtitle + h2 { margin-top: 2cm; }
            p.item { margin: 0 0 3pt 1.2em; text-indent: -0.9em; text-align: left; }
            p.note { color: #555; font-style: italic; }
            p.strong { font-weight: bold; margin-top: 8pt; page-break-after: avoid; }
            div.break { page-break-before: always; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #999; padding: 3pt 4pt; vertical-align: top; text-align: left; font-size: 9pt;
                     word-wrap: break-word; }
            th { background: #DCE6F1; font-weight: bold; }
            tr { page-break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; }
            th.num { text-align: right; }
            tr.total td { font-weight: bold; background: #F2F2F2; }
            div.signing { page-break-inside: avoid; }
            table.signatures td { border: none; width: 50%; padding: 8pt 8pt 40pt 0; }
            .signer { margin-top: 6pt; margin-bottom: 30pt; }
            .signed { color: #1F4E79; }
            .blank { color: #777; }
            img.chart { margin: 4pt 6pt 8pt 0; }
            """;

    private HtmlWriter() {}

    static String write(Doc doc) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        for (Block block : doc.blocks()) {
            write(block, html);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void write(Block block, StringBuilder html) {
        if (block instanceof Heading heading) {
            html.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
                    .append("</h").append(heading.level()).append(">\n");
        } else if (block instanceof Para para) {
            String text = para.style() == Doc.Style.ITEM ? "•\u00A0" + para.text() : para.text();
            html.append("<p class=\"").append(para.style().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(escape(text)).append("</p>\n");
        } else if (block instanceof Table table) {
            table(table, html);
        } else if (block instanceof PageBreak) {
            html.append("<div class=\"break\"></div>\n");
        } else if (block instanceof Signatures signatures) {
            signatures(signatures, html);
        } else if (block instanceof Chart chart) {
            html.append("<img class=\"chart\" alt=\"").append(escape(chart.title())).append("\" title=\"")
                    .append(escape(chart.title())).append("\" style=\"width: ").append(chart.widthPoints())
                    .append("pt; height: ").append(chart.heightPoints()).append("pt;\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png())).append("\"/>\n");
        }
    }

    private static void table(Table table, StringBuilder html) {
        html.append("<table>\n<colgroup>");
        table.widthPercents().forEach(w -> html.append("<col style=\"width: ").append(w).append("%;\"/>"));
        html.append("</colgroup>\n<thead><tr>");
        for (int c = 0; c < table.header().size(); c++) {
            html.append(table.numericColumns().contains(c) ? "<th class=\"num\">" : "<th>")
                    .append(escape(table.header().get(c))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            html.append(table.boldRows().contains(r) ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(table.numericColumns().contains(c) ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void signatures(Signatures signatures, StringBuilder html) {
        html.append("<div class=\"signing\">\n<p>").append(escape(signatures.lead())).append("</p>\n")
                .append("<table class=\"signatures\">\n");
        List<SigningParty> parties = signatures.parties();
        for (int i = 0; i < parties.size(); i += 2) {
            html.append("<tr>");
            for (int j = i; j < i + 2; j++) {
                html.append("<td>");
                if (j < parties.size()) {
                    SigningParty party = parties.get(j);
                    html.append("<p class=\"strong\">Pour ").append(escape(party.name())).append("</p>");
                    for (Signer signer : party.signers()) {
                        html.append("<div class=\"signer\">").append(escape(signer.name())).append("<br/>")
                                .append(escape(signer.title())).append("<br/>")
                                .append(signer.signedOn().isEmpty() ? "<span class=\"blank\">Le : ………………………</span>"
                                        : "<span class=\"signed\">" + escape(signer.signedOn()) + "</span>")
                                .append("</div>");
                    }
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    /** Text as XHTML character data; characters XML 1.0 forbids are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (XmlText.allowed(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
