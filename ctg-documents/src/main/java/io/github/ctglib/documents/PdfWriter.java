package io.github.ctglib.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A document as PDF: its XHTML laid out by openhtmltopdf (PDFBox), with Liberation Sans embedded (subset) so that
 * every accent prints the same on every machine.
 */
final class PdfWriter {

    private PdfWriter() {}

    static void write(Doc doc, OutputStream out) {
        Slf4jRendererLog.install();
        String html = HtmlWriter.write(doc);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF of " + doc.title() + ": " + e.getMessage(), e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = PdfWriter.class.getResourceAsStream("fonts/" + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing font fonts/" + file + " in ctg-documents"));
            }
            return in;
        }, HtmlWriter.FONT_FAMILY, weight, style, true);
    }
}
