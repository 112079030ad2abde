package io.github.ctglib.opendata;

import io.github.ctglib.opendata.Observation.Measure;
import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * data.caf.fr's households receiving benefits by commune ({@code s_ben_com_f}): the commune in
 * {@code Numéro commune}, the year in {@code Date référence} (a date) or {@code Année}, and per benefit a count of
 * households ({@code Nombre foyers NDUR}, {@code Nombre foyers RSA}…) and of people ({@code Nombre personnes …});
 * amounts ({@code Montant total …}) are not read.
 */
final class CafBeneficiariesReader implements DatasetReader {

    private static final List<String> COMMUNE = List.of("Numéro commune", "Code commune");
    private static final List<String> YEAR = List.of("Date référence", "Année", "annee");
    private static final String HOUSEHOLDS = "Nombre foyers ";
    private static final String PEOPLE = "Nombre personnes ";

    private static Optional<Integer> first(CsvTable table, List<String> names) {
        return names.stream().map(table::column).flatMap(Optional::stream).findFirst();
    }

    @Override
    public boolean recognises(CsvTable table) {
        return first(table, COMMUNE).isPresent() && first(table, YEAR).isPresent()
                && table.header().stream().anyMatch(h -> h.startsWith(HOUSEHOLDS));
    }

    @Override
    public List<Observation> read(CsvTable table, List<Skipped> skipped) {
        int communeColumn = first(table, COMMUNE).orElseThrow();
        int yearColumn = first(table, YEAR).orElseThrow();
        Map<Integer, Measure> measures = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (name.startsWith(HOUSEHOLDS)) {
                String benefit = name.substring(HOUSEHOLDS.length()).strip();
                measures.put(i, new Measure(name, benefit.equals("NDUR") ? "Foyers allocataires (droit versable)"
                        : "Foyers bénéficiaires — " + benefit, "foyers"));
            } else if (name.startsWith(PEOPLE)) {
                String benefit = name.substring(PEOPLE.length()).strip();
                measures.put(i, new Measure(name, benefit.equals("NDUR")
                        ? "Personnes couvertes par les prestations (droit versable)"
                        : "Personnes couvertes — " + benefit, "personnes"));
            }
        }
        List<Observation> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.cells().get(communeColumn).strip();
            if (Cells.isPlaceholder(code)) {
                skipped.add(new Skipped(table.file(), row.line(), SkipReason.PLACEHOLDER_ROW, code,
                        "a row of placeholder code " + code + ", not a commune"));
                continue;
            }
            int year = DatasetReader.year(table, row, yearColumn);
            Map<Measure, BigDecimal> values = new LinkedHashMap<>();
            measures.forEach((column, measure) -> values.put(measure, DatasetReader.value(table, row, column, measure)));
            out.add(new Observation(Family.CAF_BENEFICIARIES, GeographicScale.COMMUNE,
                    Territories.normalise(GeographicScale.COMMUNE, code), year, values, table.file(), row.line(), false));
        }
        return out;
    }
}
