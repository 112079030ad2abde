package io.github.ctglib.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.rules.RuleCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The import, of workbooks exported then edited as a person would (here with Apache POI). */
class ActionPlanImportTest {

    private final Plans plans = new Plans();

    private Convention planned() {
        return plans.store(ActionPlanWorkbookTest.frontignanPlanned());
    }

    private Convention signed() {
        return plans.store(Frontignan.signed());
    }

    private static byte[] edited(Convention convention, Consumer<XSSFWorkbook> edit) {
        XSSFWorkbook workbook = Poi.open(Plans.export(convention));
        edit.accept(workbook);
        return Poi.bytes(workbook);
    }

    private SpreadsheetRejectedException refused(String id, byte[] xlsx) {
        List<Revision> before = plans.history(id);
        Convention stored = plans.stored(id);
        SpreadsheetRejectedException e = catchThrowableOfType(SpreadsheetRejectedException.class,
                () -> plans.importPlan(id, xlsx));
        assertThat(e).as("refused").isNotNull();
        assertThat(plans.history(id)).as("nothing stored").isEqualTo(before);
        assertThat(plans.stored(id)).isEqualTo(stored);
        return e;
    }

    // ----------------------------------------------------------------------------------------- round trips

    @Test
    void anExportImportedUnchangedChangesNothingBeforeSignature() {
        Convention stored = planned();

        PlanImportResult result = plans.importPlan(stored.getId(), Plans.export(stored));

        assertThat(result.outcome()).isEqualTo(PlanImportResult.Outcome.UNCHANGED);
        assertThat(result.changed()).isFalse();
        assertThat(plans.stored(stored.getId()).getVersion()).isEqualTo(stored.getVersion());
    }

    @Test
    void anExportImportedUnchangedChangesNothingAfterSignature() {
        Convention stored = signed();

        PlanImportResult result = plans.importPlan(stored.getId(), Plans.export(stored));

        assertThat(result.outcome()).isEqualTo(PlanImportResult.Outcome.UNCHANGED);
        assertThat(plans.history(stored.getId())).hasSize(1);
    }

    // ------------------------------------------------------------------------------------ before signature

