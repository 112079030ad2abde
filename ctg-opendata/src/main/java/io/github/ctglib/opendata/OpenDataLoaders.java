package io.github.ctglib.opendata;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableIndicator;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.opendata.Observation.Measure;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.GeographicScale;
import io.github.ctglib.territory.Geography;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns open data files, as their publishers export them, into the indicators of a convention's shared diagnostic:
 * data.caf.fr's childcare coverage ({@code txcouv_pe_*}) and places ({@code nbpla_pe_*}) and households receiving
 * benefits ({@code s_ben_com_f}), INSEE's census population by age ({@code base-ic-evol-struct-pop-*}) and Filosofi
 * poverty rate. Each file is recognised by its header; only the rows of the convention's territory are kept: its
 * communes, its EPCIs, its départements (the CAF's and its communes'), and the nation.
 *
 * <ul>
 *   <li>The year is the one asked, else the latest each territory has.</li>
 *   <li>data.caf.fr's commune scale covers only communes of more than 10,000 inhabitants: a commune missing from it
 *       is reported ({@link SkipReason#COMMUNE_SCALE_NOT_PUBLISHED}) and its EPCI's row of the EPCI-scale file of
 *       the same dataset, when one is given, is used instead.</li>
 *   <li>A current series and its {@code _hist} series overlap on a year: the current one is kept, the other
 *       reported ({@link SkipReason#SUPERSEDED_BY_CURRENT_SERIES}), with their values when they disagree.</li>
 *   <li>Placeholder rows ({@code XX}, {@code XXX}) and secret figures ({@code s}) are reported, not loaded.</li>
 * </ul>
 *
 * <pre>{@code
 * LoadResult loaded = OpenDataLoaders.load(List.of(Path.of("txcouv_pe_epci.csv")), convention,
 *         Geography.bundled(), OptionalInt.empty());
 * DiagnosticUpdate update = DiagnosticUpdate.of(convention.getDiagnostic(), loaded.indicators());
 * lifecycle.recordDiagnostic(convention.getId(), update.diagnostic(), "agent:m.dupont");
 * }</pre>
 */
public final class OpenDataLoaders {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataLoaders.class);

    private OpenDataLoaders() {}

    /**
     * Reads every file, then makes the indicators of {@code convention}'s territory.
     *
     * @param files      the files, in any order (a commune-scale file beside its EPCI-scale one lets the first fall
     *                   back on the second)
     * @param convention the convention whose territory is kept
     * @param geography  the geography its territory is of (for the EPCI of a commune and the département)
     * @param year       the reference year to keep; empty for the latest each territory has
     * @return the indicators, what was left out and why, and how each file was read
     * @throws IOException       when a file cannot be read
     * @throws OpenDataException naming the file, line and column when a file is not one ctg knows or a cell is
     *                           not what its column holds; nothing is loaded then
     */
    public static LoadResult load(List<Path> files, Convention convention, Geography geography, OptionalInt year)
            throws IOException {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(geography, "geography");
        List<Skipped> skipped = new ArrayList<>();
        List<LoadResult.FileRead> read = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (Path file : files) {
            CsvTable table = CsvTable.read(file);
            DatasetReader reader = DatasetReader.all().stream().filter(r -> r.recognises(table)).findFirst()
                    .orElseThrow(() -> unknown(table));
            List<Observation> found = reader.read(table, skipped);
            observations.addAll(found);
            String dataset = found.isEmpty() ? file.getFileName().toString()
                    : found.get(0).family().dataset(found.get(0).scale(), found.get(0).year());
            read.add(new LoadResult.FileRead(file, dataset, table.rows().size(),
                    !found.isEmpty() && found.get(0).history(), table.isUtf8()));
        }
        List<Indicator> indicators = new Selection(convention, geography, year, skipped).choose(observations);
        LOG.debug("Loaded {} indicator(s) for {} from {} file(s), {} left out", indicators.size(), convention.getId(),
                files.size(), skipped.size());
        return new LoadResult(indicators, skipped, read);
    }

    private static OpenDataException unknown(CsvTable table) {
        String header = table.header().stream().limit(8).collect(Collectors.joining(String.valueOf(table.separator())));
        return new OpenDataException(table.file(), 1, 0, "a file ctg does not know (header: " + header
                + (table.header().size() > 8 ? "…" : "") + "); it reads data.caf.fr's txcouv_pe_*, nbpla_pe_* and"
                + " s_ben_com_f and INSEE's base-ic-evol-struct-pop and Filosofi files, as downloaded in CSV");
    }

    /** Chooses, for each territory of the convention, the observations to make indicators of. */
    private static final class Selection {
        private final Convention convention;
        private final Geography geography;
        private final OptionalInt year;
        private final List<Skipped> skipped;

        Selection(Convention convention, Geography geography, OptionalInt year, List<Skipped> skipped) {
            this.convention = convention;
            this.geography = geography;
            this.year = year;
            this.skipped = skipped;
        }

        List<Indicator> choose(List<Observation> all) {
            List<Observation> kept = withoutSupersededHistory(all);
            Map<Family, Map<GeographicScale, List<Observation>>> byFamily = new EnumMap<>(Family.class);
            for (Observation o : kept) {
                byFamily.computeIfAbsent(o.family(), f -> new EnumMap<>(GeographicScale.class))
                        .computeIfAbsent(o.scale(), s -> new ArrayList<>()).add(o);
            }
            List<Indicator> out = new ArrayList<>();
            Set<String> communes = convention.getTerritory().getCommuneCodes();
            byFamily.forEach((family, byScale) -> {
                Set<String> epcis = new LinkedHashSet<>(convention.getTerritory().getEpciSirens());
                List<Observation> communeRows = byScale.get(GeographicScale.COMMUNE);
                boolean childcare = family == Family.CAF_CHILDCARE_COVERAGE || family == Family.CAF_CHILDCARE_PLACES;
                if (communeRows != null) {
                    for (String commune : communes) {
                        Optional<Observation> chosen = pick(communeRows, commune);
                        if (chosen.isPresent()) {
                            out.addAll(indicators(chosen.get()));
                        } else if (childcare && communeRows.stream().noneMatch(o -> o.territory().equals(commune))) {
                            Optional<String> epci = geography.commune(commune).flatMap(Commune::epci);
                            skipped.add(new Skipped(communeRows.get(0).file(), 0,
                                    SkipReason.COMMUNE_SCALE_NOT_PUBLISHED, commune, "commune " + commune
                                    + " is not in " + family.dataset(GeographicScale.COMMUNE, 0) + ", which covers only"
                                    + " communes of more than 10,000 inhabitants" + epci.map(e -> byScale.containsKey(
                                            GeographicScale.EPCI) ? ": the figures of its EPCI " + e + " are used"
                                            : ": give " + family.dataset(GeographicScale.EPCI, 0) + " to use those of"
                                            + " its EPCI " + e).orElse("")));
                            epci.ifPresent(epcis::add);
                        } else {
                            notInFile(communeRows, commune);
                        }
                    }
                } else if (childcare) {
                    // no commune-scale file of this dataset: the EPCIs of the communes stand for them
                    communes.stream().map(geography::commune).flatMap(Optional::stream).map(Commune::epci)
                            .flatMap(Optional::stream).forEach(epcis::add);
                }
                choose(byScale.get(GeographicScale.EPCI), epcis, out);
                choose(byScale.get(GeographicScale.DEPARTEMENT), departements(), out);
                choose(byScale.get(GeographicScale.NATIONAL), Set.of("FR"), out);
            });
            return out;
        }

        private void choose(List<Observation> rows, Set<String> territories, List<Indicator> out) {
            if (rows == null) {
                return;
            }
            for (String territory : territories) {
                pick(rows, territory).ifPresentOrElse(o -> out.addAll(indicators(o)), () -> notInFile(rows, territory));
            }
        }

        /** The CAF's département and those of the territory's communes. */
        private Set<String> departements() {
            Set<String> codes = new TreeSet<>();
            codes.add(convention.getCaf().getDepartementCode());
            convention.getTerritory().getCommuneCodes().stream().map(geography::commune).flatMap(Optional::stream)
                    .map(Commune::departementCode).forEach(codes::add);
            return codes;
        }

        /** The row of {@code territory} for the year asked, else its latest. */
        private Optional<Observation> pick(List<Observation> rows, String territory) {
            return rows.stream().filter(o -> o.territory().equals(territory))
                    .filter(o -> year.isEmpty() || o.year() == year.getAsInt())
                    .max(Comparator.comparingInt(Observation::year));
        }

        private void notInFile(List<Observation> rows, String territory) {
            Observation any = rows.get(0);
            Set<Integer> years = rows.stream().filter(o -> o.territory().equals(territory)).map(Observation::year)
                    .collect(Collectors.toCollection(TreeSet::new));
            String dataset = any.family().dataset(any.scale(), any.year());
            skipped.add(new Skipped(any.file(), 0, SkipReason.NOT_IN_FILE, territory, years.isEmpty()
                    ? dataset + " has no row for " + territory
                    : dataset + " has no row for " + territory + " in " + year.getAsInt() + " (it has " + years + ")"));
        }

        /** A {@code _hist} row of a year its current series also gives is left out, and said. */
        private List<Observation> withoutSupersededHistory(List<Observation> all) {
            Map<String, Observation> current = new LinkedHashMap<>();
            for (Observation o : all) {
                if (!o.history()) {
                    current.putIfAbsent(key(o), o);
                }
            }
            List<Observation> kept = new ArrayList<>();
            for (Observation o : all) {
                Observation newer = o.history() ? current.get(key(o)) : null;
                if (newer == null) {
                    kept.add(o);
                    continue;
                }
                List<String> differences = new ArrayList<>();
                o.values().forEach((measure, value) -> {
                    BigDecimal other = newer.values().get(measure);
                    if (value != null && other != null && value.compareTo(other) != 0) {
                        differences.add(measure.column() + " " + other.toPlainString() + " (current) / "
                                + value.toPlainString() + " (_hist)");
                    }
                });
                skipped.add(new Skipped(o.file(), o.line(), SkipReason.SUPERSEDED_BY_CURRENT_SERIES, o.territory(),
                        o.year() + " is also in the current series " + newer.file().getFileName() + ", which is kept"
                                + (differences.isEmpty() ? "" : "; they disagree: " + String.join(", ", differences))));
            }
            return kept;
        }

        private static String key(Observation o) {
            return o.family() + "|" + o.scale() + "|" + o.territory() + "|" + o.year();
        }

        private List<Indicator> indicators(Observation o) {
            List<Indicator> out = new ArrayList<>();
            String dataset = o.family().dataset(o.scale(), o.year());
            for (Map.Entry<Measure, BigDecimal> e : o.values().entrySet()) {
                Measure m = e.getKey();
                if (e.getValue() == null) {
                    skipped.add(new Skipped(o.file(), o.line(), SkipReason.NO_VALUE, o.territory(), m.column()
                            + " of " + o.territory() + " in " + o.year() + " is secret or missing in the file"));
                    continue;
                }
                ImmutableIndicator.Builder indicator = Indicator.builder().label(m.label()).value(e.getValue())
                        .unit(m.unit()).referenceYear(o.year()).source(o.family().source(o.year()))
                        .dataset(dataset).scale(o.scale());
                if (o.scale() != GeographicScale.NATIONAL) {
                    indicator.territory(o.territory());
                }
                o.family().url(o.scale(), o.year()).ifPresent(indicator::sourceUrl);
                out.add(indicator.build());
            }
            return out;
        }
    }
}
