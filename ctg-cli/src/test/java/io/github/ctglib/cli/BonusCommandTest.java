package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg bonus}, {@code show}'s equipment and the report's bonus part, on a convention with its annex. */
class BonusCommandTest {

    @TempDir
    Path dir;

    private String store;

    /** Frontignan (2023–2027, signed) with a multi-accueil and an RPE; a second one ending in 2026 with an RPE. */
    @BeforeEach
    void conventions() {
        Equipment creche = Equipment.builder().reference("EAJE-01").kind(EquipmentKind.MULTI_ACCUEIL)
                .name("Multi-accueil municipal").manager(EquipmentManager.named("Commune de Frontignan"))
                .communeCode(Frontignan.COMMUNE).places(40).supportingParty(Frontignan.COMMUNE_NAME)
                .bonusBasis(BonusBasis.eaje(0, 8, 2)).build();
        Equipment rpe = Equipment.builder().reference("RPE-01").kind(EquipmentKind.RPE).name("Relais petite enfance")
                .manager(EquipmentManager.named("Commune de Frontignan")).communeCode(Frontignan.COMMUNE)
                .fullTimeEquivalents(BigDecimal.ONE).supportingParty(Frontignan.COMMUNE_NAME).build();
        ImmutableConvention frontignan = ImmutableConvention.copyOf(Frontignan.signed()).withActions()
                .withEquipment(creche, rpe)
                .withBonusTerms(BonusTerms.builder().wealthTranche("LOWEST").build());
        ImmutableConvention ending = frontignan.withId("ctg-34-ending").withValidity(DateRange.ofYears(2022, 2026))
                .withEquipment(rpe);
        store = Fixtures.jsonStoreWith(dir, frontignan, ending);
    }

    @Test
    void theBonusOfEachEquipmentIsShownWithItsComputation() {
        Result bonus = Cli.run("bonus", Frontignan.ID, "--year", "2025", "--store", store);

        assertThat(bonus.exitCode()).as(bonus.toString()).isZero();
        // Illustrative rates 2025: 8 new places × 2,600 (lowest tranche) + 2 employer-reserved × 2,800; the RPE has
        // no published amount.
        assertThat(bonus.out()).contains("Territory bonus of ctg-34-frontignan-2023 for 2025 (rates: illustrative",
                "EAJE-01 Multi-accueil municipal", "8 new places × €2,600.00 + 2 employer-reserved places × €2,800.00",
                "365/365", "€26,400.00", "Total: €26,400.00",
                "Missing from the rates or the convention: 2025/34/PER_EQUIPMENT/RPE");
    }

    @Test
    void theCafsOwnRatesAreReadFromAFileAndAFaultyOneIsNamed() throws Exception {
        Path rates = dir.resolve("bareme-34.csv");
        Files.writeString(rates, "# ctg-bonus-rates/1\nannee;caf;parametre;cle;valeur;source\n"
                + "2025;34;PER_EQUIPMENT;RPE;12000;CAF 34\n2025;34;EAJE_NEW_PLACE;LOWEST;2600;CAF 34\n"
                + "2025;34;EAJE_EMPLOYER_RESERVED_PLACE;;2800;CAF 34\n");

        Result bonus = Cli.run("bonus", Frontignan.ID, "--year", "2025", "--bareme", rates.toString(), "--store", store);

        assertThat(bonus.out()).contains("RPE-01 Relais petite enfance", "€12,000.00", "Total: €38,400.00")
                .doesNotContain("Missing");
        Files.writeString(rates, "# ctg-bonus-rates/1\nannee;caf;parametre;cle;valeur;source\n2025;34;RPE;;1;x\n");
        Result refused = Cli.run("bonus", Frontignan.ID, "--bareme", rates.toString(), "--store", store);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("bareme-34.csv, line 3: column parametre holds \"RPE\"");
    }

