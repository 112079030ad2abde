package io.github.ctglib.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export, read back by Apache POI: every value in its cell, with its cell type and number format. */
class ActionPlanWorkbookTest {

    /** Frontignan's plan in preparation, its first action filled in every column. */
    static Convention frontignanPlanned() {
        Convention draft = Frontignan.draft();
        List<ActionSheet> actions = new ArrayList<>(draft.getActions());
        ActionSheet first = actions.get(0);
        BudgetLine staff = ImmutableBudgetLine.copyOf(first.getBudget().get(0))
                .withFullTimeEquivalents(new BigDecimal("1.50")).withSection(BudgetSection.INVESTMENT);
        ActionIndicator places = first.getIndicators().get(0);
        actions.set(0, ImmutableActionSheet.copyOf(first)
                .withPilot("Commune — service petite enfance")
                .withPartners("Département de l'Hérault", "PMI")
                .withObjectives("Créer des places d'accueil", "Améliorer la qualité de l'accueil")
                .withSchedule(DateRange.of(LocalDate.of(2024, 1, 15), LocalDate.of(2026, 12, 31)))
                .withStatus(ActionStatus.IN_PROGRESS)
                .withBudget(staff, BudgetLine.builder().year(2025).funder("Fondation des familles")
                        .funderIdentifier("775684764").instrument(FundingInstrument.SUBSIDY)
                        .nature(io.github.ctglib.actionplan.BudgetNature.ACTUAL).amount(new BigDecimal("1234.56"))
                        .build())
                .withIndicators(io.github.ctglib.actionplan.ImmutableActionIndicator.copyOf(places)
                        .withMeasurements(Measurement.of(LocalDate.of(2025, 6, 30), new BigDecimal("224")))));
        return ImmutableConvention.copyOf(draft).withActions(actions).withStage(Stage.ACTION_PLANNING);
    }