    @Test
    void beforeSignatureTheFilledInSheetReplacesThePlan() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Actions!B4").setCellValue("Lieu d'accueil enfants-parents");
            Poi.cell(w, "Budget!I3").setCellValue(190000);
            // A new action, with its axis and its budget line.
            Poi.cell(w, "Axes!A10").setCellValue(8);
            Poi.cell(w, "Axes!B10").setCellValue("Se déplacer");
            Poi.cell(w, "Axes!C10").setCellValue("jeunesse");
            Poi.cell(w, "Actions!A10").setCellValue("8.1");
            Poi.cell(w, "Actions!B10").setCellValue("Transport à la demande des jeunes");
            Poi.cell(w, "Actions!C10").setCellValue("jeunesse");
            Poi.cell(w, "Budget!A20").setCellValue("8.1");
            Poi.cell(w, "Budget!B20").setCellValue(2025);
            Poi.cell(w, "Budget!C20").setCellValue(Frontignan.COMMUNE_NAME);
            Poi.cell(w, "Budget!E20").setCellValue("fonds propres");
            Poi.cell(w, "Budget!F20").setCellValue("prévisionnel");
            Poi.cell(w, "Budget!I20").setCellValue(12000.5);
        });

        PlanImportResult result = plans.importPlan(stored.getId(), xlsx);

        assertThat(result.outcome()).isEqualTo(PlanImportResult.Outcome.PLAN_REPLACED);
        Convention now = plans.stored(stored.getId());
        assertThat(now.getVersion()).isEqualTo(stored.getVersion() + 1);
        assertThat(now.action("2.1").orElseThrow().getTitle()).isEqualTo("Lieu d'accueil enfants-parents");
        assertThat(now.action("1.1").orElseThrow().getBudget().get(0).getAmount()).isEqualTo(new BigDecimal("190000.00"));
        ActionSheet added = now.action("8.1").orElseThrow();
        assertThat(added.getBudget()).singleElement().satisfies(line -> {
            assertThat(line.getAmount()).isEqualTo(new BigDecimal("12000.50"));
            assertThat(line.getYear()).isEqualTo(2025);
        });
        assertThat(now.axis(8)).isPresent();
        // Everything else as it was: the rest of the plan read back equal.
        assertThat(now.action("5.1")).isEqualTo(stored.action("5.1"));
        assertThat(now.action("1.1").orElseThrow().getIndicators()).isEqualTo(stored.action("1.1").orElseThrow()
                .getIndicators());
    }

    @Test
    void aRowThatBreaksARuleIsRefusedAtItsCell() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Budget!I4").setCellValue(-50);
            Poi.cell(w, "Budget!I5").setCellValue(10.125);
            Poi.cell(w, "Actions!A5").setCellValue("9.1");
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code)
                .contains(tuple("Budget!I4", RuleCodes.AMOUNT_NEGATIVE), tuple("Budget!I5", RuleCodes.AMOUNT_SCALE));
        // Action 3.1 became 9.1: its budget line names an action no longer in the sheet.
        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code)
                .contains(tuple("Budget!A6", "CTG-XLSX-010"));
    }

    @Test
    void aRuleOfTheRuleBookIsReportedAtTheCellItsPathCameFrom() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> Poi.cell(w, "Actions!A5").setCellValue("99.1"));

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).filteredOn(p -> p.code().equals(RuleCodes.ACTION_AXIS_UNKNOWN))
                .singleElement().satisfies(p -> {
                    assertThat(p.place()).isEqualTo("Actions!A5");
                    assertThat(p.path()).hasValue("actions[2].number");
                    assertThat(p.messageFr()).isNotBlank();
                });
    }

    @Test
    void aDateOrAnAmountTypedAsTextIsRefusedWithItsCellNamed() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Actions!H3").setCellValue("15/03/2025");
            Poi.cell(w, "Budget!I3").setCellValue("180 000 €");
            Poi.cell(w, "Budget!B4").setCellValue("deux mille");
            Poi.cell(w, "Actions!J4").setCellValue("bientôt");
            Poi.cell(w, "Actions!B5").setBlank();
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code).containsExactly(
                tuple("Actions!H3", "CTG-XLSX-008"), tuple("Actions!J4", "CTG-XLSX-009"),
                tuple("Actions!B5", "CTG-XLSX-007"), tuple("Budget!I3", "CTG-XLSX-008"),
                tuple("Budget!B4", "CTG-XLSX-008"));
        assertThat(e.problems().get(0).messageFr()).contains("Début", "date", "15/03/2025");
        assertThat(e.problems().get(0).messageEn()).contains("expects a date");
        assertThat(e.problems().get(3).messageEn()).contains("Montant", "180 000 €");
        assertThat(e.problems().get(1).messageFr()).contains("prévue", "en cours");
    }

    @Test
    void aCodeTypedAsANumberOrADateWithoutDateFormatIsRefused() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Actions!A4").setCellValue(2.1);          // "2.10" would read 2.1: a code stays text
            Poi.cell(w, "Mesures!C3").setCellValue(45000);        // a number in a date column, no date format
            Poi.cell(w, "Mesures!C3").setCellStyle(w.createCellStyle());
            Poi.cell(w, "Budget!B3").setCellValue(2024.5);        // a year is a whole number
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code).contains(
                tuple("Actions!A4", "CTG-XLSX-008"), tuple("Mesures!C3", "CTG-XLSX-008"),
                tuple("Budget!B3", "CTG-XLSX-008"));
        assertThat(e.problems()).filteredOn(p -> p.place().equals("Actions!A4")).singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("the number 2.1", "enter text"));
        assertThat(e.problems()).filteredOn(p -> p.place().equals("Mesures!C3")).singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("without a date format"));
    }

    @Test
    void aWorkbookThatIsNotCtgsIsRefusedWithThatReason() {
        Convention stored = planned();
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Actions").createRow(0).createCell(0).setCellValue("N°");

        SpreadsheetRejectedException e = refused(stored.getId(), Poi.bytes(other));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CTG-XLSX-001");
            assertThat(p.place()).isEqualTo("plan.xlsx");
            assertThat(p.messageEn()).contains("not an action plan exported by ctg");
        });
        assertThat(refused(stored.getId(), "not a workbook".getBytes()).problems())
                .extracting(SpreadsheetProblem::code).containsExactly("CTG-XLSX-016");
    }

    @Test
    void theWorkbookOfAnotherConventionOrOfAnOlderVersionIsRefused() {
        Convention stored = planned();
        Convention other = plans.store(io.github.ctglib.convention.ImmutableConvention.copyOf(Frontignan.signed())
                .withId("ctg-34-autre"));

        assertThat(refused(stored.getId(), Plans.export(other)).problems()).extracting(SpreadsheetProblem::code)
                .containsExactly("CTG-XLSX-003");

        byte[] old = Plans.export(stored);
        plans.lifecycle.planActions(stored.getId(), stored.getActions().subList(0, 2), Plans.AGENT);
        assertThat(refused(stored.getId(), old).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CTG-XLSX-004");
            assertThat(p.messageEn()).contains("version 1", "version 2", "export it again");
        });
    }

    @Test
    void aMissingColumnOrSheetIsNamed() {
        Convention stored = planned();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Budget!I1").setCellValue("montant");
            w.removeSheetAt(w.getSheetIndex("Mesures"));
        });

        assertThat(refused(stored.getId(), xlsx).problems())
                .extracting(SpreadsheetProblem::place, SpreadsheetProblem::code)
                .containsExactly(tuple("Budget!1:1", "CTG-XLSX-006"), tuple("plan.xlsx", "CTG-XLSX-005"));
    }

    // ------------------------------------------------------------------------------------- after signature

    @Test
    void afterSignatureTheDifferencesMakeOneAmendmentWithTypedChanges() {
        Convention stored = signed();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Budget!I3").setCellValue(200000);           // 1.1: its budget alone
            Poi.cell(w, "Actions!B4").setCellValue("LAEP et groupes de parole"); // 2.1: its title
            Poi.cell(w, "Actions!L6").setCellValue("Reprise par le Département"); // 4.1: withdrawn
            Poi.cell(w, "Actions!A10").setCellValue("6.2");            // a new action of axis 6
            Poi.cell(w, "Actions!B10").setCellValue("Permanences numériques");
            Poi.cell(w, "Actions!C10").setCellValue("inclusion numérique");
        });

        PlanImportResult result = plans.importPlan(stored.getId(), xlsx);

        assertThat(result.outcome()).isEqualTo(PlanImportResult.Outcome.AMENDMENT_PROPOSED);
        assertThat(result.changes()).extracting(AmendmentChange::kind).containsExactly(
                AmendmentChange.ChangeKind.CHANGE_BUDGET, AmendmentChange.ChangeKind.REPLACE_ACTION,
                AmendmentChange.ChangeKind.WITHDRAW_ACTION, AmendmentChange.ChangeKind.ADD_ACTION);
        Convention now = plans.stored(stored.getId());
        Amendment pending = now.getAmendments().get(0);
        assertThat(pending.getNumber()).isEqualTo(1);
        assertThat(pending.isInEffect()).isFalse();
        assertThat(pending.getDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(pending.getObject()).contains("plan.xlsx");
        assertThat(pending.changes(AmendmentChange.WithdrawAction.class)).singleElement()
                .satisfies(w -> assertThat(w.getReason()).hasValue("Reprise par le Département"));
        // The plan itself changes when the parties sign the amendment, not before.
        assertThat(now.getActions()).isEqualTo(stored.getActions());
    }

    @Test
    void afterSignatureWhatNoAmendmentChangesIsRefused() {
        Convention stored = signed();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Axes!B3").setCellValue("Un autre intitulé");
            Poi.cell(w, "Mesures!A3").setCellValue("1.1");
            Poi.cell(w, "Mesures!B3").setCellValue("Places d'accueil du jeune enfant");
            Poi.cell(w, "Mesures!C3").setCellValue(LocalDate.of(2025, 1, 1));
            Poi.cell(w, "Mesures!C3").setCellStyle(dateStyle(w));
            Poi.cell(w, "Mesures!D3").setCellValue(215);
            var actions = w.getSheet("Actions");
            actions.removeRow(actions.getRow(5));
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code).containsExactly(
                tuple("Axes!B3", "CTG-XLSX-013"), tuple("Actions", "CTG-XLSX-014"), tuple("Mesures", "CTG-XLSX-013"));
        assertThat(e.problems().get(1).messageEn()).contains("action 4.1", "Motif du retrait");
    }

    @Test
    void afterSignatureTheRulesAreJudgedWithTheCellsThatCannotBeRead() {
        Convention stored = signed();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Budget!I3").setCellValue("180 000 €");
            Poi.cell(w, "Budget!I5").setCellValue(-25000);
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).extracting(SpreadsheetProblem::place, SpreadsheetProblem::code).containsExactly(
                tuple("Budget!I3", "CTG-XLSX-008"), tuple("Budget!I5", RuleCodes.AMOUNT_NEGATIVE));
        assertThat(e.problems().get(0).messageFr()).contains("attend un montant en euros (un nombre)");
    }

    @Test
    void afterSignatureAnAmendmentThatBreaksARuleNamesTheCell() {
        Convention stored = signed();
        byte[] xlsx = edited(stored, w -> {
            Poi.cell(w, "Actions!A10").setCellValue("1.2");
            Poi.cell(w, "Actions!B10").setCellValue("Hors champ");
            Poi.cell(w, "Actions!C10").setCellValue("handicap");
        });

        SpreadsheetRejectedException e = refused(stored.getId(), xlsx);

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.place()).startsWith("Actions!"));
        assertThat(e.problems()).extracting(SpreadsheetProblem::place).contains("Actions!C10");
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook w) {
        var style = w.createCellStyle();
        style.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }
}
