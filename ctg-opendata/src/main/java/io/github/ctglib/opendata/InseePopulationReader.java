package io.github.ctglib.opendata;

import io.github.ctglib.opendata.Observation.Measure;
import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INSEE's census tables of population by age, {@code base-ic-evol-struct-pop-<year>} (one row per IRIS, the
 * commune in {@code COM}; the figures of a commune's IRIS are summed) or a commune table ({@code CODGEO}): the
 * total {@code P21_POP} and the age bands, the fine ones when the file has them ({@code P21_POP0002},
 * {@code P21_POP0305}, … {@code P21_POP80P}), else the broad ones ({@code P21_POP0014} … {@code P21_POP75P}).
 * Census figures are weighted estimates with decimals: each sum is rounded to a whole number of inhabitants.
 */
final class InseePopulationReader implements DatasetReader {

    private static final Pattern TOTAL = Pattern.compile("^P(\\d\\d)_POP$");
    private static final List<String> FINE = List.of("0002", "0305", "0610", "1117", "1824", "2539", "4054", "5564",
            "6579", "80P");
    private static final List<String> BROAD = List.of("0014", "1529", "3044", "4559", "6074", "75P");

    private static Optional<String> yy(CsvTable table) {
        for (String name : table.header()) {
            Matcher m = TOTAL.matcher(name);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> communeColumn(CsvTable table) {
        if (table.hasColumns("IRIS", "COM")) {
            return table.column("COM");
        }
        return table.column("CODGEO");
    }

    @Override
    public boolean recognises(CsvTable table) {
        return yy(table).isPresent() && communeColumn(table).isPresent();
    }

    @Override
    public List<Observation> read(CsvTable table, List<Skipped> skipped) {
        String yy = yy(table).orElseThrow();
        int year = 2000 + Integer.parseInt(yy);
        String prefix = "P" + yy + "_POP";
        List<String> bands = table.column(prefix + FINE.get(0)).isPresent() ? FINE : BROAD;
        Map<Integer, Measure> measures = new LinkedHashMap<>();
        measures.put(table.column(prefix).orElseThrow(), new Measure(prefix, "Population", "habitants"));
        for (String band : bands) {
            table.column(prefix + band).ifPresent(i -> measures.put(i, new Measure(prefix + band,
                    "Population " + describe(band), "habitants")));
        }
        int communeColumn = communeColumn(table).orElseThrow();
        Map<String, Map<Measure, BigDecimal>> sums = new LinkedHashMap<>();
        Map<String, java.util.Set<Measure>> unknown = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = Territories.normalise(GeographicScale.COMMUNE, row.cells().get(communeColumn));
            Map<Measure, BigDecimal> sum = sums.computeIfAbsent(code, c -> new LinkedHashMap<>());
            java.util.Set<Measure> secret = unknown.computeIfAbsent(code, c -> new java.util.HashSet<>());
            firstLine.putIfAbsent(code, row.line());
            measures.forEach((column, measure) -> {
                BigDecimal value = DatasetReader.value(table, row, column, measure);
                if (value == null) {
                    secret.add(measure); // a secret or missing part makes the commune's sum unknown
                } else {
                    sum.merge(measure, value, BigDecimal::add);
                }
            });
        }
        List<Observation> out = new ArrayList<>();
        sums.forEach((code, sum) -> {
            Map<Measure, BigDecimal> values = new LinkedHashMap<>();
            for (Measure m : measures.values()) {
                BigDecimal v = sum.get(m);
                values.put(m, v == null || unknown.get(code).contains(m) ? null : v.setScale(0, RoundingMode.HALF_UP));
            }
            out.add(new Observation(Family.INSEE_POPULATION, GeographicScale.COMMUNE, code, year, values,
                    table.file(), firstLine.get(code), false));
        });
        return out;
    }

    /** "0002" → "de 0 à 2 ans", "80P" → "de 80 ans ou plus". */
    static String describe(String band) {
        if (band.endsWith("P")) {
            return "de " + Integer.parseInt(band.substring(0, band.length() - 1)) + " ans ou plus";
        }
        return "de " + Integer.parseInt(band.substring(0, 2)) + " à " + Integer.parseInt(band.substring(2)) + " ans";
    }
}
