package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report only formats what ctg-core computes; these tests check that every part reaches the reader. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String store;

    /**
     * Frontignan signed with its action plan (2023-2027), Sète signed and ending on 2026-12-31 (within 12 months of
     * "today", 2026-11-26), and Nîmes in the Gard.
     */
    @BeforeEach
    void portfolio() {
        Convention frontignan = ImmutableConvention.copyOf(SampleConventions.variant("ctg-34-frontignan")
                        .stage(Stage.SIGNED).fields(Frontignan.draft().getFields().toArray(FieldOfAction[]::new))
                        .build())
                .withActions(Frontignan.actions());
        store = Fixtures.jsonStoreWith(dir, frontignan,
                SampleConventions.variant("ctg-34-sete").communes("34301").stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2022, 2026)).build(),
                SampleConventions.variant("ctg-30-nimes").caf("30").communes("30189").stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2024, 2028)).build());
    }

    @Test
    void textShowsEveryPartOfTheReport() {
        Result report = Cli.run("report", "--departement", "34", "--store", store);

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).startsWith("Portfolio, département 34 (Hérault), on 2026-11-26\n====");
        assertThat(report.out()).contains(
                "On 26 November 2026, département 34 (Hérault): 2 conventions (signed: 2); communes covered by a"
                        + " convention in force: 2 of 341; ending within 12 months: 1.",
                "Conventions by stage",
                "signed                         2",
                "in preparation                 0",
                "Communes covered by a convention in force on 2026-11-26",
                "34    Hérault       341        2  0.6",
                "Communes not covered (339) in département 34:",
                "  34001 Abeilhan, 34002 Adissan,",
                "Conventions ending within 12 months: renewals to prepare",
                "ctg-34-sete",
                "2026-12-31",
                "Funding by field, funder and year",
                "early childhood",
                "€222,000.00",
                "€68,500.50",
                "Actions by field and status");
        assertThat(report.out()).doesNotContain("ctg-30-nimes", "34108 Frontignan", "34301 Sète");
    }

    @Test
    void withoutADepartementTheReportCoversThemAll() {
        Result report = Cli.run("report", "--store", store);

        assertThat(report.out()).startsWith("Portfolio, all départements, on 2026-11-26").contains(
                "3 conventions (signed: 3)", "30    Gard", "ctg-34-sete",
                "communes are not covered: 'ctg report --departement CODE' lists a département's");
    }

    @Test
    void csvHasOneBlockPerPartEachRowNamingItsPart() {
        Result report = Cli.run("report", "--departement", "34", "--format", "csv", "--store", store);

        List<String> lines = report.out().lines().toList();
        assertThat(lines).contains(
                "section,stage,stage_label,conventions", "by_stage,SIGNED,signed,2", "by_stage,CLOSED,closed,0",
                "section,departement,name,communes,covered", "coverage,34,Hérault,341,2",
                "uncovered,34,34001,Abeilhan",
                "ending,ctg-34-sete,Convention territoriale globale ctg-34-sete,34,2026-12-31,SIGNED,signed",
                "funding,EARLY_CHILDHOOD,early childhood,CAF de l'Hérault,2024,222000.00,0.00",
                "funding,SOCIAL_LIFE,community life,CAF de l'Hérault,2024,68500.50,0.00",
                "action_status,EARLY_CHILDHOOD,early childhood,PLANNED,planned,1");
        assertThat(lines.stream().filter(l -> l.startsWith("uncovered,"))).hasSize(339);
        assertThat(report.out()).contains("\r\n").doesNotStartWith("\uFEFF");
    }

    @Test
    void excelIsCsvForASpreadsheetSetToFrench() {
        Result report = Cli.run(java.util.Locale.FRANCE, "report", "--departement", "34", "--format", "excel",
                "--store", store);

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).startsWith("\uFEFFsection;stage;stage_label;conventions\r\n");
        assertThat(report.out().lines().toList()).contains("by_stage;SIGNED;signée;2",
                "funding;EARLY_CHILDHOOD;petite enfance;CAF de l'Hérault;2024;222000,00;0,00",
                "coverage;34;Hérault;341;2");
    }

    @Test
    void markdownHasHeadingsAndTables() {
        Result report = Cli.run("report", "--departement", "34", "--format", "md", "--store", store);

        assertThat(report.out()).startsWith("# Portfolio, département 34 (Hérault), on 2026-11-26")
                .contains("## Conventions by stage", "| Stage | Conventions |", "| --- | --: |", "| signed | 2 |",
                        "| early childhood | CAF de l'Hérault | 2024 | €222,000.00 | €0.00 |");
    }

    @Test
    void theHorizonIsAnOption() {
        assertThat(Cli.run("report", "--departement", "34", "--months", "0", "--store", store).out())
                .contains("Conventions ending within 0 months: renewals to prepare\n"
                        + "-------------------------------------------------------\nNone.");
    }

    @Test
    void speaksFrench() {
        Result report = Cli.run("report", "--departement", "34", "--lang", "fr", "--store", store);

        assertThat(report.out()).startsWith("Portefeuille, département 34 (Hérault), au 2026-11-26")
                .contains("Financements par champ, financeur et année", "petite enfance", "222 000,00 €",
                        "communes couvertes par une convention en vigueur : 2 sur 341");
    }

    @Test
    void textGivesThePopulationCoveredPerDepartementCafAndNationAndTheEpcisNotCovered() {
        // Frontignan 24,136 + Sète 45,337 = 69,473 of the Hérault's 1,230,289 inhabitants (Etalab 6.0.0); with
        // Nîmes 151,839, 221,312 of France's 68,952,941 in 3 of 34,969 communes.
        Result report = Cli.run("report", "--departement", "34", "--store", store);

        assertThat(report.out()).contains(
                "Population covered by a convention in force on 2026-11-26",
                "34    Hérault   1,230,289   69,473  5.6",
                "France: 221,312 of 68,952,941 inhabitants (0.3 %) live in a commune covered by a convention in"
                        + " force, 3 of 34,969 communes.",
                "Population covered by each CAF's conventions in force",
                "34    CAF 34         2         2   69,473                           5.6",
                "EPCIs no convention in force covers (16), largest population first",
                "243400017  Montpellier Méditerranée Métropole");
        assertThat(report.out()).doesNotContain("200066355", "more: '--format csv' lists them all");
        assertThat(report.out().indexOf("243400017")).isLessThan(report.out().indexOf("243400769"));
    }

    @Test
    void theNationalReportListsTheLargestUncoveredEpcisAndSaysHowManyMore() {
        Result report = Cli.run("report", "--store", store, "--lang", "fr");

        assertThat(report.out()).contains("EPCI qu'aucune convention en vigueur ne couvre (1 253), les plus peuplés"
                + " d'abord", "… et 1 233 de plus : '--format csv' les liste tous.",
                "France : 221 312 habitants sur 68 952 941 (0,3 %)");
        assertThat(report.out()).as("the largest EPCI of France, the Métropole du Grand Paris (MGP)")
                .contains("200054781");
    }

    @Test
    void csvAndJsonCarryThePopulationCovered() {
        Result csv = Cli.run("report", "--departement", "34", "--format", "csv", "--store", store);
        Result json = Cli.run("report", "--departement", "34", "--format", "json", "--store", store);

        assertThat(csv.out().lines().toList()).contains(
                "section,code,name,population,covered_population,communes,covered_communes,share_percent",
                "population_departement,34,Hérault,1230289,69473,341,2,5.6",
                "population_national,FR,France,68952941,221312,34969,3,0.3",
                "population_caf,34,CAF 34,2,2,69473,1230289,5.6",
                "uncovered_epci,243400017,Montpellier Méditerranée Métropole,METRO,34,31,522542");
        assertThat(csv.out().lines().filter(l -> l.startsWith("uncovered_epci,"))).hasSize(16);
        assertThat(json.out()).contains("\"format\" : \"ctg-report/1\"", "\"population\" : {",
                "\"national\" : {", "\"coveredPopulation\" : 221312", "\"sharePercent\" : \"5.6\"",
                "\"byCaf\" : [", "\"uncoveredEpcis\" : [", "\"siren\" : \"243400017\"");
    }

    @Test
    void badOptionsAreBadUsage() {
        Result unknown = Cli.run("report", "--departement", "99", "--store", store);
        Result negative = Cli.run("report", "--months", "-1", "--store", store);
        Result format = Cli.run("report", "--format", "pdf", "--store", store);

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("Unknown département '99'", "e.g. 34, 2A or 974");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(negative.err()).contains("--months takes 0 or more, not -1.");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("--format", "pdf");
    }
}
