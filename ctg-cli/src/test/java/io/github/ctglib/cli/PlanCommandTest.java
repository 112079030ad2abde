package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.spreadsheets.ActionPlanWorkbook;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg plan export|import} and {@code ctg report --format xlsx}, run in-process on a JSON store. */
class PlanCommandTest {

    @TempDir
    Path dir;

    private static final Convention PLANNED = ImmutableConvention.copyOf(Frontignan.draft())
            .withStage(Stage.ACTION_PLANNING);

    private String store(Convention... conventions) {
        return Fixtures.jsonStoreWith(dir.resolve("store"), conventions);
    }

    private Convention stored(String id) {
        return JsonConventionRepository.open(dir.resolve("store")).findById(id).orElseThrow();
    }

    private int revisions(String id) {
        return JsonConventionRepository.open(dir.resolve("store")).history(id).size();
    }

    /** The workbook a partner sends back: the stored plan, as {@code edit} changed it. */
    private Path filledIn(Convention stored, List<ActionSheet> actions) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ActionPlanWorkbook.write(ImmutableConvention.copyOf(stored).withActions(actions), out);
        }
        return file;
    }

    @Test
    void exportWritesTheWorkbookWholeAndAnUnchangedImportStoresNothing() throws IOException {
        String store = store(PLANNED);
        Path file = dir.resolve("plan.xlsx");

        Result export = Cli.run("plan", "export", Frontignan.ID, "-o", file.toString(), "--store", store);

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Exported the plan of " + Frontignan.ID + " (version 1, 6 actions) to "
                + file + ".");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet actions = workbook.findSheet("Actions").orElseThrow();
            List<Row> rows = actions.read();
            assertThat(rows).hasSize(2 + 6);
            assertThat(rows.get(2).getCellText(0)).isEqualTo("1.1");
        }

        Result again = Cli.run("plan", "import", Frontignan.ID, file.toString(), "--store", store);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("The plan of " + Frontignan.ID + " is unchanged");
        assertThat(revisions(Frontignan.ID)).isEqualTo(1);
    }

    @Test
    void importBeforeSignatureReplacesThePlan() throws IOException {
        String store = store(PLANNED);
        Convention before = stored(Frontignan.ID);
        List<ActionSheet> actions = new ArrayList<>(before.getActions());
        actions.set(1, ImmutableActionSheet.copyOf(actions.get(1)).withTitle("LAEP et groupes de parole"));

        Result result = Cli.run("plan", "import", Frontignan.ID, filledIn(before, actions).toString(),
                "--actor", "agent:m.dupont", "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Plan of " + Frontignan.ID + " replaced from", "(version 2, 6 actions)");
        assertThat(stored(Frontignan.ID).getActions()).isEqualTo(actions);
    }

    @Test
    void importAfterSignatureProposesAnAmendment() throws IOException {
        String store = store(Frontignan.signed());
        Convention before = stored(Frontignan.ID);
        List<ActionSheet> actions = new ArrayList<>(before.getActions());
        BudgetLine line = actions.get(0).getBudget().get(0);
        actions.set(0, ImmutableActionSheet.copyOf(actions.get(0)).withBudget(
                ImmutableBudgetLine.copyOf(line).withAmount(new BigDecimal("200000.00")),
                actions.get(0).getBudget().get(1)));

        Result result = Cli.run(Locale.FRENCH, "plan", "import", Frontignan.ID, filledIn(before, actions).toString(),
                "--object", "Budget 2024 de la fiche 1.1", "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(Frontignan.ID + " est signée : avenant 1 proposé depuis",
                "avec 1 changement(s) (CHANGE_BUDGET), version 2");
        assertThat(stored(Frontignan.ID).getAmendments()).singleElement()
                .satisfies(a -> assertThat(a.getObject()).isEqualTo("Budget 2024 de la fiche 1.1"));
    }

    @Test
    void importWritesIntoADatabaseStoreToo() throws IOException {
        String json = store(PLANNED);
        String h2 = Fixtures.h2(dir.resolve("h2"));
        assertThat(Cli.run("copy", "--from", json, "--to", h2).exitCode()).isZero();
        Convention before = stored(Frontignan.ID);
        List<ActionSheet> actions = before.getActions().subList(0, 3);

        Result result = Cli.run("plan", "import", Frontignan.ID, filledIn(before, actions).toString(), "--store", h2);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("(version 2, 3 actions)");
        Result history = Cli.run("history", Frontignan.ID, "--store", h2);
        assertThat(history.out()).contains("Action plan: 6 axis(es), 3 action(s)");
    }

    @Test
    void aRowThatBreaksARuleIsRefusedWithItsCellAndNothingIsStored() throws IOException {
        String store = store(PLANNED);
        Convention before = stored(Frontignan.ID);
        List<ActionSheet> actions = new ArrayList<>(before.getActions());
        BudgetLine line = actions.get(1).getBudget().get(0);
        actions.set(1, ImmutableActionSheet.copyOf(actions.get(1)).withBudget(
                ImmutableBudgetLine.copyOf(line).withAmount(new BigDecimal("-25000.00"))));
        Path file = filledIn(before, actions);

        Result result = Cli.run("plan", "import", Frontignan.ID, file.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(file + ": Budget!I5: CTG-MONEY-001",
                "Nothing imported into " + Frontignan.ID + ": 1 problem(s) above");
        assertThat(revisions(Frontignan.ID)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        String store = store(PLANNED);
        Path file = Fixtures.text(dir.resolve("plan.xlsx"), "id;title\n");

        Result result = Cli.run("plan", "import", Frontignan.ID, file.toString(), "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(file + ": CTG-XLSX-016 unreadable as an XLSX workbook")
                .doesNotContain("plan.xlsx: plan.xlsx");
        Result missing = Cli.run("plan", "import", Frontignan.ID, dir.resolve("none.xlsx").toString(), "--store",
                store);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("none.xlsx: no such file");
    }

    @Test
    void exportNeedsItsOutputAndAnUnknownConventionIsNamed() {
        String store = store(PLANNED);

        Result noOutput = Cli.run("plan", "export", Frontignan.ID, "--store", store);
        assertThat(noOutput.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noOutput.err()).contains("--output");

        Result unknown = Cli.run("plan", "export", "ctg-00-none", "-o", dir.resolve("x.xlsx").toString(),
                "--store", store);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void reportAsAWorkbookHasOneSheetPerPart() throws IOException {
        String store = store(Frontignan.signed());
        Path file = dir.resolve("report.xlsx");

        Result result = Cli.run("report", "--departement", "34", "--format", "xlsx", "-o", file.toString(),
                "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Report written to " + file + ".");
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Synthèse", "Étapes",
                    "Couverture", "Communes non couvertes", "Population", "Population par CAF", "EPCI non couverts",
                    "Échéances", "Financements", "Actions par champ", "Bonus territoire", "Bonus en risque", "ctg");
            Row summary = workbook.findSheet("Synthèse").orElseThrow().read().get(2);
            assertThat(summary.getCellAsNumber(3)).hasValue(BigDecimal.ONE);
        }
        Result toTerminal = Cli.run("report", "--format", "xlsx", "--store", store);
        assertThat(toTerminal.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(toTerminal.err()).contains("--format xlsx writes a workbook: name it with -o FILE.xlsx.");
    }

    @Test
    void eachSubcommandHasItsUsageInBothLanguages() {
        Result english = Cli.run("plan", "import", "--help");
        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("Usage: ctg plan import", "Reads a filled-in workbook back into the plan",
                "--object=TEXT", "The workbook exported by ctg plan export, filled in.");
        Result french = Cli.run("--lang", "fr", "plan", "export", "--help");
        assertThat(french.out()).contains("Écrit le plan d'actions d'une convention en classeur XLSX",
                "Le classeur à écrire (.xlsx, remplacé en entier).");
        Result plan = Cli.run("plan");
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(plan.err()).contains("export", "import");
    }

    @Test
    void reportInAnotherFormatGoesToTheFileNamed() throws IOException {
        String store = store(Frontignan.signed());
        Path file = dir.resolve("report.csv");

        Result result = Cli.run("report", "--format", "csv", "-o", file.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(file)).startsWith("section,stage,stage_label,conventions");
    }
}
