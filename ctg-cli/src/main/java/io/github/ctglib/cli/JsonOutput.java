package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.bonus.BonusReport;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.DateRange;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of {@code --format json}: one JSON document per command on standard output, for jq and scripts.
 * Each names its shape and version in {@code "format"} ({@code "ctg-list/1"}…); a later version only adds
 * members, and a change that would break a reader gets a new version. Codes are the model's constants (stages,
 * time statuses, fields, action statuses), dates ISO, amounts strings with their cents — as in the interchange
 * format, which is also what {@code show --format json} prints. The shapes are described in the CLI's README.
 */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
    }

    /** {@code ctg list}: the conventions found. */
    void list(List<Convention> found, LocalDate today) {
        ObjectNode root = document("ctg-list/1");
        root.put("day", today.toString());
        ArrayNode conventions = root.putArray("conventions");
        found.forEach(c -> summary(conventions.addObject(), c, today));
        root.put("count", found.size());
        print(root);
    }

    /** {@code ctg show}: the convention as the interchange document of the current format version. */
    void show(Convention convention) {
        out.print(new String(ConventionJson.standard().toBytes(convention, Optional.empty()), StandardCharsets.UTF_8));
        out.flush();
    }

    /** {@code ctg bonus}: the territory bonus of each equipment for a year, and how it was computed. */
    void bonus(String id, int year, String rates, List<io.github.ctglib.bonus.BonusDue> due) {
        ObjectNode root = document("ctg-bonus/1");
        root.put("id", id);
        root.put("year", year);
        root.put("rates", rates);
        ArrayNode list = root.putArray("equipment");
        BigDecimal total = BigDecimal.ZERO;
        for (io.github.ctglib.bonus.BonusDue d : due) {
            ObjectNode node = list.addObject();
            node.put("reference", d.equipmentReference());
            node.put("name", d.equipmentName());
            ArrayNode components = node.putArray("components");
            for (io.github.ctglib.bonus.BonusComponent c : d.components()) {
                ObjectNode component = components.addObject();
                component.put("kind", c.kind().name());
                component.put("count", c.count());
                component.put("unitAmount", c.unitAmount().toPlainString());
                component.put("amount", c.amount().toPlainString());
                component.put("basis", c.basis());
            }
            node.put("fullYearAmount", d.fullYearAmount().toPlainString());
            node.put("coveredDays", d.coveredDays());
            node.put("daysInYear", d.daysInYear());
            node.put("amount", d.amount().toPlainString());
            ArrayNode reasons = node.putArray("reasons");
            d.reasons().forEach(r -> reasons.add(r.name()));
            ArrayNode missing = node.putArray("missingRates");
            d.missingRates().forEach(missing::add);
            total = total.add(d.amount());
        }
        root.put("total", total.toPlainString());
        print(root);
    }

    /** {@code ctg history}: every revision, oldest first. */
    void history(String id, List<Revision> revisions) {
        ObjectNode root = document("ctg-history/1");
        root.put("id", id);
        ArrayNode list = root.putArray("revisions");
        for (Revision r : revisions) {
            ObjectNode node = list.addObject();
            node.put("version", r.version());
            node.put("at", r.at().toString());
            node.put("actor", r.actor());
            node.put("summary", r.summary());
        }
        print(root);
    }

    /** {@code ctg territory} of a commune; the conventions only when a store was read. */
    void commune(Commune commune, Geography geography, Optional<Collection<Convention>> covering, LocalDate today) {
        ObjectNode root = document("ctg-territory/1");
        root.put("kind", "COMMUNE");
        root.put("code", commune.inseeCode());
        root.put("name", commune.name());
        departement(root.putObject("departement"), commune.departementCode(), geography);
        root.put("population", commune.population());
        commune.sirenNumber().ifPresent(siren -> root.put("siren", siren));
        Optional<Epci> epci = commune.epci().flatMap(geography::epci);
        if (epci.isPresent()) {
            epci(root.putObject("epci"), epci.get(), geography);
        } else {
            root.putNull("epci");
        }
        conventions(root, covering, today);
        print(root);
    }

    /** {@code ctg territory} of an EPCI; the conventions only when a store was read. */
    void epci(Epci epci, Geography geography, Optional<Collection<Convention>> covering, LocalDate today) {
        ObjectNode root = document("ctg-territory/1");
        root.put("kind", "EPCI");
        root.put("code", epci.siren());
        root.put("name", epci.name());
        epci(root, epci, geography);
        conventions(root, covering, today);
        print(root);
    }

    /** {@code ctg report}: every figure of the portfolio. */
    void report(PortfolioReport report, BonusReport bonus) {
        ObjectNode root = document("ctg-report/1");
        root.put("day", report.day().toString());
        report.departement().ifPresentOrElse(d -> root.put("departement", d), () -> root.putNull("departement"));
        root.put("horizonMonths", report.horizonMonths());
        root.put("conventions", report.conventions());
        ObjectNode byStage = root.putObject("byStage");
        report.byStage().forEach((stage, n) -> byStage.put(stage.name(), n));
        ArrayNode coverage = root.putArray("coverage");
        for (PortfolioReport.Coverage c : report.coverage()) {
            ObjectNode node = coverage.addObject();
            node.put("departement", c.departementCode());
            node.put("name", c.departementName());
            node.put("communes", c.communes());
            node.put("covered", c.covered());
            ArrayNode uncovered = node.putArray("uncovered");
            c.uncovered().forEach(commune -> uncovered.addObject().put("code", commune.inseeCode())
                    .put("name", commune.name()));
        }
        population(root.putObject("population"), report);
        ArrayNode ending = root.putArray("ending");
        for (PortfolioReport.Ending e : report.ending()) {
            ending.addObject().put("id", e.id()).put("title", e.title()).put("cafDepartement", e.cafDepartement())
                    .put("validityEnd", e.validityEnd().toString()).put("stage", e.stage().name());
        }
        ArrayNode funding = root.putArray("funding");
        for (PortfolioReport.FundingRow row : report.funding()) {
            funding.addObject().put("field", PortfolioView.fieldCode(row.field())).put("fieldLabel", row.field())
                    .put("funder", row.funder()).put("year", row.year()).put("forecast", cents(row.forecast()))
                    .put("actual", cents(row.actual()));
        }
        ArrayNode actions = root.putArray("actionStatus");
        for (Map.Entry<String, Map<ActionStatus, Integer>> field : report.actionStatus().entrySet()) {
            ObjectNode node = actions.addObject().put("field", PortfolioView.fieldCode(field.getKey()))
                    .put("fieldLabel", field.getKey());
            ObjectNode counts = node.putObject("actions");
            for (ActionStatus status : ActionStatus.values()) {
                counts.put(status.name(), field.getValue().getOrDefault(status, 0));
            }
        }
        bonus(root.putObject("bonus"), bonus);
        print(root);
    }

    /** The territory bonus due for the year per CAF and per convention, and the bonus at risk. */
    private static void bonus(ObjectNode node, BonusReport bonus) {
        node.put("year", bonus.year());
        node.put("rates", bonus.rates());
        ArrayNode byCaf = node.putArray("byCaf");
        bonus.due().byCaf().forEach((caf, amount) -> byCaf.addObject().put("caf", caf).put("amount", cents(amount)));
        ArrayNode conventions = node.putArray("conventions");
        for (io.github.ctglib.bonus.BonusPortfolio.ConventionBonus due : bonus.due().conventions()) {
            conventions.addObject().put("id", due.conventionId()).put("title", due.title()).put("caf", due.cafName())
                    .put("equipment", due.equipmentCount()).put("amount", cents(due.amount()))
                    .put("ratesIncomplete", due.incomplete());
        }
        node.put("total", cents(bonus.due().total()));
        node.put("ratesIncomplete", bonus.due().incomplete());
        node.put("atRiskHorizonMonths", bonus.horizonMonths());
        ArrayNode atRisk = node.putArray("atRisk");
        for (io.github.ctglib.bonus.BonusPortfolio.AtRisk risk : bonus.atRisk()) {
            atRisk.addObject().put("id", risk.conventionId()).put("title", risk.title()).put("caf", risk.cafName())
                    .put("ends", risk.ends().toString()).put("equipment", risk.equipmentCount())
                    .put("yearlyBonus", cents(risk.yearlyBonus())).put("ratesIncomplete", risk.incomplete());
        }
    }

    /** The population covered: nationally, per département, per CAF; the EPCIs not covered, largest first. */
    private static void population(ObjectNode node, PortfolioReport report) {
        area(node.putObject("national"), report.nationalPopulation());
        ArrayNode departements = node.putArray("byDepartement");
        report.populationByDepartement().forEach(p -> area(departements.addObject(), p));
        ArrayNode cafs = node.putArray("byCaf");
        for (PortfolioReport.CafCoverage c : report.populationByCaf()) {
            cafs.addObject().put("cafDepartement", c.departementCode()).put("name", c.name())
                    .put("conventionsInForce", c.conventionsInForce()).put("coveredCommunes", c.coveredCommunes())
                    .put("coveredPopulation", c.coveredPopulation())
                    .put("departementPopulation", c.departementPopulation())
                    .put("sharePercent", c.sharePercent().toPlainString());
        }
        ArrayNode epcis = node.putArray("uncoveredEpcis");
        for (PortfolioReport.UncoveredEpci e : report.uncoveredEpcis()) {
            ObjectNode epci = epcis.addObject().put("siren", e.siren()).put("name", e.name()).put("kind", e.kind())
                    .put("communes", e.communes()).put("population", e.population());
            ArrayNode codes = epci.putArray("departements");
            e.departementCodes().forEach(codes::add);
        }
    }

    private static void area(ObjectNode node, PortfolioReport.PopulationCoverage p) {
        node.put("code", p.code()).put("name", p.name()).put("population", p.population())
                .put("coveredPopulation", p.coveredPopulation()).put("communes", p.communes())
                .put("coveredCommunes", p.coveredCommunes()).put("sharePercent", p.sharePercent().toPlainString());
    }

    private static ObjectNode document(String format) {
        return MAPPER.createObjectNode().put("format", format);
    }

    private static void summary(ObjectNode node, Convention c, LocalDate today) {
        node.put("id", c.getId());
        node.put("title", c.getTitle());
        node.put("stage", c.getStage().name());
        node.put("timeStatus", c.timeStatus(today).name());
        period(node.putObject("validity"), c.getValidity());
        node.put("cafDepartement", c.getCaf().getDepartementCode());
        ArrayNode communes = node.putArray("communeCodes");
        c.getTerritory().getCommuneCodes().forEach(communes::add);
        ArrayNode epcis = node.putArray("epciSirens");
        c.getTerritory().getEpciSirens().forEach(epcis::add);
    }

    private static void conventions(ObjectNode root, Optional<Collection<Convention>> covering, LocalDate today) {
        if (covering.isEmpty()) {
            root.putNull("conventions"); // no store was read: unknown, not none
            return;
        }
        ArrayNode list = root.putArray("conventions");
        covering.get().forEach(c -> summary(list.addObject(), c, today));
    }

    private static void epci(ObjectNode node, Epci epci, Geography geography) {
        node.put("siren", epci.siren());
        node.put("name", epci.name());
        node.put("epciKind", epci.kind());
        ArrayNode members = node.putArray("members");
        epci.memberInseeCodes().forEach(code -> members.addObject().put("code", code)
                .put("name", geography.commune(code).map(Commune::name).orElse(null)));
    }

    private static void departement(ObjectNode node, String code, Geography geography) {
        node.put("code", code);
        node.put("name", geography.departement(code).map(d -> d.name()).orElse(null));
    }

    private static void period(ObjectNode node, DateRange period) {
        node.put("from", period.getFrom().toString());
        node.put("to", period.getTo().toString());
    }

    private static String cents(BigDecimal euros) {
        return euros.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private void print(ObjectNode root) {
        out.println(PRETTY.writeValueAsString(root));
        out.flush();
    }
}
