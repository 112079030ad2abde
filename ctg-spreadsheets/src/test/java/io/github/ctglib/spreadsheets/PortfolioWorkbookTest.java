package io.github.ctglib.spreadsheets;

import static io.github.ctglib.spreadsheets.ActionPlanWorkbookTest.assertDate;
import static io.github.ctglib.spreadsheets.ActionPlanWorkbookTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.report.PortfolioReport.FundingRow;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The portfolio report as a workbook, read back by Apache POI: one sheet per part, every value typed. */
class PortfolioWorkbookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static byte[] write(PortfolioReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWorkbook.write(report, out);
        return out.toByteArray();
    }

    private static PortfolioReport herault() {
        Convention endingSoon = ImmutableConvention.copyOf(SampleConventions.variant("ctg-34-sete").communes("34301")
                .epci("200066355").stage(Stage.SIGNED).build()).withValidity(DateRange.of(LocalDate.of(2023, 1, 1),
                LocalDate.of(2027, 3, 31)));
        return PortfolioReport.compute(List.of(Frontignan.signed(), endingSoon, SampleConventions.withActions(3)),
                Geography.bundled(), Optional.of("34"), DAY, 12);
    }

    @Test
    void writesOneSheetPerPartOfTheReport() throws Exception {
        try (XSSFWorkbook workbook = Poi.open(write(herault()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Synthèse", "Étapes", "Couverture", "Communes non couvertes",
                    "Population", "Population par CAF", "EPCI non couverts", "Échéances", "Financements",
                    "Actions par champ", "ctg");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("ctg"))).isTrue();
        }
    }

    @Test
    void everyFigureIsInItsCellWithItsType() throws Exception {
        PortfolioReport report = herault();
        try (XSSFWorkbook workbook = Poi.open(write(report))) {
            Row summary = workbook.getSheet("Synthèse").getRow(2);
            assertThat(text(summary.getCell(0))).isEqualTo("34");
            assertDate(summary.getCell(1), DAY);
            assertThat(summary.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(summary.getCell(3).getNumericCellValue()).isEqualTo(3.0);

            Sheet stages = workbook.getSheet("Étapes");
            assertThat(Poi.dataRows(workbook, "Étapes")).isEqualTo(Stage.values().length);
            int r = 2;
            for (Map.Entry<Stage, Integer> e : report.byStage().entrySet()) {
                Row row = stages.getRow(r++);
                assertThat(text(row.getCell(0))).isEqualTo(e.getKey().name());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(e.getValue().doubleValue());
            }
            assertThat(text(stages.getRow(2 + Stage.SIGNED.ordinal()).getCell(1))).isEqualTo("signée");

            Row coverage = workbook.getSheet("Couverture").getRow(2);
            PortfolioReport.Coverage c = report.coverage().get(0);
            assertThat(text(coverage.getCell(0))).isEqualTo("34");
            assertThat(coverage.getCell(2).getNumericCellValue()).isEqualTo(c.communes());
            assertThat(coverage.getCell(3).getNumericCellValue()).isEqualTo(c.covered());
            assertThat(coverage.getCell(4).getNumericCellValue())
                    .isCloseTo((double) c.covered() / c.communes(), org.assertj.core.data.Offset.offset(0.0001));
            assertThat(coverage.getCell(4).getCellStyle().getDataFormatString()).contains("%");
            assertThat(Poi.dataRows(workbook, "Communes non couvertes")).isEqualTo(c.uncovered().size());
            assertThat(text(workbook.getSheet("Communes non couvertes").getRow(2).getCell(1)))
                    .isEqualTo(c.uncovered().get(0).inseeCode());

            assertThat(report.ending()).extracting(PortfolioReport.Ending::id).containsExactly("ctg-34-sete");
            Row ending = workbook.getSheet("Échéances").getRow(2);
            assertThat(text(ending.getCell(0))).isEqualTo("ctg-34-sete");
            assertDate(ending.getCell(3), LocalDate.of(2027, 3, 31));

            Sheet funding = workbook.getSheet("Financements");
            assertThat(Poi.dataRows(workbook, "Financements")).isEqualTo(report.funding().size()).isPositive();
            for (int i = 0; i < report.funding().size(); i++) {
                FundingRow expected = report.funding().get(i);
                Row row = funding.getRow(2 + i);
                assertThat(text(row.getCell(0))).isEqualTo(expected.field());
                assertThat(text(row.getCell(1))).isEqualTo(expected.funder());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.year());
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(expected.forecast());
                assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()))
                        .isEqualByComparingTo(expected.actual());
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).contains("€");
            }

            Sheet actions = workbook.getSheet("Actions par champ");
            assertThat(text(actions.getRow(1).getCell(1))).isEqualTo("Prévue");
            int f = 2;
            for (Map.Entry<String, Map<ActionStatus, Integer>> field : report.actionStatus().entrySet()) {
                Row row = actions.getRow(f++);
                assertThat(text(row.getCell(0))).isEqualTo(field.getKey());
                for (ActionStatus status : ActionStatus.values()) {
                    assertThat(row.getCell(1 + status.ordinal()).getNumericCellValue())
                            .isEqualTo(field.getValue().getOrDefault(status, 0).doubleValue());
                }
            }
        }
    }

    @Test
    void thePopulationCoveredIsInItsSheetsAsNumbers() throws Exception {
        PortfolioReport report = herault();
        try (XSSFWorkbook workbook = Poi.open(write(report))) {
            Sheet population = workbook.getSheet("Population");
            assertThat(Poi.dataRows(workbook, "Population")).isEqualTo(report.populationByDepartement().size() + 1);
            PortfolioReport.PopulationCoverage herault = report.populationByDepartement().get(0);
            Row first = population.getRow(2);
            assertThat(text(first.getCell(0))).isEqualTo("34");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(herault.population());
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(herault.coveredPopulation()).isPositive();
            assertThat(first.getCell(6).getNumericCellValue())
                    .isEqualTo(herault.sharePercent().movePointLeft(2).doubleValue());
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).contains("%");
            Row france = population.getRow(2 + report.populationByDepartement().size());
            assertThat(text(france.getCell(0))).isEqualTo("FR");
            assertThat(france.getCell(2).getNumericCellValue()).isEqualTo(report.nationalPopulation().population());

            PortfolioReport.CafCoverage caf = report.populationByCaf().get(0);
            Row cafRow = workbook.getSheet("Population par CAF").getRow(2);
            assertThat(text(cafRow.getCell(0))).isEqualTo(caf.departementCode());
            assertThat(cafRow.getCell(2).getNumericCellValue()).isEqualTo(caf.conventionsInForce());
            assertThat(cafRow.getCell(4).getNumericCellValue()).isEqualTo(caf.coveredPopulation());

            assertThat(Poi.dataRows(workbook, "EPCI non couverts")).isEqualTo(report.uncoveredEpcis().size()).isPositive();
            PortfolioReport.UncoveredEpci largest = report.uncoveredEpcis().get(0);
            Row epci = workbook.getSheet("EPCI non couverts").getRow(2);
            assertThat(text(epci.getCell(0))).isEqualTo(largest.siren());
            assertThat(epci.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(epci.getCell(5).getNumericCellValue()).isEqualTo(largest.population());
        }
    }

    @Test
    void theTerritoryBonusPartAddsTwoSheetsOfTypedCells() throws Exception {
        // An RPE in a convention ending within the horizon, at a test rate (not a CNAF figure).
        io.github.ctglib.equipment.Equipment rpe = io.github.ctglib.equipment.Equipment.builder().reference("RPE-01")
                .kind(io.github.ctglib.equipment.EquipmentKind.RPE).name("Relais petite enfance")
                .manager(io.github.ctglib.equipment.EquipmentManager.named("Commune de Frontignan"))
                .communeCode(Frontignan.COMMUNE).fullTimeEquivalents(BigDecimal.ONE)
                .supportingParty(Frontignan.COMMUNE_NAME).build();
        Convention ending = ImmutableConvention.copyOf(Frontignan.signed()).withEquipment(rpe)
                .withValidity(DateRange.ofYears(2023, 2026));
        io.github.ctglib.bonus.BonusCalculator calculator = new io.github.ctglib.bonus.BonusCalculator(
                io.github.ctglib.bonus.BonusRates.read(new java.io.StringReader(
                        "# ctg-bonus-rates/1\nannee;caf;parametre;cle;valeur;source\n2026;*;PER_EQUIPMENT;RPE;12000;test\n"),
                        "test-rates.csv"));
        io.github.ctglib.bonus.BonusReport bonus = io.github.ctglib.bonus.BonusReport.compute(List.of(ending),
                calculator, "test-rates.csv", DAY, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWorkbook.write(herault(), bonus, out);

        try (XSSFWorkbook workbook = Poi.open(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).endsWith("Actions par champ", "Bonus territoire", "Bonus en risque", "ctg");
            Row due = workbook.getSheet("Bonus territoire").getRow(2);
            assertThat(text(due.getCell(0))).isEqualTo(Frontignan.ID);
            assertThat(due.getCell(3).getNumericCellValue()).isEqualTo(2026.0);
            assertThat(due.getCell(5).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(due.getCell(5).getCellStyle().getDataFormatString()).contains("€");
            assertThat(text(due.getCell(6))).isEqualTo("non");
            assertThat(text(due.getCell(7))).isEqualTo("test-rates.csv");
            Row atRisk = workbook.getSheet("Bonus en risque").getRow(2);
            assertThat(text(atRisk.getCell(0))).isEqualTo(Frontignan.ID);
            assertDate(atRisk.getCell(3), LocalDate.of(2026, 12, 31));
            assertThat(atRisk.getCell(5).getNumericCellValue()).isEqualTo(12000.0);
        }
    }

    @Test
    void anEmptyPortfolioHasEverySheetAndNoRowButTheSummary() throws Exception {
        PortfolioReport empty = PortfolioReport.compute(List.of(), Geography.bundled(), Optional.of("48"), DAY, 12);
        try (XSSFWorkbook workbook = Poi.open(write(empty))) {
            assertThat(Poi.dataRows(workbook, "Synthèse")).isEqualTo(1);
            assertThat(Poi.dataRows(workbook, "Échéances")).isZero();
            assertThat(Poi.dataRows(workbook, "Financements")).isZero();
            assertThat(workbook.getSheet("Synthèse").getRow(2).getCell(3).getNumericCellValue()).isZero();
        }
    }
}
