package io.github.ctglib.bonus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The territory bonus rates (barème): data, not code, because the CNAF's amounts change by year (the +500 € per
 * new place of 2021, the revaluations of 2025–2027) and each CAF sets its own parameters. A table of {@link Rate}
 * rows per year and CAF, read from a semicolon-separated file of format {@value #FORMAT}:
 *
 * <pre>
 * # ctg-bonus-rates/1
 * annee;caf;parametre;cle;valeur;source
 * 2025;*;EAJE_NEW_PLACE;T1;3600;Barème CNAF publié (tranche la plus haute)
 * 2025;34;EAJE_CARRIED_OVER_FLOOR;;1000;CAF de l'Hérault (exemple)
 * </pre>
 *
 * <p>A row for a CAF's département code overrides the {@code *} row of the same year, parameter and key. Values
 * take a point or a comma as decimal separator. {@link #illustrative()} holds only published figures, marked so.
 */
public final class BonusRates {

    /** The format of a rates file, its first line after {@code "# "}. */
    public static final String FORMAT = "ctg-bonus-rates/1";

    /** The columns of a rates file, in order. */
    public static final List<String> COLUMNS = List.of("annee", "caf", "parametre", "cle", "valeur", "source");

    private static final String ILLUSTRATIVE = "bonus-rates-illustrative.csv";

    private final List<Rate> rates;

    private BonusRates(List<Rate> rates) {
        this.rates = List.copyOf(rates);
    }

    /**
     * Rates from rows built in code (tests, an integrator's own database).
     *
     * @param rates the rows, at most one per year, CAF, parameter and key
     * @return rates from rows built in code (tests, an integrator's own database)
     */
    public static BonusRates of(List<Rate> rates) {
        List<Rate> copy = List.copyOf(rates);
        Set<String> seen = new HashSet<>();
        for (Rate rate : copy) {
            if (!seen.add(identity(rate))) {
                throw new IllegalArgumentException("Two rates for " + identity(rate));
            }
        }
        return new BonusRates(copy);
    }

    /**
     * The illustrative rates shipped with ctg: only the figures the CNAF and CAFs published (amounts per new EAJE
     * place, lowest and highest tranche, before and since 2021; the employer-reserved place of 2025). Every other
     * parameter a CAF must supply; see {@code docs/BONUS.md}.
     *
     * @return the illustrative rates shipped with ctg (published figures only)
     */
    public static BonusRates illustrative() {
        try (InputStream in = BonusRates.class.getResourceAsStream(ILLUSTRATIVE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ILLUSTRATIVE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), ILLUSTRATIVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rates file (UTF-8, with or without a byte-order mark).
     *
     * @param file a {@code ctg-bonus-rates/1} CSV file
     * @return the rates it holds
     * @throws InvalidRatesException naming the file, line and column of the first problem, or saying it cannot be read
     */
    public static BonusRates read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new InvalidRatesException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads rates from {@code reader}; {@code source} names it in errors.
     *
     * @param reader the CSV text, left open
     * @param source what names it in error messages, e.g. its file name
     * @return the rates it holds
     * @throws InvalidRatesException naming the line and column of the first problem
     * @throws java.io.IOException when reading fails
     */
    public static BonusRates read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String first = lines.readLine();
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (first == null || !first.trim().equals("# " + FORMAT)) {
            throw new InvalidRatesException(source, 1, "a rates file starts with the line \"# " + FORMAT + "\"");
        }
        String header = lines.readLine();
        if (header == null || !List.of(header.trim().split(";", -1)).equals(COLUMNS)) {
            throw new InvalidRatesException(source, 2, "the header is " + String.join(";", COLUMNS));
        }
        List<Rate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 2;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Rate rate = row(line, source, number);
            if (!seen.add(identity(rate))) {
                throw new InvalidRatesException(source, number, "a second row for " + identity(rate)
                        + ": keep one row per year, CAF, parameter and key");
            }
            rates.add(rate);
        }
        return new BonusRates(rates);
    }

    private static Rate row(String line, String source, int number) {
        String[] cells = line.split(";", -1);
        if (cells.length != COLUMNS.size()) {
            throw new InvalidRatesException(source, number, cells.length + " columns where the header has "
                    + COLUMNS.size() + " (" + String.join(";", COLUMNS) + ")");
        }
        int year = year(cells[0].trim(), source, number);
        String caf = cells[1].trim();
        if (!caf.equals(Rate.EVERY_CAF) && !caf.matches(io.github.ctglib.vocabulary.Patterns.DEPARTEMENT)) {
            throw cell(source, number, "caf", caf, "\"*\" or a CAF's département code (34, 2A, 974)");
        }
        RateParameter parameter;
        try {
            parameter = RateParameter.valueOf(cells[2].trim());
        } catch (IllegalArgumentException e) {
            throw cell(source, number, "parametre", cells[2], "one of " + List.of(RateParameter.values()));
        }
        String key = cells[3].trim();
        if (parameter.isKeyed() == key.isEmpty()) {
            throw cell(source, number, "cle", key, parameter.isKeyed()
                    ? "a key (the wealth tranche, or the equipment kind) for " + parameter : "empty for " + parameter);
        }
        if (parameter == RateParameter.PER_EQUIPMENT) {
            try {
                io.github.ctglib.equipment.EquipmentKind.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw cell(source, number, "cle", key, "an equipment kind, one of "
                        + List.of(io.github.ctglib.equipment.EquipmentKind.values()));
            }
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cells[4].trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw cell(source, number, "valeur", cells[4], "a number such as 2600 or 2600,00 or 0,02");
        }
        if (value.signum() < 0) {
            throw cell(source, number, "valeur", cells[4], "0 or more");
        }
        if (parameter != RateParameter.EAJE_CARRIED_OVER_REVALUATION && value.stripTrailingZeros().scale() > 2) {
            throw cell(source, number, "valeur", cells[4], "euros with at most two decimals");
        }
        return new Rate(year, caf, parameter, key, value, cells[5].trim());
    }

    private static int year(String cell, String source, int number) {
        try {
            int year = Integer.parseInt(cell);
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw cell(source, number, "annee", cell, "a year such as 2025");
    }

    private static InvalidRatesException cell(String source, int line, String column, String value, String expected) {
        return new InvalidRatesException(source, line, "column " + column + " holds \"" + value + "\"; expected "
                + expected);
    }

    private static String identity(Rate rate) {
        return rate.year() + "/" + rate.caf() + "/" + rate.parameter() + "/" + rate.key();
    }

    /** {@return every row, in the order read} */
    public List<Rate> rates() {
        return rates;
    }

    /**
     * The rate of {@code parameter} and {@code key} for {@code year} and the CAF of {@code cafDepartement}.
     *
     * @param cafDepartement the CAF's département code, e.g. {@code "34"}; its rows override the {@code "*"} ones
     * @param key the rate's key (a wealth tranche, an equipment kind), compared ignoring case; empty for none
     * @param parameter the parameter wanted
     * @param year the year the rate applies to, e.g. 2026
     * @return the rate of {@code parameter} and {@code key} for {@code year} and the CAF of {@code cafDepartement}
     */
    public Optional<Rate> rate(int year, String cafDepartement, RateParameter parameter, String key) {
        Objects.requireNonNull(key, "key");
        Optional<Rate> own = find(year, parameter, key, r -> r.caf().equals(cafDepartement));
        return own.isPresent() ? own : find(year, parameter, key, r -> r.caf().equals(Rate.EVERY_CAF));
    }

    /**
     * The highest amount per new EAJE place for {@code year} and that CAF: the priority zones' tranche.
     *
     * @param cafDepartement the CAF's département code, e.g. {@code "34"}
     * @param year the year the rates apply to, e.g. 2026
     * @return the rate of the highest tranche, or empty when there is no tranche for that year and CAF
     */
    public Optional<Rate> highestNewPlaceRate(int year, String cafDepartement) {
        return tranches(year, cafDepartement).stream().max(Comparator.comparing(Rate::value));
    }

    /**
     * The amounts per new EAJE place for {@code year} and that CAF, one per tranche (CAF rows override).
     *
     * @param cafDepartement the CAF's département code, e.g. {@code "34"}
     * @param year the year the rates apply to, e.g. 2026
     * @return the amounts per new EAJE place for {@code year} and that CAF, one per tranche (CAF rows override)
     */
    public List<Rate> tranches(int year, String cafDepartement) {
        return rates.stream()
                .filter(r -> r.year() == year && r.parameter() == RateParameter.EAJE_NEW_PLACE)
                .map(Rate::key).distinct()
                .map(key -> rate(year, cafDepartement, RateParameter.EAJE_NEW_PLACE, key))
                .flatMap(Optional::stream).toList();
    }

    private Optional<Rate> find(int year, RateParameter parameter, String key, java.util.function.Predicate<Rate> caf) {
        return rates.stream().filter(r -> r.year() == year && r.parameter() == parameter
                && r.key().toUpperCase(Locale.ROOT).equals(key.toUpperCase(Locale.ROOT)) && caf.test(r)).findFirst();
    }
}
