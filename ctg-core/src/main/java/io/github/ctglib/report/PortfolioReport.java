package io.github.ctglib.report;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Departement;
import io.github.ctglib.territory.Epci;
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
 * covered by a convention in force against all communes, the population they cover (per département, per CAF
 * and nationally — the one national CTG figure CAFs report) and the EPCIs no convention covers, conventions
 * ending soon (renewals to prepare), funding by field × funder × year, and action status by field. Built in one
 * pass over the conventions.
 *
 * <p>Populations are the municipal populations of the geography's vintage ({@link Commune#population()}). A
 * commune is covered when a convention in force on the report's day names it, whichever CAF leads it.
 *
 * <p>An action serving several fields counts under its first field, so that no euro is counted twice.
 */
public final class PortfolioReport {

    /** Communes of a département and those covered by a convention in force on the report's day. */
    public record Coverage(String departementCode, String departementName, int communes, int covered,
            List<Commune> uncovered) {}

    /**
     * The population of an area and the part living in communes covered by a convention in force.
     *
     * @param code              the département's code, or {@code "FR"} for the whole geography
     * @param name              its name ({@code "France"} for the whole geography)
     * @param population        the municipal population of its communes
     * @param coveredPopulation the municipal population of its covered communes
     * @param communes          its communes
     * @param coveredCommunes   its covered communes
     */
    public record PopulationCoverage(String code, String name, long population, long coveredPopulation,
            int communes, int coveredCommunes) {

        /** {@return the covered share of the population, in percent with one decimal (0.0 for an uninhabited area)} */
        public BigDecimal sharePercent() {
            return percent(coveredPopulation, population);
        }
    }

    /**
     * What the conventions a CAF leads cover on the report's day.
     *
     * @param departementCode       the CAF's département (its code identifies the CAF)
     * @param name                  the CAF's name, as its conventions give it (the first in id order)
     * @param conventionsInForce    its conventions in force on the day
     * @param coveredCommunes       the communes they name (each once)
     * @param coveredPopulation     the municipal population of those communes
     * @param departementPopulation the municipal population of the CAF's département (0 when the geography does
     *                              not know it)
     */
    public record CafCoverage(String departementCode, String name, int conventionsInForce, int coveredCommunes,
            long coveredPopulation, long departementPopulation) {

        /**
         * The covered population against its département's, in percent with one decimal; over 100 when its
         * conventions cover communes of other départements beyond its own.
         *
         * @return the share in percent, one decimal
         */
        public BigDecimal sharePercent() {
            return percent(coveredPopulation, departementPopulation);
        }
    }

    /**
     * An EPCI none of whose communes is covered by a convention in force.
     *
     * @param siren           its SIREN
     * @param name            its name
     * @param kind            CC, CA, CU, METRO…
     * @param population      the municipal population of its communes
     * @param communes        how many communes it has
     * @param departementCodes the départements of its communes, ordered
     */
    public record UncoveredEpci(String siren, String name, String kind, long population, int communes,
            List<String> departementCodes) {

        /**
         * Copies the list.
         *
         * @param communes how many communes it has
         * @param departementCodes the codes of the départements of its communes, ordered; copied
         * @param kind its legal kind as published: CC, CA, CU, METRO…
         * @param name its official name
         * @param population the municipal population of its communes
         * @param siren its SIREN (9 digits)
         */
        public UncoveredEpci {
            departementCodes = List.copyOf(departementCodes);
        }
    }

    /** A convention whose validity ends within the horizon. */
    public record Ending(String id, String title, String cafDepartement, LocalDate validityEnd, Stage stage) {}

    /** Funding of one field by one funder in one year, forecast and actual, in euros. */
    public record FundingRow(String field, String funder, int year, BigDecimal forecast, BigDecimal actual) {}

    private final Optional<String> departement;
    private final LocalDate day;
    private final int horizonMonths;
    private final Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
    private final List<Coverage> coverage = new ArrayList<>();
    private final List<PopulationCoverage> populationByDepartement = new ArrayList<>();
    private final List<CafCoverage> populationByCaf = new ArrayList<>();
    private final List<UncoveredEpci> uncoveredEpcis = new ArrayList<>();
    private PopulationCoverage nationalPopulation;
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
        Map<String, CafTally> cafs = new TreeMap<>();
        conventions.accept(c -> {
            boolean inScope = departement.map(d -> d.equals(c.getCaf().getDepartementCode())).orElse(true);
            // A commune is covered by any convention in force on it, whichever CAF signed it (a CTG across
            // départements covers communes of another CAF's département): as list --commune answers.
            if (c.isInForceOn(day)) {
                covered.addAll(c.getTerritory().getCommuneCodes());
                if (inScope) {
                    cafs.computeIfAbsent(c.getCaf().getDepartementCode(), code -> new CafTally()).add(c);
                }
            }
            if (inScope) {
                report.add(c);
            }
        });
        report.coverage(geography, covered);
        report.population(geography, covered, cafs);
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

