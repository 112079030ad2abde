package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCommandTest {

    @TempDir
    Path dir;

    private String store() {
        return Fixtures.jsonStoreWith(dir.resolve("store"), Frontignan.signed(), SampleConventions.maximal());
    }

    @Test
    void theConventionIsWrittenInTheFormatOfItsFileExtension() throws IOException {
        String store = store();
        Path pdf = dir.resolve("frontignan.pdf");
        Result result = Cli.run("document", "convention", Frontignan.ID, "-o", pdf.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Wrote " + pdf + " (pdf): the convention " + Frontignan.ID + ".");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replace('\u00A0', ' '))
                    .contains("Convention territoriale globale de Frontignan la Peyrade 2023-2027", "Signé le 6 mars 2024");
        }

        Path docx = dir.resolve("frontignan.docx");
        assertThat(Cli.run("document", "convention", Frontignan.ID, "-o", docx.toString(), "--store", store)
                .exitCode()).isZero();
        assertThat(docxText(docx)).contains("Annexe 3 – Tableau financier prévisionnel");

        Path odt = dir.resolve("frontignan.bin");
        assertThat(Cli.run("document", "convention", Frontignan.ID, "--format", "odt", "-o", odt.toString(),
                "--store", store).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(odt);
        assertThat(new String(bytes, 30, 8 + 39, StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/vnd.oasis.opendocument.text");
    }

    @Test
    void anAmendmentIsWrittenAndAnUnknownNumberWritesNothing() throws IOException {
        String store = store();
        Path docx = dir.resolve("avenant-1.docx");
        Result written = Cli.run("document", "amendment", SampleConventions.MAXIMAL_ID, "1", "-o", docx.toString(),
                "--store", store);
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(docxText(docx)).contains("Avenant n°1 à la convention territoriale globale",
                "Adhésion d'une nouvelle partie : Commune de Balaruc-le-Vieux");

        Path missing = dir.resolve("avenant-9.pdf");
        Result refused = Cli.run("document", "amendment", SampleConventions.MAXIMAL_ID, "9", "-o",
                missing.toString(), "--store", store);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains(SampleConventions.MAXIMAL_ID + " has no amendment n°9; it has n°1, n°2.");
        assertThat(missing).doesNotExist();

        Result none = Cli.run(Locale.FRENCH, "document", "amendment", Frontignan.ID, "1", "-o", missing.toString(),
                "--store", store);
        assertThat(none.err()).contains(Frontignan.ID + " n'a aucun avenant (n°1 demandé).");
    }

    @Test
    void theBilanIsWrittenAsHtmlOrPdfForAYearOfTheValidity() throws IOException {
        String store = store();
        Path html = dir.resolve("bilan.html");
        Result result = Cli.run("--lang", "fr", "document", "bilan", Frontignan.ID, "--year", "2024", "-o",
                html.toString(), "--store", store);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Fichier " + html + " écrit (html) : le bilan 2024 de " + Frontignan.ID);
        assertThat(Files.readString(html)).contains("<h2>Avancement des fiches action</h2>",
                "src=\"data:image/png;base64,");

        Path outside = dir.resolve("bilan-2031.pdf");
        Result refused = Cli.run("document", "bilan", Frontignan.ID, "--year", "2031", "-o", outside.toString(),
                "--store", store);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("No bilan 2031 for " + Frontignan.ID + ": its validity runs from 2023 to 2027.");
        assertThat(outside).doesNotExist();
    }

    @Test
    void aFailingTemplateLeavesTheExistingFileAsItWas() throws IOException {
        String store = store();
        Path output = Fixtures.text(dir.resolve("convention.odt"), "the signed version, kept");
        Path template = Fixtures.text(dir.resolve("caf.mustache"), "# Article 1\n{{#parties}}\n{{name}}\n");

        Result result = Cli.run("document", "convention", Frontignan.ID, "-o", output.toString(), "--template",
                template.toString(), "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("The template " + template + " cannot be used", "caf.mustache");
        assertThat(Files.readString(output)).isEqualTo("the signed version, kept");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void anIntegratorsTemplateGivesTheArticles() throws IOException {
        Path template = Fixtures.text(dir.resolve("caf.mustache"),
                "# Article unique\nLa {{caf.name}} s'engage {{validity.range}}.\n");
        Path docx = dir.resolve("convention.docx");
        Result result = Cli.run("document", "convention", Frontignan.ID, "-o", docx.toString(), "--template",
                template.toString(), "--store", store());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(docxText(docx)).contains("Article unique",
                "La CAF de l'Hérault s'engage du 1er janvier 2023 au 31 décembre 2027.").doesNotContain("Préambule");
    }

    @Test
    void aFileWithoutTheExtensionOfAFormatNeedsFormat() {
        Path output = dir.resolve("convention.txt");
        Result result = Cli.run("document", "convention", Frontignan.ID, "-o", output.toString(), "--store", store());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("add --format (odt, docx, pdf)");
        assertThat(output).doesNotExist();
    }

    @Test
    void anUnknownConventionIsRefused() {
        Path output = dir.resolve("x.pdf");
        Result result = Cli.run("document", "convention", "ctg-34-nowhere", "-o", output.toString(), "--store",
                store());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(output).doesNotExist();
    }

    @Test
    void documentAloneShowsItsDocumentsAndEachHasItsHelp() {
        Result alone = Cli.run("document");
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alone.err()).contains("convention", "amendment", "bilan");
        Result help = Cli.run("document", "bilan", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Writes the bilan of a year for the steering committee", "--year=Y",
                "pdf or html");
        Result missingYear = Cli.run("document", "bilan", Frontignan.ID, "-o", dir.resolve("b.pdf").toString());
        assertThat(missingYear.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missingYear.err()).contains("--year");
    }

    private static String docxText(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replace('\u00A0', ' ');
        }
    }
}
