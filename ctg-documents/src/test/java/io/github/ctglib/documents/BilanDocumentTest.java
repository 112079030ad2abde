package io.github.ctglib.documents;

import static io.github.ctglib.documents.ConventionDocumentTest.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.documents.Doc.Chart;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BilanDocumentTest {

    private final CtgDocuments documents = CtgDocuments.standard();

    @Test
    void frontignansBilanShowsProgressIndicatorsBudgetAndDecisionsOfTheYear() throws IOException {
        byte[] pdf = write(Samples.frontignanFollowedUp(), 2024, BilanFormat.PDF);
        String text = flat(Readers.pdfText(pdf));
        assertThat(text).contains("Bilan 2024 de la convention territoriale globale",
                "6 fiches action : 2 prévues, 3 en cours, 1 réalisée.",
                "Développer les places d'accueil du jeune enfant", "en cours", "réalisée",
                "1er janvier 2024 – 31 décembre 2025",
                "Places d'accueil du jeune enfant", "210 places", "240 places",
                "218 places au 30 juin 2024 ; 226 places au 31 décembre 2024", "53 %",
                "Familles accueillies au LAEP", "47 familles au 31 décembre 2024", "35 %",
                "Prestation de service", "273 500,50 €", "259 550,50 €", "-13 950,00 €", "95 %",
                "Fonds propres", "310 000,00 €", "325 400,00 €", "105 %",
                "Comité de pilotage du 18 juin 2024", "Présents : Thierry Mathieu, Michel Arrouy, Claudie Minguez.",
                "Ouverture d'une micro-crèche de 12 places à La Peyrade en 2025",
                "Comité technique du 26 novembre 2024", "Préparation du bilan 2024")
                .doesNotContain("Décision d'une autre année", "212 places au");
        Files.createDirectories(Readers.EVIDENCE);
        Files.write(Readers.EVIDENCE.resolve("frontignan-bilan-2024.pdf"), pdf);
        assertThat(Readers.pdfPagesAsPng(pdf, "frontignan-bilan-2024", 6)).isNotEmpty();
    }

    @Test
    void theChartsAreImagesOfIndicatorsOverTimeAndBudgetForecastAgainstActual() throws IOException {
        List<Chart> charts = BilanDocument.of(Samples.frontignanFollowedUp(), 2024).blocks().stream()
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).extracting(Chart::title).containsExactly(
                "Fiche 1.1 – Places d'accueil du jeune enfant", "Fiche 2.1 – Familles accueillies au LAEP",
                "Budget 2024 : prévisionnel et réalisé par financeur");
        Files.createDirectories(Readers.EVIDENCE);
        for (int i = 0; i < charts.size(); i++) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(charts.get(i).png()));
            assertThat(image.getWidth()).isEqualTo(charts.get(i).widthPoints() * 2);
            Files.write(Readers.EVIDENCE.resolve("frontignan-bilan-2024-chart-" + (i + 1) + ".png"), charts.get(i).png());
        }
    }

    @Test
    void theHtmlBilanIsOnePageWithItsChartsInline() {
        String html = new String(write(Samples.frontignanFollowedUp(), 2024, BilanFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<?xml").contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"",
                "<h2>Indicateurs</h2>", "<h2>Décisions des comités en 2024</h2>",
                "alt=\"Budget 2024 : prévisionnel et réalisé par financeur\"");
        Matcher images = Pattern.compile("src=\"data:image/png;base64,").matcher(html);
        int count = 0;
        while (images.find()) {
            count++;
        }
        assertThat(count).isEqualTo(3);
    }

    @Test
    void aYearWithoutFollowUpAndAnEmptyPlanStillMakeABilan() {
        String text = flat(Readers.pdfText(write(Samples.frontignanFollowedUp(), 2026, BilanFormat.PDF)));
        assertThat(text).contains("Bilan 2026", "aucune mesure en 2026", "Aucune ligne budgétaire pour 2026.",
                "Aucune réunion de comité n'est enregistrée en 2026.", "(échéance dépassée)");
        Convention noPlan = ImmutableConvention.copyOf(Frontignan.signed()).withActions(List.<ActionSheet>of());
        byte[] pdf = write(noPlan, 2024, BilanFormat.PDF);
        assertThat(flat(Readers.pdfText(pdf))).contains("Le plan d'actions n'est pas encore établi",
                "Aucun indicateur de suivi n'est défini");
        Readers.pdfPagesAsPng(pdf, "empty-plan-bilan", 2);
    }

    @Test
    void twoHundredActionSheetsMakeALongButWholeBilan() {
        byte[] pdf = write(SampleConventions.withActions(200), 2024, BilanFormat.PDF);
        String text = flat(Readers.pdfText(pdf));
        assertThat(text).contains("200 fiches action", "Action n° 200");
        int pages = Readers.pdfPages(pdf);
        assertThat(Readers.pdfPagesAsPng(pdf, "200-actions-bilan", 0, pages - 1)).hasSize(2);
    }

    @Test
    void aYearOutsideTheValidityIsRefused() {
        assertThatThrownBy(() -> documents.bilan(Frontignan.signed(), 2031, BilanFormat.PDF,
                new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2031").hasMessageContaining("2023–2027");
    }

    private byte[] write(Convention convention, int year, BilanFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.bilan(convention, year, format, out);
        return out.toByteArray();
    }
}
