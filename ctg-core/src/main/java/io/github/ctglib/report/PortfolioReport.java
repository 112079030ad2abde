package io.github.ctglib.report;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Departement;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A portfolio view of the conventions of one CAF département, or of all: conventions by stage, communes
 * covered by a convention in force against all communes, conventions ending soon (renewals to prepare),
 * funding by field × funder × year, and action status by field. Built in one pass over the conventions.
 *
 * <p>An action serving several fields counts under its first field, so that no euro is counted twice.
 */
public final class PortfolioReport {

    /** Communes of a département and those covered by a convention in force on the report's day. */
    public record Coverage(String departementCode, String departementName, int communes, int covered,
            List<Commune> uncovered) {}

    /** A convention whose validity ends within the horizon. */
    public record Ending(String id, String title, String cafDepartement, LocalDate validityEnd, Stage stage) {}

    /** Funding of one field by one funder in one year, forecast and actual, in euros. */
    public record FundingRow(String field, String funder, int year, BigDecimal forecast, BigDecimal actual) {}

    private final Optional<String> departement;
    private final LocalDate day;
    private final int horizonMonths;
    private final Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
    private final List<Coverage> coverage = new ArrayList<>();
    private final List<Ending> ending = new ArrayList<>();
    private final Map<String, FundingRow> funding = new TreeMap<>();
    private final Map<String, Map<ActionStatus, Integer>> actionStatus = new TreeMap<>();
    private int conventions;

    private PortfolioReport(Optional<String> departement, LocalDate day, int horizonMonths) {
        this.departement = departement;
        this.day = day;
        this.horizonMonths = horizonMonths;
    }

    /**
     * Computes the report.
     *
     * @return the report
     * @param conventions   the portfolio (e.g. {@code repository.streamAll()::forEach})
     * @param geography     for the communes of each département
     * @param departement   a CAF département code, or empty for all
     * @param day           the day "in force" and "ending within" are judged on (from the caller's clock)
     * @param horizonMonths conventions ending within this many months of {@code day} are listed
     */
    public static PortfolioReport compute(Consumer<Consumer<Convention>> conventions, Geography geography,
            Optional<String> departement, LocalDate day, int horizonMonths) {
        Objects.requireNonNull(geography, "geography");
        if (horizonMonths < 0) {
            throw new IllegalArgumentException("horizonMonths must be 0 or more, got " + horizonMonths);
        }
        PortfolioReport report = new PortfolioReport(departement, day, horizonMonths);
        Set<String> covered = new HashSet<>();
        conventions.accept(c -> {
            // A commune is covered by any convention in force on it, whichever CAF signed it (a CTG across
            // départements covers communes of another CAF's département): as list --commune answers.
            if (c.isInForceOn(day)) {
                covered.addAll(c.getTerritory().getCommuneCodes());
            }
            if (departement.map(d -> d.equals(c.getCaf().getDepartementCode())).orElse(true)) {
                report.add(c);
            }
        });
        report.coverage(geography, covered);
        return report;
    }

    /**
     * Same as {@link #compute(Consumer, Geography, Optional, LocalDate, int)} over a collection.
     *
     * @param conventions the portfolio
     * @param geography for the communes of each département
     * @param departement a CAF département code, or empty for all
     * @param day the day "in force" and "ending within" are judged on
     * @param horizonMonths conventions ending within this many months of {@code day} are listed
     * @return the report
     */
    public static PortfolioReport compute(Collection<Convention> conventions, Geography geography,
            Optional<String> departement, LocalDate day, int horizonMonths) {
        return compute(conventions::forEach, geography, departement, day, horizonMonths);
    }

    private void add(Convention c) {
        conventions++;
        byStage.merge(c.getStage(), 1, Integer::sum);
        LocalDate end = c.getValidity().getTo();
        boolean live = !(c.getStage() == Stage.CLOSED || c.getStage() == Stage.TERMINATED);
        if (live && !end.isBefore(day) && !end.isAfter(day.plusMonths(horizonMonths))) {
            ending.add(new Ending(c.getId(), c.getTitle(), c.getCaf().getDepartementCode(), end, c.getStage()));
        }
        for (ActionSheet action : c.getActions()) {
            String field = action.getFields().stream().findFirst().map(FieldOfAction::describe).orElse("-");
            actionStatus.computeIfAbsent(field, f -> new EnumMap<>(ActionStatus.class))
                    .merge(action.getStatus(), 1, Integer::sum);
            for (BudgetLine line : action.getBudget()) {
                addFunding(field, line);
            }
        }
    }

    private void addFunding(String field, BudgetLine line) {
        String key = field + '\u0000' + line.getFunder() + '\u0000' + line.getYear();
        BigDecimal forecast = line.getNature() == BudgetNature.FORECAST ? line.getAmount() : BigDecimal.ZERO;
        BigDecimal actual = line.getNature() == BudgetNature.ACTUAL ? line.getAmount() : BigDecimal.ZERO;
        funding.merge(key, new FundingRow(field, line.getFunder(), line.getYear(), forecast, actual),
                (a, b) -> new FundingRow(a.field(), a.funder(), a.year(), a.forecast().add(b.forecast()),
                        a.actual().add(b.actual())));
    }

    private void coverage(Geography geography, Set<String> covered) {
        List<Departement> departements = departement
                .map(code -> geography.departement(code).map(List::of).orElse(List.of()))
                .orElseGet(() -> List.copyOf(geography.departements()));
        for (Departement d : departements) {
            Collection<Commune> communes = geography.communesOf(d.code());
            List<Commune> uncovered = communes.stream().filter(c -> !covered.contains(c.inseeCode()))
                    .collect(Collectors.toUnmodifiableList());
            coverage.add(new Coverage(d.code(), d.name(), communes.size(), communes.size() - uncovered.size(),
                    uncovered));
        }
        ending.sort(Comparator.comparing(Ending::validityEnd).thenComparing(Ending::id));
    }

    /** {@return the CAF département the report is about, or empty for all} */
    public Optional<String> departement() {
        return departement;
    }

    /** {@return the day it is judged on} */
    public LocalDate day() {
        return day;
    }

    /** {@return how many months ahead it lists the conventions that end} */
    public int horizonMonths() {
        return horizonMonths;
    }

    /** {@return how many conventions the report covers} */
    public int conventions() {
        return conventions;
    }

    /** {@return conventions by stage, every stage listed (zero where none)} */
    public Map<Stage, Integer> byStage() {
        Map<Stage, Integer> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, byStage.getOrDefault(stage, 0));
        }
        return all;
    }

    /** {@return coverage per département, ordered by code} */
    public List<Coverage> coverage() {
        return List.copyOf(coverage);
    }

    /** {@return conventions still live whose validity ends within the horizon, soonest first} */
    public List<Ending> ending() {
        return List.copyOf(ending);
    }

    /** {@return funding rows ordered by field, funder, year} */
    public List<FundingRow> funding() {
        return List.copyOf(funding.values());
    }

    /** {@return actions by field (its French name or label) and status} */
    public Map<String, Map<ActionStatus, Integer>> actionStatus() {
        Map<String, Map<ActionStatus, Integer>> copy = new TreeMap<>();
        actionStatus.forEach((field, counts) -> copy.put(field, Map.copyOf(counts)));
        return copy;
    }
}
