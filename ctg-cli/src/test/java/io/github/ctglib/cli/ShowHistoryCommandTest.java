package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowHistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void showPresentsAConventionForAPerson() {
        String store = Fixtures.demoStore(dir);

        Result show = Cli.run("show", Frontignan.ID, "--store", store);

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).startsWith(Frontignan.ID
                + " — Convention territoriale globale de Frontignan la Peyrade 2023-2027\n");
        assertThat(show.out()).contains(
                "  Stage       in evaluation (version 13)",
                "  Today       in force (validity 1 January 2023 to 31 December 2027)",
                "  Signed on   6 March 2024",
                "  CAF         CAF de l'Hérault (département 34)",
                "  Communes    34108 Frontignan",
                "  Fields      early childhood, parenthood support, childhood, youth,",
                "  Diagnostic  3 indicators, 6 needs",
                "  Parties (2)",
                "    CAF de l'Hérault (CAF) — mandate \"Délibération du conseil d'administration (illustratif)\" of 12"
                        + " December 2023",
                "      Thierry Mathieu, Directeur — signed on 6 March 2024",
                "      Laurent Teissier, Président du conseil d'administration — signed on 6 March 2024",
                "    Commune de Frontignan la Peyrade (commune, 213401086) — mandate",
                "      Michel Arrouy, Maire — signed on 6 March 2024",
                "      Claudie Minguez, Première adjointe déléguée à la ville éducative — signed on 6 March 2024",
                "  Actions (7)",
                "         Axis 1 — Petite enfance",
                "    1.1  Développer les places d'accueil du jeune enfant                 in progress  €222,000.00",
                "  Amendments (1)",
                "    1. 15 September 2024 — Ajout de la fiche action 6.2 : service itinérant de proximité — in effect"
                        + " from 1 October 2024",
                "       adds action 6.2: Service itinérant de proximité",
                "  Committee meetings (2)",
                "    12 December 2024 — steering committee (present: CAF de l'Hérault, Commune de Frontignan la Peyrade):"
                        + " Bilan de l'année 2024 validé",
                "  Evaluation",
                "    5.1  achieved",
                "    Places d'accueil en hausse ; l'accès aux droits reste l'enjeu principal.");
    }

    @Test
    void showListsTheDiagnosticsIndicatorsWithTheirDatasetAndScale() {
        io.github.ctglib.convention.Indicator coverage = io.github.ctglib.convention.Indicator.builder()
                .label("Taux de couverture petite enfance").value(new java.math.BigDecimal("58.2")).unit("%")
                .referenceYear(2022).source("data.caf.fr").territory("34108").dataset("txcouv_pe_com")
                .sourceUrl("https://data.caf.fr/explore/dataset/txcouv_pe_com/")
                .scale(io.github.ctglib.territory.GeographicScale.COMMUNE).build();
        io.github.ctglib.convention.ImmutableConvention convention = io.github.ctglib.convention.ImmutableConvention
                .copyOf(Frontignan.signed()).withDiagnostic(io.github.ctglib.convention.Diagnostic.builder()
                        .from(Frontignan.diagnostic()).addIndicator(coverage).build());
        String store = Fixtures.jsonStoreWith(dir, convention);

        Result show = Cli.run("show", Frontignan.ID, "--store", store);
        Result fr = Cli.run("show", Frontignan.ID, "--lang", "fr", "--store", store);

        assertThat(show.out()).contains("  Diagnostic indicators (4)",
                "    Familles allocataires vivant sous le seuil de pauvreté : 29 % (2022) — CAF de l'Hérault",
                "    Prestations versées aux allocataires : €2,400,000.00 (2022) — CAF de l'Hérault",
                "    Taux de couverture petite enfance : 58.2 % (2022) — 34108 (commune) — data.caf.fr, txcouv_pe_com"
                        + " — https://data.caf.fr/explore/dataset/txcouv_pe_com/");
        assertThat(fr.out()).contains("  Indicateurs du diagnostic (4)",
                "    Taux de couverture petite enfance : 58,2 % (2022) — 34108 (commune)");
    }

    @Test
    void showOnADayLeavesOutTheAmendmentsInEffectAfterIt() {
        String store = Fixtures.demoStore(dir);

        Result before = Cli.run("show", Frontignan.ID, "--on", "2024-09-30", "--store", store);
        Result after = Cli.run("show", Frontignan.ID, "--on", "2024-10-01", "--store", store);

        assertThat(before.exitCode()).as(before.toString()).isZero();
        assertThat(before.out()).contains("  As it stood on 30 September 2024", "  Actions (6)",
                "awaiting signatures").doesNotContain("6.2  Service itinérant de proximité");
        assertThat(after.out()).contains("  Actions (7)", "6.2  Service itinérant de proximité",
                "in effect from 1 October 2024");
        assertThat(Cli.run("show", Frontignan.ID, "--on", "30/09/2024", "--store", store).exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void showTellsWhatARenewalRenewsAndWhenATerminationTookEffect() {
        Convention terminated = ImmutableConvention.copyOf(SampleConventions.variant("ctg-34-sete-2022")
                        .communes("34301").epci("200066355").validity(DateRange.ofYears(2022, 2026))
                        .terminatedOn(LocalDate.of(2025, 9, 1)).build())
                .withPredecessorIds(java.util.List.of("ctg-34-sete-2017"));
        String store = Fixtures.jsonStoreWith(dir, terminated);

        Result show = Cli.run("show", "ctg-34-sete-2022", "--store", store);

        assertThat(show.out()).contains("terminated (version 1)", "expired (validity 1 January 2022",
                "EPCI        200066355 CA Sète Agglopôle Méditerranée", "Renews      ctg-34-sete-2017",
                "Terminated  1 September 2025 — Résiliation d'un commun accord");
    }

    @Test
    void showSpeaksFrench() {
        String store = Fixtures.jsonStoreWith(dir, Frontignan.draft());

        Result show = Cli.run("show", Frontignan.ID, "--lang", "fr", "--store", store);

        assertThat(show.out()).contains("Étape", "en préparation (version 1)", "non signée", "pas encore signé",
                "Fiches action (6)", "222 000,00 €");
    }

    @Test
    void showOfAnUnknownConventionIsNotFound() {
        String store = Fixtures.jsonStoreWith(dir, Frontignan.draft());

        Result show = Cli.run("show", "ctg-34-nowhere", "--store", store);

        assertThat(show.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(show.err()).contains("No convention ctg-34-nowhere in the store " + store);
    }

    @Test
    void historyListsEveryRevisionWithVersionTimeActorAndSummary() {
        ConventionRepository repository = JsonConventionRepository.open(dir);
        var first = repository.save(Frontignan.draft(),
                new Change("agent:a", Instant.parse("2023-09-01T08:00:00Z"), "Created"));
        repository.save(ImmutableConvention.copyOf(first).withTitle("CTG de Frontignan"),
                new Change("agent:b", Instant.parse("2023-10-02T14:30:05Z"), "Title shortened"));

        Result history = Cli.run("history", Frontignan.ID, "--store", Fixtures.json(dir));

        assertThat(history.exitCode()).isZero();
        assertThat(Fixtures.lines(history.out())).containsExactly(
                "Version  Time (UTC)           Actor    Summary",
                "-------  -------------------  -------  ---------------",
                "      1  2023-09-01 08:00:00  agent:a  Created",
                "      2  2023-10-02 14:30:05  agent:b  Title shortened");
    }

    @Test
    void historyOfAnUnknownConventionIsNotFound() {
        Result history = Cli.run("history", "ctg-34-nowhere", "--store", Fixtures.jsonStoreWith(dir));

        assertThat(history.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(history.err()).contains("No convention ctg-34-nowhere");
        assertThat(List.of(history.out())).containsExactly("");
    }
}
