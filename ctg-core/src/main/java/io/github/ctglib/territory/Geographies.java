package io.github.ctglib.territory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Several vintages of the official geography, so that each convention is judged by the vintage its territory
 * records ({@code territory.vintage}): a convention of 2026 codes by the 2026 geography, one of 2027 codes by the
 * 2027 geography, once both are loaded. A convention that records no vintage, or one that none of them is, is
 * judged by the {@linkplain #preferred() preferred} geography (then the rule on the vintage, {@code CTG-GEO-008},
 * warns that the vintages differ). Immutable.
 *
 * <pre>{@code
 * Geographies vintages = Geographies.of(Geography.fromEtalab(Path.of("decoupage-administratif-7.0.0.tgz")),
 *         Geography.bundled());
 * ConventionLifecycle ctg = ConventionLifecycle.builder(repository).geographies(vintages).build();
 * }</pre>
 */
public final class Geographies {

    private final Geography preferred;
    private final Map<Integer, Geography> byYear;

    private Geographies(Geography preferred, Map<Integer, Geography> byYear) {
        this.preferred = preferred;
        this.byYear = byYear;
    }

    /**
     * The preferred geography and others; of two with the same year, the first given is kept.
     *
     * @param preferred the one that judges a convention recording no vintage, or one none of them is
     * @param others    other vintages, chosen by the conventions that record their year
     * @return the geographies
     */
    public static Geographies of(Geography preferred, Geography... others) {
        Objects.requireNonNull(preferred, "preferred");
        Map<Integer, Geography> byYear = new TreeMap<>();
        List<Geography> all = new ArrayList<>();
        all.add(preferred);
        for (Geography other : others) {
            all.add(Objects.requireNonNull(other, "others"));
        }
        for (Geography geography : all) {
            OptionalInt year = geography.vintageYear();
            if (year.isPresent()) {
                byYear.putIfAbsent(year.getAsInt(), geography);
            }
        }
        return new Geographies(preferred, Collections.unmodifiableMap(byYear));
    }

    /**
     * Only {@code geography}: every convention is judged by it, whatever vintage it records.
     *
     * @param geography the one geography
     * @return the geographies
     */
    public static Geographies only(Geography geography) {
        return of(geography);
    }

    /**
     * The geography of conventions that record no vintage, or one none of these is.
     *
     * @return the preferred geography
     */
    public Geography preferred() {
        return preferred;
    }

    /**
     * The geography of the year {@code year}, when one of these is of that year.
     *
     * @param year a COG year
     * @return that year's geography, if held
     */
    public Optional<Geography> ofYear(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /**
     * The geography that judges a territory recording {@code recordedVintage}: of that year, else the preferred.
     *
     * @param recordedVintage the territory's recorded vintage, if any
     * @return the geography to judge it by
     */
    public Geography forVintage(Optional<Integer> recordedVintage) {
        return recordedVintage.flatMap(this::ofYear).orElse(preferred);
    }

    /**
     * Every geography held, by year (a geography whose vintage names no year can only be the preferred one).
     *
     * @return the geographies by year, ordered
     */
    public Map<Integer, Geography> byYear() {
        return byYear;
    }

    @Override
    public String toString() {
        return "Geographies[preferred " + preferred.vintage() + ", years " + byYear.keySet() + "]";
    }
}
