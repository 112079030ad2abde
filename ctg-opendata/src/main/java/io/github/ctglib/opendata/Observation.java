package io.github.ctglib.opendata;

import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * The figures of one territory for one year in one file, before they are chosen and made indicators.
 *
 * @param family    the dataset family
 * @param scale     the scale of the territory
 * @param territory its code at that scale ("FR" for the nation)
 * @param year      the reference year
 * @param values    each measure and its value, null where the file keeps it secret or missing (in file order)
 * @param file      the file
 * @param line      the line of the row (the first, for figures summed over several rows)
 * @param history   whether the file is a {@code _hist} series
 */
record Observation(Family family, GeographicScale scale, String territory, int year,
        Map<Measure, BigDecimal> values, Path file, int line, boolean history) {

    /**
     * A figure a file gives.
     *
     * @param column its column in the file
     * @param label  the indicator's label, in French as diagnostics write it
     * @param unit   its unit
     */
    record Measure(String column, String label, String unit) {}
}
