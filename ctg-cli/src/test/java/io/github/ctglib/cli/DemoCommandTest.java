package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void takesFrontignanFromPreparationToEvaluationAndSaysSoStepByStep() {
        Result demo = Cli.run("demo", "--store", Fixtures.json(dir));

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).contains(
                "1. Preparation — 1 September 2023",
                "2. Shared diagnostic — 16 October 2023",
                "3. Action plan — 4 December 2023",
                "4. Signatures requested — 15 January 2024",
                "5. Signatures, each representative in turn",
                "6 March 2024: CAF de l'Hérault, by Thierry Mathieu (Directeur)",
                "6 March 2024: CAF de l'Hérault, by Laurent Teissier (Président du conseil d'administration)",
                "6 March 2024: Commune de Frontignan la Peyrade, by Michel Arrouy (Maire)",
                "6 March 2024: Commune de Frontignan la Peyrade, by Claudie Minguez (Première adjointe déléguée à la"
                        + " ville éducative)",
                "Signed on 6 March 2024, the day of the last signature: 14 months after its validity began",
                "6. Amendment — 15 September 2024",
                "Signed by the 2 parties on 1 October 2024: in effect from 1 October 2024. The plan now has 7",
                "7. A year of monitoring — 20 January 2025",
                "Places d'accueil du jeune enfant, 226 places on 31 December 2024 (baseline 210, target 240)",
                "Meeting of the technical committee on 20 June 2024",
                "Meeting of the steering committee on 12 December 2024",
                "8. Evaluation — 15 November 2027",
                "Stage: in evaluation.");
    }

    @Test
    void endsWithASummaryOfTheWholeLifeAndThePortfolio() {
        Result demo = Cli.run("demo", "--store", Fixtures.json(dir));

        String summary = demo.out().substring(demo.out().indexOf("\nSummary\n"));
        assertThat(summary).contains(
                "Convention    ctg-34-frontignan-2023 — Convention territoriale globale de Frontignan la Peyrade",
                "Stages        in preparation → shared diagnostic → action planning → awaiting signatures → signed"
                        + " → in evaluation",
                "Signed on     6 March 2024 (valid from 1 January 2023 to 31 December 2027)",
                "Actions       7 (action 6.2 added by amendment 1)",
                "Amendment     no. 1 of 15 September 2024, in effect from 1 October 2024",
                "Measurements  1 (Places d'accueil du jeune enfant: 226, target 240)",
                "Committees    2 (technical committee 2024-06-20, steering committee 2024-12-12)",
                "Evaluation    achieved: 1, partly achieved: 6",
                "History       13 revisions in json:" + dir,
                "Portfolio     On 26 November 2026, département 34 (Hérault): 1 convention (in evaluation: 1);"
                        + " communes covered by a convention in force: 1 of 341; ending within 12 months: 0.",
                "ctg show ctg-34-frontignan-2023 --store json:" + dir);
    }

    @Test
    void leavesTheConventionInTheStoreWithAHistoryDatedByTheStory() {
        Cli.run("demo", "--store", Fixtures.json(dir));

        JsonConventionRepository store = JsonConventionRepository.open(dir);
        Convention evaluated = store.findById(Frontignan.ID).orElseThrow();
        assertThat(evaluated.getStage()).isEqualTo(Stage.EVALUATION);
        assertThat(evaluated.getSignatureDate()).contains(Frontignan.SIGNATURE_DATE);
        assertThat(evaluated.getActions()).hasSize(7);
        List<Revision> history = store.history(Frontignan.ID);
        assertThat(history).hasSize(13).allMatch(r -> r.actor().equals(DemoCommand.ACTOR));
        assertThat(history.get(0).at()).isEqualTo(Instant.parse("2023-09-01T09:00:00Z"));
        assertThat(history.get(7).at()).isEqualTo(Instant.parse("2024-03-06T09:00:00Z"));
        assertThat(history.get(12).at()).isEqualTo(Instant.parse("2027-11-15T09:00:00Z"));
    }

    @Test
    void runsAgainFromScratchSayingItRemovedThePreviousRun() {
        Result first = Cli.run("demo", "--store", Fixtures.json(dir));
        Result second = Cli.run("demo", "--store", Fixtures.json(dir));

        assertThat(first.out()).doesNotContain("Removed");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Removed the convention ctg-34-frontignan-2023 left by an earlier demo"
                + " (13 revisions), to start afresh.");
        assertThat(JsonConventionRepository.open(dir).history(Frontignan.ID)).hasSize(13);
    }

    @Test
    void neverTouchesAConventionOfItsIdThatItDidNotWrite() {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        ConventionLifecycle.builder(store).build().create(Frontignan.draft(), "agent:m.dupont");

        Result demo = Cli.run("demo", "--store", Fixtures.json(dir));

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(demo.err()).contains("already holds a convention ctg-34-frontignan-2023 that the demo did not"
                + " write (a revision by agent:m.dupont", "never touches it");
        List<Revision> history = JsonConventionRepository.open(dir).history(Frontignan.ID);
        assertThat(history).hasSize(1).allMatch(r -> r.actor().equals("agent:m.dupont"));
    }

    @Test
    void neverTouchesItsOwnConventionOnceSomeoneElseChangedIt() {
        Cli.run("demo", "--store", Fixtures.json(dir));
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        ConventionLifecycle.builder(store).build().close(Frontignan.ID, "agent:m.dupont");

        Result again = Cli.run("demo", "--store", Fixtures.json(dir));

        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(JsonConventionRepository.open(dir).history(Frontignan.ID)).hasSize(14);
    }

    @Test
    void speaksFrench() {
        Result demo = Cli.run(Locale.FRANCE, "demo", "--store", Fixtures.json(dir));

        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("1. Préparation — 1er septembre 2023",
                "Signée le 6 mars 2024, date de la dernière signature",
                "Réunion du comité de pilotage le 12 décembre 2024",
                "Résumé", "atteint : 1, partiellement atteint : 6",
                "Au 26 novembre 2026, département 34 (Hérault) : 1 convention (en évaluation : 1)");
    }

    @Test
    void worksOnAnH2Database() {
        Result demo = Cli.run("demo", "--store", Fixtures.h2(dir));

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        Result history = Cli.run("history", Frontignan.ID, "--store", Fixtures.h2(dir));
        assertThat(history.out().lines()).hasSize(2 + 13);
    }

    @Test
    void stopsOnABrokenRuleWithTheViolationAndExitCodeOne() {
        // Another signed convention already covers Frontignan over the same years: the last signature is refused.
        Convention rival = SampleConventions.variant("ctg-34-frontignan-rival").stage(Stage.SIGNED).build();
        String store = Fixtures.jsonStoreWith(dir, rival);

        Result demo = Cli.run("demo", "--store", store);

        assertThat(demo.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(demo.err()).contains("Refused, nothing was stored:", "CTG-EXCL-001",
                "The commune 34108 is already covered by the signed convention ctg-34-frontignan-rival")
                .doesNotContain("\tat ");
        assertThat(JsonConventionRepository.open(dir).findById(Frontignan.ID).orElseThrow().getStage())
                .isEqualTo(Stage.AWAITING_SIGNATURES);
        assertThat(rival.getValidity().contains(LocalDate.of(2024, 3, 6))).isTrue();
    }
}
