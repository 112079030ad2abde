package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.Para;
import io.github.ctglib.documents.Doc.Style;
import io.github.ctglib.documents.Doc.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The yearly bilan for the steering committee: progress of the action sheets, indicators against baseline and
 * target, budget forecast against actual by funder and instrument, the committees' decisions of the year, with
 * charts where a person would rather look than read.
 */
final class BilanDocument {

    private BilanDocument() {}

    static Doc of(Convention convention, int year) {
        int from = convention.getValidity().getFrom().getYear();
        int to = convention.getValidity().getTo().getYear();
        if (year < from || year > to) {
            throw new IllegalArgumentException("The year " + year + " is outside the validity of " + convention.getId()
                    + " (" + from + "–" + to + "): give a year from " + from + " to " + to);
        }
        List<ActionSheet> actions = convention.activeActions();
        List<Block> blocks = new ArrayList<>();
        String title = "Bilan " + year + " de la convention territoriale globale";
        blocks.add(new Para(Style.TITLE, title));
        blocks.add(new Para(Style.SUBTITLE, convention.getTitle()));
        blocks.add(new Para(Style.SUBTITLE, "Présenté au comité de pilotage – " + convention.getCaf().getName()));
        blocks.addAll(summary(actions, year));
        blocks.addAll(progress(actions, year));
        blocks.addAll(indicators(actions, year));
        blocks.addAll(budget(actions, year));
        blocks.addAll(decisions(convention, year));
        return new Doc(title + " – " + convention.getTitle(), blocks);
    }

