package io.github.ctglib.documents;

import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Geography;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper of a CTG: the convention with its annexes and the amendment (ODT, DOCX, PDF), the yearly bilan for the
 * steering committee (PDF, HTML). Each method builds the document once from the convention and writes it to
 * {@code out}, which it does not close; a failure leaves {@code out} partly written, so write to a temporary file
 * and move it (as {@code ctg document} does).
 *
 * <pre>{@code
 * CtgDocuments documents = CtgDocuments.standard();
 * try (OutputStream out = Files.newOutputStream(Path.of("convention.odt"))) {
 *     documents.convention(convention, Format.ODT, out);
 * }
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CtgDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(CtgDocuments.class);

    private final DocumentTemplate template;
    private final Geography geography;

    private CtgDocuments(DocumentTemplate template, Geography geography) {
        this.template = Objects.requireNonNull(template, "template");
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /**
     * The project's default French texts, commune and EPCI names from the bundled geography.
     *
     * @return the documents with the standard template
     */
    public static CtgDocuments standard() {
        return new CtgDocuments(DocumentTemplate.standard(), Geography.bundled());
    }

    /**
     * These documents with the article texts of {@code template} (a CAF's own).
     *
     * @param template the articles of the convention and of the amendment
     * @return a copy using {@code template}
     */
    public CtgDocuments withTemplate(DocumentTemplate template) {
        return new CtgDocuments(template, geography);
    }

    /**
     * These documents naming communes and EPCIs from {@code geography}.
     *
     * @param geography where the names of communes and EPCIs come from
     * @return a copy using {@code geography}
     */
    public CtgDocuments withGeography(Geography geography) {
        return new CtgDocuments(template, geography);
    }

    /**
     * Writes the convention: title page, parties and their mandates, the articles of the template, signature
     * blocks, and the annexes (diagnostic, action plan by axis with each action sheet, forecast financial table).
     * The plan may be empty (a CTG signed before its plan).
     *
     * @param convention the convention, as stored (amendments in effect included: the consolidated version)
     * @param format ODT, DOCX or PDF
     * @param out where the bytes go (not closed)
     */
    public void convention(Convention convention, Format format, OutputStream out) {
        Objects.requireNonNull(convention, "convention");
        write(ConventionDocument.of(convention, template, geography), format, out);
        LOG.debug("Wrote the convention {} as {}", convention.getId(), format);
    }

    /**
     * Writes amendment n°{@code number} (avenant): its object, the changes it makes in words, the parties'
     * signature blocks and, in annex, the action sheets it adds or replaces.
     *
     * @param convention the convention that has the amendment
     * @param number the amendment's number (n°)
     * @param format ODT, DOCX or PDF
     * @param out where the bytes go (not closed)
     * @throws IllegalArgumentException when the convention has no amendment of that number (the message lists
     *     those it has)
     */
    public void amendment(Convention convention, int number, Format format, OutputStream out) {
        Objects.requireNonNull(convention, "convention");
        Amendment amendment = convention.getAmendments().stream().filter(a -> a.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The convention " + convention.getId()
                        + " has no amendment n°" + number + (convention.getAmendments().isEmpty()
                        ? " (it has none)" : " (it has n°" + convention.getAmendments().stream()
                        .map(a -> Integer.toString(a.getNumber())).collect(Collectors.joining(", n°")) + ")")));
        write(AmendmentDocument.of(convention, amendment, template, geography), format, out);
        LOG.debug("Wrote amendment {} of {} as {}", number, convention.getId(), format);
    }

    /**
     * Writes the bilan of {@code year} for the steering committee: progress of each action sheet, indicators
     * against baseline and target with the year's measurements, budget forecast against actual by funder and
     * instrument, the committees' decisions of the year, with charts.
     *
     * @param convention the convention followed up
     * @param year the year of the bilan
     * @param format PDF or HTML
     * @param out where the bytes go (not closed)
     * @throws IllegalArgumentException when {@code year} is outside the convention's validity
     */
    public void bilan(Convention convention, int year, BilanFormat format, OutputStream out) {
        Objects.requireNonNull(convention, "convention");
        Doc doc = BilanDocument.of(convention, year);
        try {
            switch (format) {
                case PDF -> PdfWriter.write(doc, out);
                case HTML -> out.write(HtmlWriter.write(doc).getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.debug("Wrote the bilan {} of {} as {}", year, convention.getId(), format);
    }

    private static void write(Doc doc, Format format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        try {
            switch (format) {
                case ODT -> OdtWriter.write(doc, out);
                case DOCX -> DocxWriter.write(doc, out);
                case PDF -> PdfWriter.write(doc, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
