package io.github.ctglib.opendata;

import io.github.ctglib.opendata.Observation.Measure;
import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INSEE's Filosofi files by commune or EPCI ({@code cc_filosofi_2021_COM.csv}, {@code …_EPCI.csv}): the territory
 * in {@code CODGEO} (its shape tells the scale: 5 characters a commune, 9 digits an EPCI), the poverty rate at
 * 60 % of the median standard of living {@code TP60<yy>} and the median standard of living {@code MED<yy>}; INSEE
 * writes {@code s} (or nothing) where the figure is kept secret (communes of few households).
 */
final class InseeFilosofiReader implements DatasetReader {

    private static final Pattern RATE = Pattern.compile("^TP60(\\d\\d)$");

    private static Optional<String> yy(CsvTable table) {
        for (String name : table.header()) {
            Matcher m = RATE.matcher(name);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.column("CODGEO").isPresent() && yy(table).isPresent();
    }

    @Override
    public List<Observation> read(CsvTable table, List<Skipped> skipped) {
        String yy = yy(table).orElseThrow();
        int year = 2000 + Integer.parseInt(yy);
        Map<Integer, Measure> measures = new LinkedHashMap<>();
        measures.put(table.column("TP60" + yy).orElseThrow(), new Measure("TP60" + yy,
                "Taux de pauvreté (seuil à 60 % du niveau de vie médian)", "%"));
        table.column("MED" + yy).ifPresent(i -> measures.put(i, new Measure("MED" + yy,
                "Médiane du niveau de vie", "euros par an")));
        int codeColumn = table.column("CODGEO").orElseThrow();
        List<Observation> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.cells().get(codeColumn).strip();
            Optional<GeographicScale> scale = Territories.scaleOf(code);
            if (Cells.isPlaceholder(code) || scale.isEmpty()) {
                skipped.add(new Skipped(table.file(), row.line(), SkipReason.PLACEHOLDER_ROW, code,
                        "a row of code " + code + ", which is no commune, EPCI or département"));
                continue;
            }
            Map<Measure, BigDecimal> values = new LinkedHashMap<>();
            measures.forEach((column, measure) -> values.put(measure, DatasetReader.value(table, row, column, measure)));
            out.add(new Observation(Family.INSEE_FILOSOFI, scale.get(), Territories.normalise(scale.get(), code),
                    year, values, table.file(), row.line(), false));
        }
        return out;
    }
}