    @Test
    void writesTheDocumentedSheetsAndMarksTheWorkbookAsCtgs() throws Exception {
        try (XSSFWorkbook workbook = Poi.open(Plans.export(frontignanPlanned()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Notice", "Axes", "Actions", "Budget", "Indicateurs", "Mesures", "ctg",
                    "Listes");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("ctg"))).isTrue();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Listes"))).isTrue();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Actions"))).isFalse();
            Sheet marker = workbook.getSheet("ctg");
            assertThat(marker.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ctg-action-plan");
            assertThat(marker.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(marker.getRow(2).getCell(1).getStringCellValue()).isEqualTo(Frontignan.ID);
            Sheet actions = workbook.getSheet("Actions");
            assertThat(actions.getRow(0).getZeroHeight()).as("the codes row is hidden").isTrue();
            assertThat(actions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("action.number");
            assertThat(actions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("N° de fiche *");
            // The notice describes every column of every sheet, by its code.
            List<String> notice = new ArrayList<>();
            workbook.getSheet("Notice").forEach(row -> row.forEach(c -> notice.add(c.toString())));
            for (Table<?> table : PlanSheets.TABLES) {
                table.columns().forEach(c -> assertThat(notice).contains(c.code(), c.label()));
            }
        }
    }

    @Test
    void choiceColumnsOfferTheirFrenchLabelsInADropDown() throws Exception {
        try (XSSFWorkbook workbook = Poi.open(Plans.export(frontignanPlanned()))) {
            List<String> formulas = new ArrayList<>();
            workbook.getSheet("Budget").getDataValidations().forEach(v -> {
                assertThat(v.getValidationConstraint().getValidationType())
                        .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST);
                formulas.add(v.getRegions().getCellRangeAddress(0).formatAsString() + " "
                        + v.getValidationConstraint().getFormula1());
            });
            assertThat(formulas).hasSize(3);
            String instruments = formulas.stream().filter(f -> f.startsWith("E3:")).findFirst().orElseThrow();
            String range = instruments.substring(instruments.indexOf(' ') + 1).replace("$", "");
            org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(range,
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            Sheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
            List<String> labels = new ArrayList<>();
            for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
                labels.add(lists.getRow(r).getCell(area.getFirstCell().getCol()).getStringCellValue());
            }
            assertThat(labels).isEqualTo(Labels.all(FundingInstrument.class)).contains("bonus territoire CTG");
        }
    }

    @Test
    void writesEveryValueInItsCellWithItsType() throws Exception {
        Convention plan = frontignanPlanned();
        try (XSSFWorkbook workbook = Poi.open(Plans.export(plan))) {
            Sheet actions = workbook.getSheet("Actions");
            assertThat(Poi.dataRows(workbook, "Actions")).isEqualTo(plan.getActions().size());
            for (int i = 0; i < plan.getActions().size(); i++) {
                ActionSheet action = plan.getActions().get(i);
                Row row = actions.getRow(2 + i);
                assertThat(text(row.getCell(0))).isEqualTo(action.getNumber());
                assertThat(text(row.getCell(1))).isEqualTo(action.getTitle());
                assertThat(text(row.getCell(2))).isEqualTo(String.join("\n", PlanSheets.fields(action.getFields())));
                assertThat(text(row.getCell(9))).isEqualTo(Labels.of(action.getStatus()));
                assertThat(text(row.getCell(10))).isEqualTo(Labels.of(action.getPriority()));
            }
            Row first = actions.getRow(2);
            assertThat(text(first.getCell(3))).isEqualTo("Créer des places d'accueil\nAméliorer la qualité de l'accueil");
            assertThat(text(first.getCell(5))).isEqualTo("Commune — service petite enfance");
            assertDate(first.getCell(7), LocalDate.of(2024, 1, 15));
            assertDate(first.getCell(8), LocalDate.of(2026, 12, 31));
            assertThat(text(first.getCell(9))).isEqualTo("en cours");

            Sheet budget = workbook.getSheet("Budget");
            List<BudgetLine> lines = plan.getActions().stream().flatMap(a -> a.getBudget().stream()).toList();
            assertThat(Poi.dataRows(workbook, "Budget")).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Row row = budget.getRow(2 + i);
                BudgetLine line = lines.get(i);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(line.getYear());
                assertThat(text(row.getCell(2))).isEqualTo(line.getFunder());
                assertThat(text(row.getCell(4))).isEqualTo(Labels.of(line.getInstrument()));
                assertThat(text(row.getCell(5))).isEqualTo(Labels.of(line.getNature()));
                Cell amount = row.getCell(8);
                assertThat(amount.getCellType()).as("an amount is a number").isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(amount.getNumericCellValue())).isEqualByComparingTo(line.getAmount());
                assertThat(amount.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
            }
            Row staff = budget.getRow(2);
            assertThat(staff.getCell(6).getStringCellValue()).isEqualTo("investissement");
            assertThat(staff.getCell(7).getNumericCellValue()).isEqualTo(1.5);
            Row outside = budget.getRow(3);
            assertThat(outside.getCell(3).getStringCellValue()).isEqualTo("775684764");
            assertThat(outside.getCell(8).getNumericCellValue()).isEqualTo(1234.56);

            Row indicator = workbook.getSheet("Indicateurs").getRow(2);
            assertThat(text(indicator.getCell(1))).isEqualTo("Places d'accueil du jeune enfant");
            assertThat(indicator.getCell(3).getNumericCellValue()).isEqualTo(210.0);
            assertThat(indicator.getCell(4).getNumericCellValue()).isEqualTo(240.0);
            Row measurement = workbook.getSheet("Mesures").getRow(2);
            assertDate(measurement.getCell(2), LocalDate.of(2025, 6, 30));
            assertThat(measurement.getCell(3).getNumericCellValue()).isEqualTo(224.0);

            Row axis = workbook.getSheet("Axes").getRow(2);
            assertThat(axis.getCell(0).getNumericCellValue()).isEqualTo(plan.getAxes().get(0).getNumber());
            assertThat(text(axis.getCell(1))).isEqualTo(plan.getAxes().get(0).getTitle());
        }
    }

    @Test
    void twoHundredActionsFitAndComeBackUnchanged() throws Exception {
        Plans plans = new Plans();
        Convention stored = plans.store(SampleConventions.withActions(200));
        byte[] xlsx = Plans.export(stored);
        try (XSSFWorkbook workbook = Poi.open(xlsx)) {
            assertThat(Poi.dataRows(workbook, "Actions")).isEqualTo(200);
            assertThat(Poi.dataRows(workbook, "Budget")).isEqualTo(400);
            assertThat(Poi.dataRows(workbook, "Indicateurs")).isEqualTo(200);
            assertThat(text(workbook.getSheet("Actions").getRow(201).getCell(0)))
                    .isEqualTo(stored.getActions().get(199).getNumber());
        }
        PlanImportResult result = plans.importPlan(stored.getId(), xlsx);
        assertThat(result.outcome()).isEqualTo(PlanImportResult.Outcome.UNCHANGED);
        assertThat(plans.history(stored.getId())).hasSize(1);
    }

    @Test
    void anEmptyPlanHasItsHeadersAndNoRow() throws Exception {
        Convention empty = ImmutableConvention.copyOf(Frontignan.draft()).withActions(List.of()).withAxes(List.of())
                .withStage(Stage.SHARED_DIAGNOSTIC);
        try (XSSFWorkbook workbook = Poi.open(Plans.export(empty))) {
            for (Table<?> table : PlanSheets.TABLES) {
                assertThat(Poi.dataRows(workbook, table.name())).as(table.name()).isZero();
                assertThat(workbook.getSheet(table.name()).getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo(table.columns().get(0).label() + " *");
            }
        }
    }

    static String text(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    static void assertDate(Cell cell, LocalDate day) {
        assertThat(cell.getCellType()).as("a date is a number cell").isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("with a date format").isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(day);
    }
}
