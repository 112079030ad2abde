package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.bonus.BonusPortfolio;
import io.github.ctglib.bonus.BonusReport;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.report.PortfolioReport.CafCoverage;
import io.github.ctglib.report.PortfolioReport.Coverage;
import io.github.ctglib.report.PortfolioReport.Ending;
import io.github.ctglib.report.PortfolioReport.FundingRow;
import io.github.ctglib.report.PortfolioReport.PopulationCoverage;
import io.github.ctglib.report.PortfolioReport.UncoveredEpci;
import io.github.ctglib.territory.Commune;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The portfolio report ({@link PortfolioReport}) as an XLSX workbook: one sheet per part of the report, French
 * headers (none marked required: the workbook is read, not filled in), counts, dates, rates and euros as real number and date cells; a hidden first row on each sheet holds
 * the columns' stable codes, for scripts.
 *
 * <pre>{@code
 * PortfolioWorkbook.write(PortfolioReport.compute(conventions, geography, Optional.of("34"), today, 12), out);
 * }</pre>
 */
public final class PortfolioWorkbook {

    /** One part of the report: its table and how its rows come from the report. A new part is one more entry. */
    private record Part<R>(Table<R> table, Function<PortfolioReport, List<R>> rows) {
        void write(SheetWriter writer, PortfolioReport report) {
            writer.table(table, rows.apply(report));
        }
    }

    /** A convention's bonus due for the year, with the rates it was computed on. */
    private record Due(BonusPortfolio.ConventionBonus bonus, String rates) {}

    private static final Table<Due> BONUS_DUE = new Table<>("Bonus territoire",
            "Le bonus territoire dû pour l'année sous chaque convention qui liste des équipements.", List.of(
                    Column.of("bonus.id", "Identifiant", Kind.CODE, false, "De la convention.",
                            d -> d.bonus().conventionId()),
                    Column.of("bonus.title", "Intitulé", Kind.TEXT, false, "De la convention.", d -> d.bonus().title()),
                    Column.of("bonus.caf", "CAF", Kind.TEXT, false, "Qui verse le bonus.", d -> d.bonus().cafName()),
                    Column.of("bonus.year", "Année", Kind.INTEGER, false, "L'année du bonus.", d -> d.bonus().year()),
                    Column.of("bonus.equipment", "Équipements", Kind.INTEGER, false, "Ceux de l'annexe.",
                            d -> d.bonus().equipmentCount()),
                    Column.of("bonus.amount", "Bonus dû (€)", Kind.AMOUNT, false, "Au prorata des jours couverts.",
                            d -> d.bonus().amount()),
                    Column.of("bonus.incomplete", "Barème incomplet", Kind.TEXT, false,
                            "« oui » : un montant manque au barème, le bonus dû est alors un minimum.",
                            d -> Labels.yesNo(d.bonus().incomplete())),
                    Column.of("bonus.rates", "Barème", Kind.TEXT, false, "Le barème utilisé.", Due::rates)));

    private static final Table<BonusPortfolio.AtRisk> BONUS_AT_RISK = new Table<>("Bonus en risque",
            "Les conventions qui finissent dans l'horizon sans qu'aucune convention ne les renouvelle : le bonus"
                    + " annuel de leurs équipements actifs, au barème de leur dernière année.", List.of(
                    Column.of("atRisk.id", "Identifiant", Kind.CODE, false, "De la convention.",
                            BonusPortfolio.AtRisk::conventionId),
                    Column.of("atRisk.title", "Intitulé", Kind.TEXT, false, "De la convention.",
                            BonusPortfolio.AtRisk::title),
                    Column.of("atRisk.caf", "CAF", Kind.TEXT, false, "Qui verse le bonus.",
                            BonusPortfolio.AtRisk::cafName),
                    Column.of("atRisk.ends", "Fin", Kind.DATE, false, "Le dernier jour en vigueur.",
                            BonusPortfolio.AtRisk::ends),
                    Column.of("atRisk.equipment", "Équipements", Kind.INTEGER, false, "Ceux actifs à la fin.",
                            BonusPortfolio.AtRisk::equipmentCount),
                    Column.of("atRisk.yearlyBonus", "Bonus annuel (€)", Kind.AMOUNT, false, "Pour une année pleine.",
                            BonusPortfolio.AtRisk::yearlyBonus),
                    Column.of("atRisk.incomplete", "Barème incomplet", Kind.TEXT, false,
                            "« oui » : un montant manque au barème, le bonus est alors un minimum.",
                            r -> Labels.yesNo(r.incomplete()))));

