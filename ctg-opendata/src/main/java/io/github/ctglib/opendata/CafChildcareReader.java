package io.github.ctglib.opendata;

import io.github.ctglib.opendata.Observation.Measure;
import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * data.caf.fr's childcare files, coverage ({@code txcouv_pe_<scale>}) and places ({@code nbpla_pe_<scale>}): a
 * column {@code annee} (a year, or a date in the national file), the territory's code in {@code numdep},
 * {@code numepci} or {@code numcom} (none in the national file), and a figure per column whose name ends with the
 * scale ({@code txcouv_eaje_epci}, {@code pl_eaje_com}, {@code tot_offre_dep}…). Rows whose code is a placeholder
 * ({@code XX}, {@code XXX}) are left out and reported.
 */
final class CafChildcareReader implements DatasetReader {

    private static final Pattern COVERAGE = Pattern.compile("^txcouv(?:_([a-z_]+?))?_(nat|dep|epci|com)$");
    private static final Pattern PLACES = Pattern.compile("^(pl_[a-z_]+?|tot_offre)_(nat|dep|epci|com)$");
    private static final String RATE_UNIT = "places / 100 enfants de moins de 3 ans";
    private static final Map<String, String> COVERAGE_LABELS = Map.of(
            "", "Taux de couverture global en accueil du jeune enfant",
            "eaje", "Taux de couverture en établissements d'accueil du jeune enfant (EAJE)",
            "psu_col", "Taux de couverture en accueil collectif financé par la PSU",
            "hors_psu_col", "Taux de couverture en accueil collectif hors PSU",
            "prescol", "Taux de couverture par la préscolarisation",
            "am_ind", "Taux de couverture par les assistants maternels",
            "gad_ind", "Taux de couverture par la garde à domicile",
            "ind", "Taux de couverture en accueil individuel");
    private static final Map<String, String> PLACES_LABELS = Map.of(
            "pl_eaje", "Places en établissements d'accueil du jeune enfant (EAJE)",
            "pl_psu_col", "Places en accueil collectif financé par la PSU",
            "pl_am_ind", "Places chez les assistants maternels",
            "tot_offre", "Offre totale d'accueil du jeune enfant");

    private final Family family;

    CafChildcareReader(Family family) {
        this.family = family;
    }

    private Pattern pattern() {
        return family == Family.CAF_CHILDCARE_COVERAGE ? COVERAGE : PLACES;
    }

    /** The scale suffix of the file's figures, when the header is this family's. */
    private Optional<String> suffix(CsvTable table) {
        if (table.column("annee").isEmpty()) {
            return Optional.empty();
        }
        for (String name : table.header()) {
            Matcher m = pattern().matcher(name.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                String suffix = m.group(2);
                boolean coded = suffix.equals("nat") || table.column("num" + suffix).isPresent();
                return coded ? Optional.of(suffix) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean recognises(CsvTable table) {
        return suffix(table).isPresent();
    }

    @Override
    public List<Observation> read(CsvTable table, List<Skipped> skipped) {
        String suffix = suffix(table).orElseThrow();
        GeographicScale scale = Family.scaleOf(suffix).orElseThrow();
        Map<Integer, Measure> measures = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).toLowerCase(Locale.ROOT);
            Matcher m = pattern().matcher(name);
            if (m.matches() && m.group(2).equals(suffix)) {
                measures.put(i, measure(table.header().get(i), m));
            }
        }
        int yearColumn = table.column("annee").orElseThrow();
        Optional<Integer> codeColumn = scale == GeographicScale.NATIONAL ? Optional.empty()
                : table.column("num" + suffix);
        boolean history = table.file().getFileName().toString().toLowerCase(Locale.ROOT).contains("_hist");
        List<Observation> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = codeColumn.map(c -> row.cells().get(c).strip()).orElse("FR");
            if (Cells.isPlaceholder(code)) {
                skipped.add(new Skipped(table.file(), row.line(), SkipReason.PLACEHOLDER_ROW, code,
                        "a row of placeholder code " + code + ", not a territory"));
                continue;
            }
            int year = DatasetReader.year(table, row, yearColumn);
            Map<Measure, BigDecimal> values = new LinkedHashMap<>();
            measures.forEach((column, measure) -> values.put(measure, DatasetReader.value(table, row, column, measure)));
            out.add(new Observation(family, scale, Territories.normalise(scale, code), year, values, table.file(),
                    row.line(), history));
        }
        return out;
    }

    private Measure measure(String column, Matcher m) {
        if (family == Family.CAF_CHILDCARE_COVERAGE) {
            String kind = m.group(1) == null ? "" : m.group(1);
            return new Measure(column, COVERAGE_LABELS.getOrDefault(kind, "Taux de couverture (" + column + ")"),
                    RATE_UNIT);
        }
        return new Measure(column, PLACES_LABELS.getOrDefault(m.group(1), "Places (" + column + ")"), "places");
    }
}