    private static List<Block> summary(List<ActionSheet> actions, int year) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Synthèse"));
        if (actions.isEmpty()) {
            blocks.add(Para.note("Le plan d'actions n'est pas encore établi : aucune fiche action à suivre."));
            return blocks;
        }
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        actions.forEach(a -> byStatus.merge(a.getStatus(), 1L, Long::sum));
        blocks.add(Para.body(actions.size() + " fiches action : " + byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + French.status(e.getKey(), e.getValue())).collect(Collectors.joining(", ")) + "."));
        BigDecimal forecast = total(actions, year, BudgetNature.FORECAST);
        BigDecimal actual = total(actions, year, BudgetNature.ACTUAL);
        blocks.add(Para.body("Budget " + year + " : " + French.euros(forecast) + " prévus, " + French.euros(actual)
                + " réalisés (" + French.percent(actual, forecast) + ")."));
        return blocks;
    }

    private static List<Block> progress(List<ActionSheet> actions, int year) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Avancement des fiches action"));
        if (actions.isEmpty()) {
            blocks.add(Para.note("Aucune fiche action."));
            return blocks;
        }
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        List<List<String>> rows = new ArrayList<>();
        for (ActionSheet action : actions) {
            String schedule = action.getSchedule().map(s -> French.date(s.getFrom()) + " – " + French.date(s.getTo()))
                    .orElse("non daté");
            boolean late = action.getSchedule().map(s -> s.getTo().isBefore(endOfYear)).orElse(false)
                    && action.getStatus() != ActionStatus.COMPLETED && action.getStatus() != ActionStatus.ABANDONED;
            rows.add(List.of(action.getNumber(), action.getTitle(), French.status(action.getStatus()),
                    schedule + (late ? " (échéance dépassée)" : ""), action.getPilot().orElse("")));
        }
        blocks.add(new Table(List.of("N°", "Fiche action", "Statut", "Calendrier", "Pilote"), rows, Set.of(),
                Set.of()));
        return blocks;
    }

    private static List<Block> indicators(List<ActionSheet> actions, int year) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Indicateurs"));
        List<List<String>> rows = new ArrayList<>();
        List<Block> charts = new ArrayList<>();
        for (ActionSheet action : actions) {
            for (ActionIndicator indicator : action.getIndicators()) {
                List<Measurement> ofYear = indicator.getMeasurements().stream()
                        .filter(m -> m.getDate().getYear() == year)
                        .sorted(Comparator.comparing(Measurement::getDate)).toList();
                Optional<Measurement> latest = ofYear.stream().reduce((a, b) -> b);
                rows.add(List.of(action.getNumber(), indicator.getLabel(),
                        indicator.getBaseline().map(b -> French.quantity(b, indicator.getUnit())).orElse("–"),
                        indicator.getTarget().map(t -> French.quantity(t, indicator.getUnit())).orElse("–"),
                        ofYear.isEmpty() ? "aucune mesure en " + year : ofYear.stream()
                                .map(m -> French.quantity(m.getValue(), indicator.getUnit()) + " au "
                                        + French.date(m.getDate()))
                                .collect(Collectors.joining(" ; ")),
                        latest.flatMap(m -> indicator.getTarget().map(t -> progressTowards(indicator, m.getValue(), t)))
                                .orElse("–")));
                boolean measuredUpToYear = indicator.getMeasurements().stream()
                        .anyMatch(m -> m.getDate().getYear() <= year);
                if (measuredUpToYear) {
                    charts.add(Charts.indicator(action.getNumber(), indicator));
                }
            }
        }
        if (rows.isEmpty()) {
            blocks.add(Para.note("Aucun indicateur de suivi n'est défini dans les fiches action."));
            return blocks;
        }
        blocks.add(new Table(List.of("Fiche", "Indicateur", "Référence", "Cible", "Mesures " + year,
                "Progression"), rows, Set.of(2, 3, 5), Set.of()));
        if (!charts.isEmpty()) {
            blocks.add(new Heading(3, "Évolution des indicateurs"));
            blocks.addAll(charts);
        }
        return blocks;
    }

    /** How far from the baseline towards the target the latest measurement stands, "53 %". */
    private static String progressTowards(ActionIndicator indicator, BigDecimal latest, BigDecimal target) {
        BigDecimal baseline = indicator.getBaseline().orElse(BigDecimal.ZERO);
        return French.percent(latest.subtract(baseline), target.subtract(baseline));
    }

    private static List<Block> budget(List<ActionSheet> actions, int year) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Budget " + year + " : prévisionnel et réalisé"));
        Map<String, Map<String, BigDecimal[]>> byFunder = new TreeMap<>();
        for (ActionSheet action : actions) {
            for (BudgetLine line : action.getBudget()) {
                if (line.getYear() == year) {
                    BigDecimal[] amounts = byFunder.computeIfAbsent(line.getFunder(), f -> new TreeMap<>())
                            .computeIfAbsent(French.instrument(line.getInstrument()),
                                    i -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    int at = line.getNature() == BudgetNature.FORECAST ? 0 : 1;
                    amounts[at] = amounts[at].add(line.getAmount());
                }
            }
        }
        if (byFunder.isEmpty()) {
            blocks.add(Para.note("Aucune ligne budgétaire pour " + year + "."));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, BigDecimal[]> chartData = new TreeMap<>();
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, BigDecimal[]>> funder : byFunder.entrySet()) {
            BigDecimal[] ofFunder = {BigDecimal.ZERO, BigDecimal.ZERO};
            for (Map.Entry<String, BigDecimal[]> instrument : funder.getValue().entrySet()) {
                BigDecimal[] a = instrument.getValue();
                rows.add(List.of(funder.getKey(), instrument.getKey(), French.euros(a[0]), French.euros(a[1]),
                        French.euros(a[1].subtract(a[0])), French.percent(a[1], a[0])));
                ofFunder[0] = ofFunder[0].add(a[0]);
                ofFunder[1] = ofFunder[1].add(a[1]);
            }
            chartData.put(funder.getKey(), ofFunder);
            forecast = forecast.add(ofFunder[0]);
            actual = actual.add(ofFunder[1]);
        }
        rows.add(List.of("Total", "", French.euros(forecast), French.euros(actual),
                French.euros(actual.subtract(forecast)), French.percent(actual, forecast)));
        blocks.add(new Table(List.of("Financeur", "Dispositif", "Prévisionnel", "Réalisé", "Écart", "Taux"), rows,
                Set.of(2, 3, 4, 5), Set.of(rows.size() - 1)));
        blocks.add(Charts.budget(year, chartData));
        return blocks;
    }

    private static List<Block> decisions(Convention convention, int year) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Décisions des comités en " + year));
        List<CommitteeMeeting> meetings = convention.getGovernance().getMeetings().stream()
                .filter(m -> m.getDate().getYear() == year).sorted(Comparator.comparing(CommitteeMeeting::getDate))
                .toList();
        if (meetings.isEmpty()) {
            blocks.add(Para.note("Aucune réunion de comité n'est enregistrée en " + year + "."));
        }
        for (CommitteeMeeting meeting : meetings) {
            blocks.add(new Heading(3, French.committee(meeting.getKind()) + " du " + French.date(meeting.getDate())));
            if (!meeting.getAttendees().isEmpty()) {
                blocks.add(Para.body("Présents : " + String.join(", ", meeting.getAttendees()) + "."));
            }
            if (meeting.getDecisions().isEmpty()) {
                blocks.add(Para.note("Aucune décision consignée."));
            }
            meeting.getDecisions().forEach(d -> blocks.add(Para.item(d)));
        }
        return blocks;
    }

    private static BigDecimal total(List<ActionSheet> actions, int year, BudgetNature nature) {
        return actions.stream().flatMap(a -> a.getBudget().stream())
                .filter(l -> l.getYear() == year && l.getNature() == nature)
                .map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