    private record StageCount(Stage stage, int conventions) {}

    private record Uncovered(String departement, Commune commune) {}

    private record FieldActions(String field, Map<ActionStatus, Integer> counts) {}

    private static final List<Part<?>> PARTS = List.of(
            new Part<>(new Table<PortfolioReport>("Synthèse", "Le périmètre et le jour du rapport.", List.of(
                    Column.of("report.departement", "Département", Kind.CODE, false, "Vide : tous.",
                            r -> r.departement()),
                    Column.of("report.day", "Jour du rapport", Kind.DATE, false, "Le jour « en vigueur » est jugé.",
                            PortfolioReport::day),
                    Column.of("report.horizonMonths", "Horizon (mois)", Kind.INTEGER, false,
                            "Les échéances dans ce nombre de mois.", PortfolioReport::horizonMonths),
                    Column.of("report.conventions", "Conventions", Kind.INTEGER, false, "Combien de conventions.",
                            PortfolioReport::conventions))), r -> List.of(r)),
            new Part<>(new Table<StageCount>("Étapes", "Les conventions par étape.", List.of(
                    Column.of("stage.code", "Code", Kind.CODE, false, "L'étape.", s -> s.stage().name()),
                    Column.of("stage.label", "Étape", Kind.TEXT, false, "En français.", s -> Labels.of(s.stage())),
                    Column.of("stage.conventions", "Conventions", Kind.INTEGER, false, "Combien.",
                            StageCount::conventions))),
                    r -> r.byStage().entrySet().stream().map(e -> new StageCount(e.getKey(), e.getValue())).toList()),
            new Part<>(new Table<Coverage>("Couverture", "Les communes couvertes par une convention en vigueur.",
                    List.of(
                            Column.of("coverage.departement", "Département", Kind.CODE, false, "Son code.",
                                    Coverage::departementCode),
                            Column.of("coverage.name", "Nom", Kind.TEXT, false, "Son nom.", Coverage::departementName),
                            Column.of("coverage.communes", "Communes", Kind.INTEGER, false, "Toutes.",
                                    Coverage::communes),
                            Column.of("coverage.covered", "Couvertes", Kind.INTEGER, false, "Par une CTG en vigueur.",
                                    Coverage::covered),
                            Column.of("coverage.rate", "Taux de couverture", Kind.PERCENT, false, "Couvertes / toutes.",
                                    PortfolioWorkbook::rate))), PortfolioReport::coverage),
            new Part<>(new Table<Uncovered>("Communes non couvertes", "Les communes qu'aucune CTG en vigueur ne couvre.",
                    List.of(
                            Column.of("uncovered.departement", "Département", Kind.CODE, false, "Son code.",
                                    Uncovered::departement),
                            Column.of("uncovered.insee", "Code INSEE", Kind.CODE, false, "Celui de la commune.",
                                    u -> u.commune().inseeCode()),
                            Column.of("uncovered.name", "Commune", Kind.TEXT, false, "Son nom.",
                                    u -> u.commune().name()))),
                    r -> r.coverage().stream().flatMap(c -> c.uncovered().stream()
                            .map(commune -> new Uncovered(c.departementCode(), commune))).toList()),
            new Part<>(new Table<PopulationCoverage>("Population",
                    "La population couverte par une CTG en vigueur, par département puis pour la France (code FR).",
                    List.of(
                            Column.of("population.code", "Code", Kind.CODE, false, "Du département, ou FR.",
                                    PopulationCoverage::code),
                            Column.of("population.name", "Nom", Kind.TEXT, false, "Son nom.", PopulationCoverage::name),
                            Column.of("population.population", "Population", Kind.INTEGER, false,
                                    "Population municipale.", PopulationCoverage::population),
                            Column.of("population.covered", "Population couverte", Kind.INTEGER, false,
                                    "Celle des communes couvertes.", PopulationCoverage::coveredPopulation),
                            Column.of("population.communes", "Communes", Kind.INTEGER, false, "Toutes.",
                                    PopulationCoverage::communes),
                            Column.of("population.coveredCommunes", "Communes couvertes", Kind.INTEGER, false,
                                    "Par une CTG en vigueur.", PopulationCoverage::coveredCommunes),
                            Column.of("population.share", "Part couverte", Kind.PERCENT, false,
                                    "Population couverte / population.", p -> share(p.sharePercent())))),
                    r -> {
                        List<PopulationCoverage> rows = new ArrayList<>(r.populationByDepartement());
                        rows.add(r.nationalPopulation());
                        return rows;
                    }),
            new Part<>(new Table<CafCoverage>("Population par CAF",
                    "Par CAF : ses conventions en vigueur et la population qu'elles couvrent.",
                    List.of(
                            Column.of("caf.departement", "CAF (département)", Kind.CODE, false, "Son code.",
                                    CafCoverage::departementCode),
                            Column.of("caf.name", "CAF", Kind.TEXT, false, "Son nom.", CafCoverage::name),
                            Column.of("caf.conventionsInForce", "Conventions en vigueur", Kind.INTEGER, false,
                                    "Celles de la CAF.", CafCoverage::conventionsInForce),
                            Column.of("caf.coveredCommunes", "Communes couvertes", Kind.INTEGER, false,
                                    "Par ces conventions.", CafCoverage::coveredCommunes),
                            Column.of("caf.coveredPopulation", "Population couverte", Kind.INTEGER, false,
                                    "Celle de ces communes.", CafCoverage::coveredPopulation),
                            Column.of("caf.departementPopulation", "Population du département", Kind.INTEGER, false,
                                    "Population municipale.", CafCoverage::departementPopulation),
                            Column.of("caf.share", "Part du département", Kind.PERCENT, false,
                                    "Plus de 100 % quand ses conventions couvrent des communes d'ailleurs.",
                                    c -> share(c.sharePercent())))), PortfolioReport::populationByCaf),
            new Part<>(new Table<UncoveredEpci>("EPCI non couverts",
                    "Les EPCI dont aucune commune n'est couverte par une CTG en vigueur, les plus peuplés d'abord.",
                    List.of(
                            Column.of("epci.siren", "SIREN", Kind.CODE, false, "De l'EPCI.", UncoveredEpci::siren),
                            Column.of("epci.name", "Nom", Kind.TEXT, false, "Son nom.", UncoveredEpci::name),
                            Column.of("epci.kind", "Nature", Kind.CODE, false, "CC, CA, CU, METRO…", UncoveredEpci::kind),
                            Column.of("epci.departements", "Départements", Kind.TEXT, false, "Ceux de ses communes.",
                                    e -> String.join(" ", e.departementCodes())),
                            Column.of("epci.communes", "Communes", Kind.INTEGER, false, "Ses communes.",
                                    UncoveredEpci::communes),
                            Column.of("epci.population", "Population", Kind.INTEGER, false, "Population municipale.",
                                    UncoveredEpci::population))), PortfolioReport::uncoveredEpcis),
            new Part<>(new Table<Ending>("Échéances", "Les conventions qui finissent dans l'horizon : renouvellements à préparer.",
                    List.of(
                            Column.of("ending.id", "Identifiant", Kind.CODE, false, "De la convention.", Ending::id),
                            Column.of("ending.title", "Intitulé", Kind.TEXT, false, "De la convention.", Ending::title),
                            Column.of("ending.cafDepartement", "CAF (département)", Kind.CODE, false, "Son code.",
                                    Ending::cafDepartement),
                            Column.of("ending.validityEnd", "Fin de validité", Kind.DATE, false, "Le dernier jour.",
                                    Ending::validityEnd),
                            Column.of("ending.stage", "Étape", Kind.TEXT, false, "En français.",
                                    e -> Labels.of(e.stage())))), PortfolioReport::ending),
            new Part<>(new Table<FundingRow>("Financements", "Par champ, financeur et année, prévu et réalisé.",
                    List.of(
                            Column.of("funding.field", "Champ", Kind.TEXT, false, "Le premier champ de l'action.",
                                    FundingRow::field),
                            Column.of("funding.funder", "Financeur", Kind.TEXT, false, "Qui paie.", FundingRow::funder),
                            Column.of("funding.year", "Année", Kind.INTEGER, false, "L'année.", FundingRow::year),
                            Column.of("funding.forecast", "Prévu (€)", Kind.AMOUNT, false, "En euros.",
                                    FundingRow::forecast),
                            Column.of("funding.actual", "Réalisé (€)", Kind.AMOUNT, false, "En euros.",
                                    FundingRow::actual))), PortfolioReport::funding),
            new Part<>(new Table<>("Actions par champ", "Les fiches action par champ et par état d'avancement.",
                    actionColumns()),
                    r -> r.actionStatus().entrySet().stream()
                            .map(e -> new FieldActions(e.getKey(), e.getValue())).toList()));