    @Test
    void showListsTheEquipmentAndTheReportTheBonusAtRisk() {
        Result show = Cli.run("show", Frontignan.ID, "--store", store);
        assertThat(show.out()).contains("Equipment (2)", "EAJE-01 — Multi-accueil municipal (multi-accueil, 34108,"
                + " 40 places) — manager: Commune de Frontignan — supported by Commune de Frontignan la Peyrade");

        Result report = Cli.run("report", "--store", store);
        assertThat(report.out()).contains("Territory bonus 2026 (rates: illustrative",
                "Bonus at risk: 1 convention(s) ending within 12 months with no renewal in preparation",
                "Total: €0.00 (rates incomplete)");
        String atRisk = report.out().substring(report.out().indexOf("Bonus at risk"));
        assertThat(atRisk.lines().filter(line -> line.startsWith("ctg-34-ending ")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("CAF de l'Hérault", "2026-12-31", "1  €0.00 (rates incomplete)");
    }

    /** The CAF's rates for 2026: 8 new places and 2 employer-reserved ones at Frontignan, an RPE in each convention. */
    private Path rates2026() throws Exception {
        return Files.writeString(dir.resolve("bareme-2026.csv"), "# ctg-bonus-rates/1\nannee;caf;parametre;cle;valeur;source\n"
                + "2026;34;PER_EQUIPMENT;RPE;12000;CAF 34\n2026;34;EAJE_NEW_PLACE;LOWEST;2600;CAF 34\n"
                + "2026;34;EAJE_EMPLOYER_RESERVED_PLACE;;2800;CAF 34\n");
    }

    @Test
    void theReportsBonusPartIsInItsJsonCsvAndMarkdown() throws Exception {
        String rates = rates2026().toString();
        Result json = Cli.run("report", "--format", "json", "--bareme", rates, "--store", store);
        Result csv = Cli.run("report", "--format", "csv", "--bareme", rates, "--store", store);
        Result md = Cli.run("report", "--format", "md", "--bareme", rates, "--store", store);

        tools.jackson.databind.JsonNode bonus = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(json.out()).get("bonus");
        // Frontignan: 8 × 2,600 + 2 × 2,800 + 12,000 for its RPE; the convention ending in 2026: its RPE.
        assertThat(bonus.get("year").asInt()).isEqualTo(2026);
        assertThat(bonus.get("total").asString()).isEqualTo("50400.00");
        assertThat(bonus.get("ratesIncomplete").asBoolean()).isFalse();
        assertThat(bonus.get("byCaf").get(0).get("amount").asString()).isEqualTo("50400.00");
        assertThat(bonus.get("conventions").get(0).get("id").asString()).isEqualTo("ctg-34-ending");
        assertThat(bonus.get("conventions").get(0).get("amount").asString()).isEqualTo("12000.00");
        assertThat(bonus.get("atRisk").get(0).get("ends").asString()).isEqualTo("2026-12-31");
        assertThat(bonus.get("atRisk").get(0).get("yearlyBonus").asString()).isEqualTo("12000.00");
        assertThat(csv.out()).contains("bonus_due,ctg-34-ending,", ",2026,1,12000.00,false,",
                "bonus_at_risk,ctg-34-ending,", ",2026-12-31,1,12000.00,false");
        assertThat(md.out()).contains("## Territory bonus 2026 (rates: " + rates, "Total: €50,400.00",
                "## Bonus at risk: 1 convention(s)");
    }

    @Test
    void aRenewalInPreparationTakesTheBonusOutOfRiskEvenWithoutAnAnnexYet() throws Exception {
        ImmutableConvention ending = ImmutableConvention.copyOf(
                io.github.ctglib.storage.json.JsonConventionRepository.open(dir).findById("ctg-34-ending").orElseThrow());
        Fixtures.jsonStoreWith(dir, ending.withId("ctg-34-renewal")
                .withVersion(0).withStage(io.github.ctglib.convention.Stage.IN_PREPARATION)
                .withValidity(DateRange.ofYears(2027, 2031)).withEquipment().withPredecessorIds("ctg-34-ending"));

        Result report = Cli.run("report", "--format", "json", "--store", store);

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(report.out())
                .get("bonus").get("atRisk")).isEmpty();
    }

    @Test
    void theBonusIsAlsoOneJsonDocument() throws Exception {
        Result bonus = Cli.run("bonus", Frontignan.ID, "--year", "2025", "--format", "json", "--store", store);

        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(bonus.out());
        assertThat(json.get("format").asString()).isEqualTo("ctg-bonus/1");
        assertThat(json.get("total").asString()).isEqualTo("26400.00");
        assertThat(json.get("equipment").get(0).get("components").get(0).get("kind").asString()).isEqualTo("NEW_PLACES");
        assertThat(json.get("equipment").get(1).get("missingRates").get(0).asString())
                .isEqualTo("2025/34/PER_EQUIPMENT/RPE");
    }

    @Test
    void aConventionWithoutEquipmentSaysSo() {
        Result bonus = Cli.run("bonus", "ctg-34-unknown", "--store", store);
        assertThat(bonus.exitCode()).isNotZero();
        assertThat(Cli.run("bonus", "--help").out()).contains("--bareme=FILE", "--year=YEAR");
    }
}
