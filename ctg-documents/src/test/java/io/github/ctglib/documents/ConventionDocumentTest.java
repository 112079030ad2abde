package io.github.ctglib.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

class ConventionDocumentTest {

    private final CtgDocuments documents = CtgDocuments.standard();

    /** What a CAF agent checks on Frontignan's convention, whatever the format. */
    private static final List<String> FRONTIGNAN_VALUES = List.of(
            "Convention territoriale globale de Frontignan la Peyrade 2023-2027",
            "Du 1er janvier 2023 au 31 décembre 2027",
            "CAF de l'Hérault (Caisse d'allocations familiales), représenté(e) par Thierry Mathieu, directeur et"
                    + " Laurent Teissier, président du conseil d'administration, dûment habilité(e) par Délibération"
                    + " du conseil d'administration (illustratif) du 12 décembre 2023",
            "Commune de Frontignan la Peyrade (Commune, SIREN 213401086)",
            "commune de Frontignan (34108)",
            "Article 1 – Objet de la convention", "Article 10 – Résiliation", "inclusion numérique",
            "La convention est conclue pour 5 ans, du 1er janvier 2023 au 31 décembre 2027. Elle a été signée le 6 mars"
                    + " 2024.",
            "Pour Commune de Frontignan la Peyrade", "Première adjointe déléguée à la ville éducative",
            "Signé le 6 mars 2024",
            "Annexe 1 – Diagnostic partagé", "Familles allocataires vivant sous le seuil de pauvreté", "29 %",
            "2 500 000 €", "Développer les places d'accueil et adapter l'accueil aux besoins des parents",
            "Annexe 2 – Plan d'actions", "Axe 6 – Accès aux droits, aux services et inclusion numérique",
            "Fiche action 1.1 – Développer les places d'accueil du jeune enfant",
            "Familles avec enfants de moins de 3 ans", "Places d'accueil du jeune enfant", "180 000,00 €",
            "Annexe 3 – Tableau financier prévisionnel", "273 500,50 €", "Bonus territoire CTG",
            "Total de la convention", "625 500,50 €");

    @Test
    void frontignanConventionAsPdfHoldsEveryValueAndIsKeptAsEvidence() throws IOException {
        byte[] pdf = write(Frontignan.signed(), Format.PDF);

        String text = flat(Readers.pdfText(pdf));
        assertThat(text).contains(FRONTIGNAN_VALUES);
        assertThat(Readers.pdfPages(pdf)).isBetween(6, 20);
        Files.createDirectories(Readers.EVIDENCE);
        Files.write(Readers.EVIDENCE.resolve("frontignan-convention.pdf"), pdf);
        assertThat(Readers.pdfPagesAsPng(pdf, "frontignan-convention", 30)).hasSize(Readers.pdfPages(pdf));
    }