    /** The conventions in force of one CAF, while the report is computed. */
    private static final class CafTally {
        private String name;
        private String firstId;
        private int conventions;
        private final Set<String> communes = new HashSet<>();

        void add(Convention c) {
            conventions++;
            communes.addAll(c.getTerritory().getCommuneCodes());
            if (firstId == null || c.getId().compareTo(firstId) < 0) {
                firstId = c.getId();
                name = c.getCaf().getName();
            }
        }
    }

    private void population(Geography geography, Set<String> covered, Map<String, CafTally> cafs) {
        long population = 0;
        long coveredPopulation = 0;
        int communes = 0;
        int coveredCommunes = 0;
        Map<String, Long> byDepartement = new java.util.HashMap<>();
        for (Departement d : geography.departements()) {
            long inhabitants = 0;
            long inCovered = 0;
            int count = 0;
            int countCovered = 0;
            for (Commune commune : geography.communesOf(d.code())) {
                count++;
                inhabitants += commune.population();
                if (covered.contains(commune.inseeCode())) {
                    countCovered++;
                    inCovered += commune.population();
                }
            }
            byDepartement.put(d.code(), inhabitants);
            population += inhabitants;
            coveredPopulation += inCovered;
            communes += count;
            coveredCommunes += countCovered;
            if (departement.map(d.code()::equals).orElse(true)) {
                populationByDepartement.add(new PopulationCoverage(d.code(), d.name(), inhabitants, inCovered, count,
                        countCovered));
            }
        }
        nationalPopulation = new PopulationCoverage("FR", "France", population, coveredPopulation, communes,
                coveredCommunes);
        cafs.forEach((code, tally) -> {
            long inhabitants = tally.communes.stream().map(geography::commune).flatMap(Optional::stream)
                    .mapToLong(Commune::population).sum();
            populationByCaf.add(new CafCoverage(code, tally.name, tally.conventions, tally.communes.size(),
                    inhabitants, byDepartement.getOrDefault(code, 0L)));
        });
        for (Epci epci : geography.epcis()) {
            List<Commune> members = epci.memberInseeCodes().stream().map(geography::commune)
                    .flatMap(Optional::stream).toList();
            boolean inScope = departement.map(d -> members.stream().anyMatch(m -> m.departementCode().equals(d)))
                    .orElse(true);
            if (inScope && members.stream().noneMatch(m -> covered.contains(m.inseeCode()))) {
                uncoveredEpcis.add(new UncoveredEpci(epci.siren(), epci.name(), epci.kind(),
                        members.stream().mapToLong(Commune::population).sum(), members.size(),
                        members.stream().map(Commune::departementCode).distinct().sorted().toList()));
            }
        }
        uncoveredEpcis.sort(Comparator.comparingLong(UncoveredEpci::population).reversed()
                .thenComparing(UncoveredEpci::siren));
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The CAF département the report is limited to, if any. */
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

    /**
     * The population covered per département, ordered by code: the report's département only, when it has one;
     * otherwise every département of the geography.
     *
     * @return the population covered per département, ordered by code
     */
    public List<PopulationCoverage> populationByDepartement() {
        return List.copyOf(populationByDepartement);
    }

    /**
     * The population covered by the conventions each CAF leads, ordered by the CAF's département: the CAFs of
     * the report's scope that have a convention in force on the day.
     *
     * @return the population covered by the conventions each CAF leads, ordered by the CAF's département
     */
    public List<CafCoverage> populationByCaf() {
        return List.copyOf(populationByCaf);
    }

    /** {@return the population covered in the whole geography (whatever the report's département), code {@code "FR"}} */
    public PopulationCoverage nationalPopulation() {
        return nationalPopulation;
    }

    /**
     * The EPCIs none of whose communes is covered by a convention in force, largest population first (then by
     * SIREN): those with a commune in the report's département, when it has one; otherwise all.
     *
     * @return the EPCIs none of whose communes is covered, largest population first (then by SIREN)
     */
    public List<UncoveredEpci> uncoveredEpcis() {
        return List.copyOf(uncoveredEpcis);
    }

    /** Conventions still live whose validity ends within the horizon, soonest first. */
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