    private PortfolioWorkbook() {}

    /**
     * Writes {@code report} to {@code out}, which is left open.
     *
     * @param report the portfolio report to write, one sheet per part
     * @param out where the XLSX workbook is written; left open
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(PortfolioReport report, OutputStream out) {
        write(report, null, out);
    }

    /**
     * Writes {@code report} and its territory bonus part to {@code out}, which is left open: two more sheets,
     * the bonus due for the year per convention and the bonus at risk.
     *
     * <pre>{@code
     * PortfolioWorkbook.write(report, BonusReport.compute(conventions, calculator, "CAF 34, barème 2026", today, 12),
     *         out);
     * }</pre>
     *
     * @param report the portfolio report to write, one sheet per part
     * @param bonus the bonus part, or null for none
     * @param out where the XLSX workbook is written; left open
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(PortfolioReport report, BonusReport bonus, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            SheetWriter writer = new SheetWriter(new ActionPlanWorkbook.NonClosing(out));
            for (Part<?> part : PARTS) {
                part.write(writer, report);
            }
            if (bonus != null) {
                writer.table(BONUS_DUE, bonus.due().conventions().stream().map(d -> new Due(d, bonus.rates())).toList());
                writer.table(BONUS_AT_RISK, bonus.atRisk());
            }
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("format", "ctg-portfolio-report");
            marker.put("formatVersion", 1);
            writer.hiddenPairs("ctg", marker);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the portfolio report", e);
        }
    }

    private static BigDecimal rate(Coverage c) {
        return c.communes() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(c.covered()).divide(BigDecimal.valueOf(c.communes()), 4, RoundingMode.HALF_EVEN);
    }

    /** A share in percent with one decimal (5.6) as the fraction a percentage cell holds (0.056). */
    private static BigDecimal share(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    private static List<Column<FieldActions>> actionColumns() {
        List<Column<FieldActions>> columns = new ArrayList<>();
        columns.add(Column.of("actions.field", "Champ", Kind.TEXT, false, "Le premier champ de l'action.",
                FieldActions::field));
        for (ActionStatus status : ActionStatus.values()) {
            String label = Labels.of(status);
            columns.add(Column.of("actions." + status.name(), Character.toUpperCase(label.charAt(0))
                    + label.substring(1), Kind.INTEGER, false, "Les fiches à l'état « " + label + " ».",
                    f -> f.counts().getOrDefault(status, 0)));
        }
        return columns;
    }
}