    @Test
    void frontignanConventionAsDocxHoldsEveryValueWithHeadingsAndTables() throws IOException {
        byte[] docx = write(Frontignan.signed(), Format.DOCX);
        Files.createDirectories(Readers.EVIDENCE);
        Files.write(Readers.EVIDENCE.resolve("frontignan-convention.docx"), docx);

        assertThat(flat(Readers.docxText(docx))).contains(FRONTIGNAN_VALUES);
        try (XWPFDocument document = Readers.docx(docx)) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("Article 1 – Objet de la convention",
                            "Article 11 – Annexes", "Signatures");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Annexe 1 – Diagnostic partagé",
                            "Annexe 2 – Plan d'actions", "Annexe 3 – Tableau financier prévisionnel");
            XWPFTable financial = document.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 4
                            && t.getRow(0).getCell(3).getText().equals("Montant prévisionnel")).findFirst()
                    .orElseThrow();
            assertThat(cells(financial, 1)).containsExactly("2024", "CAF de l'Hérault", "Bonus territoire CTG",
                    "42 000,00 €");
            assertThat(cells(financial, 2)).containsExactly("2024", "CAF de l'Hérault", "Prestation de service",
                    "273 500,50 €");
            assertThat(cells(financial, 3)).containsExactly("2024", "Commune de Frontignan la Peyrade",
                    "Fonds propres", "310 000,00 €");
            assertThat(cells(financial, financial.getNumberOfRows() - 1))
                    .containsExactly("Total de la convention", "", "", "625 500,50 €");
        }
    }

    @Test
    void theEquipmentListIsTheFourthAnnexWhenTheConventionHasEquipment() throws IOException {
        byte[] pdf = write(SampleConventions.maximal(), Format.PDF);
        Readers.pdfPagesAsPng(pdf, "maximal-convention", 0, Readers.pdfPages(pdf) - 1);
        for (Format format : Format.values()) {
            String text = flat(text(write(SampleConventions.maximal(), format), format));
            assertThat(text).as(format.name()).contains("Annexe 4 : Liste des équipements",
                    "Annexe 4 – Liste des équipements",
                    "Les 3 équipements et services concernés par la convention figurent en annexe 4.",
                    "Multi-accueil Les Moussaillons – Multi-accueil",
                    "Sète Agglopôle Méditerranée, SIRET 20006635500005", "Sète (34301), QPV", "48 places",
                    "Prestation de service unique (PSU) (COF 2022–2025)", "1,5 ETP",
                    "Accueil de loisirs périscolaire Anatole France")
                    .as("withdrawn by amendment 1").doesNotContain("LAEP La Passerelle");
        }
        assertThat(flat(Readers.docxText(write(Frontignan.signed(), Format.DOCX))))
                .doesNotContain("Liste des équipements", "bonus territoire selon");
    }

    @Test
    void theDiagnosticHasATerritoryColumnOnlyWhenAnIndicatorIsAboutPartOfTheTerritory() throws IOException {
        try (XWPFDocument frontignan = Readers.docx(write(Frontignan.signed(), Format.DOCX));
                XWPFDocument maximal = Readers.docx(write(SampleConventions.maximal(), Format.DOCX))) {
            assertThat(cells(frontignan.getTables().get(1), 0)).containsExactly("Indicateur", "Valeur", "Année",
                    "Source");
            assertThat(cells(maximal.getTables().get(1), 0)).containsExactly("Indicateur", "Valeur", "Année",
                    "Source", "Territoire");
        }
    }

    @Test
    void frontignanConventionAsOdtOpensInTheOdfToolkitWithEveryValue() throws Exception {
        byte[] odt = write(Frontignan.signed(), Format.ODT);
        Files.createDirectories(Readers.EVIDENCE);
        Files.write(Readers.EVIDENCE.resolve("frontignan-convention.odt"), odt);

        assertThat(flat(Readers.odtText(odt))).contains(FRONTIGNAN_VALUES);
        try (OdfTextDocument document = Readers.odt(odt)) {
            assertThat(document.getMediaTypeString()).isEqualTo("application/vnd.oasis.opendocument.text");
            OdfTable financial = document.getTableList(false).stream()
                    .filter(t -> t.getCellByPosition(3, 0).getStringValue().equals("Montant prévisionnel"))
                    .findFirst().orElseThrow();
            assertThat(flat(financial.getCellByPosition(3, 2).getStringValue())).isEqualTo("273 500,50 €");
            assertThat(financial.getCellByPosition(2, 3).getStringValue()).isEqualTo("Fonds propres");
            assertThat(flat(financial.getCellByPosition(3, financial.getRowCount() - 1).getStringValue()))
                    .isEqualTo("625 500,50 €");
        }
    }

    @Test
    void aConventionSignedBeforeItsPlanSaysThePlanWillComeByAmendment() throws IOException {
        Convention noPlan = ImmutableConvention.copyOf(Frontignan.signed()).withActions(List.<ActionSheet>of())
                .withAxes(List.of());
        for (Format format : Format.values()) {
            String text = flat(text(write(noPlan, format), format));
            assertThat(text).as(format.name())
                    .contains("Le plan d'actions sera établi par les parties à partir du diagnostic partagé",
                            "Le plan d'actions n'est pas encore établi",
                            "Aucun financement prévisionnel n'est inscrit au plan d'actions.")
                    .doesNotContain("Fiche action");
        }
        Readers.pdfPagesAsPng(write(noPlan, Format.PDF), "empty-plan-convention", 10);
    }

    @Test
    void twoHundredActionSheetsAreAllWrittenOnPagesThatHold() throws IOException {
        Convention large = SampleConventions.withActions(200);
        byte[] pdf = write(large, Format.PDF);
        String pdfText = flat(Readers.pdfText(pdf));
        assertThat(pdfText).contains("Fiche action 1.1 – Action n° 1", "Fiche action 1.100 – Action n° 100",
                "Fiche action 2.100 – Action n° 200", "Le plan d'actions compte 200 fiches action");
        int pages = Readers.pdfPages(pdf);
        assertThat(pages).isGreaterThan(40);
        assertThat(Readers.pdfPagesAsPng(pdf, "200-actions", 0, 1, 4, pages - 2, pages - 1)).hasSize(5);
        assertThat(flat(Readers.docxText(write(large, Format.DOCX)))).contains("Fiche action 2.100 – Action n° 200");
        assertThat(flat(Readers.odtText(write(large, Format.ODT)))).contains("Fiche action 2.100 – Action n° 200");
    }

    @Test
    void longTitlesAndAccentsArePrintedWhole() throws IOException {
        String title = "Convention territoriale globale de la Communauté de communes Cœur d'Hérault, Lodévois-et-Larzac"
                + " et Vallée de l'Hérault — « Grandir, vieillir et s'épanouir ensemble » : Saint-André-de-Sangonis,"
                + " Gignac, Aniane, Montpeyroux, Saint-Jean-de-Fos, Puéchabon, Ceyras, Clermont-l'Hérault 2025-2029";
        ActionSheet first = Frontignan.signed().getActions().get(0);
        ActionSheet longAction = ActionSheet.builder().from(first).title("Développer l'accueil du jeune enfant à"
                + " horaires atypiques, y compris le week-end, pour les familles monoparentales éloignées de l'emploi"
                + " et les parents en formation — crèches, assistantes maternelles, maisons d'assistants maternels")
                .build();
        Convention accents = ImmutableConvention.copyOf(Frontignan.signed()).withTitle(title)
                .withActions(List.of(longAction));
        byte[] pdf = write(accents, Format.PDF);
        assertThat(flat(Readers.pdfText(pdf))).contains(title, longAction.getTitle(), "Œ".toLowerCase() + "uvre",
                "Préambule");
        Readers.pdfPagesAsPng(pdf, "long-titles", 3);
        assertThat(flat(Readers.docxText(write(accents, Format.DOCX)))).contains(title, longAction.getTitle());
        assertThat(flat(Readers.odtText(write(accents, Format.ODT)))).contains(title, longAction.getTitle());
    }

    @Test
    void anIntegratorsTemplateReplacesTheArticles() throws IOException {
        DocumentTemplate own = DocumentTemplate.standard().withConventionArticles("caf-34.mustache", """
                # Article unique – Objet
                La {{caf.name}} et {{#localAuthorities}}la {{name}}{{/localAuthorities}} s'engagent {{validity.range}}
                dans {{fieldList}}.
                {{#annexes}}
                - Annexe {{number}} : {{title}}
                {{/annexes}}
                """);
        byte[] docx = new ByteArrayOutputStream() {
            {
                documents.withTemplate(own).convention(Frontignan.signed(), Format.DOCX, this);
            }
        }.toByteArray();
        String text = flat(Readers.docxText(docx));
        assertThat(text).contains("Article unique – Objet", "La CAF de l'Hérault et la Commune de Frontignan la"
                        + " Peyrade s'engagent du 1er janvier 2023 au 31 décembre 2027 dans petite enfance,",
                "• Annexe 3 : Tableau financier prévisionnel", "Annexe 2 – Plan d'actions")
                .doesNotContain("Article 10 – Résiliation", "Préambule");
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithItsName() {
        assertThatThrownBy(() -> DocumentTemplate.standard().withConventionArticles("caf-34.mustache",
                "# Article 1\n{{#parties}}\n{{name}}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caf-34.mustache").hasMessageContaining("not a valid Mustache template");
    }

    @Test
    void theDefaultTemplatesAreOfferedToStartFrom() {
        assertThat(DocumentTemplate.standardConventionArticles()).contains("# Article 1 – Objet de la convention",
                "{{#parties}}");
        assertThat(DocumentTemplate.standardAmendmentArticles()).contains("{{amendment.object}}", "{{#changes}}");
    }

    static byte[] write(Convention convention, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CtgDocuments.standard().convention(convention, format, out);
        return out.toByteArray();
    }

    static String text(byte[] document, Format format) {
        return switch (format) {
            case PDF -> Readers.pdfText(document);
            case DOCX -> Readers.docxText(document);
            case ODT -> Readers.odtText(document);
        };
    }

    /**
     * Whitespace as a reader sees it: no-break spaces and line ends as single spaces, a line broken after a hyphen
     * or a dash (Saint-Jean-|de-Fos, 2022–|2025) joined.
     */
    static String flat(String text) {
        return text.replaceAll("([-–])\\R", "$1").replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> flat(c.getText())).toList();
    }
}
