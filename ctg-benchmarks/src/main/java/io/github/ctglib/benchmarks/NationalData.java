package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.testsupport.NationalPortfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every benchmark works on: the national portfolio (generated once per JVM, from the default seed) and
 * the queries a CAF agent runs. The commune is Frontignan (34108), in CA Sète Agglopôle Méditerranée.
 */
final class NationalData {

    /** A commune: its search finds the one CTG of its EPCI. */
    static final String COMMUNE = "34108";
    /** A CAF département, for "its conventions in force today". */
    static final String DEPARTEMENT = "34";
    /** The day of "in force" searches and of the portfolio report. */
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Change IMPORT = new Change("benchmark", Instant.parse("2026-06-01T08:00:00Z"), "national import");

    private NationalData() {}

    /** The 1,255 conventions, one per EPCI, at version 0 (never stored). */
    static List<Convention> portfolio() {
        return Holder.PORTFOLIO;
    }

    /** The convention of {@link #COMMUNE}'s EPCI: the one read, saved and validated one at a time. */
    static Convention one() {
        return portfolio().stream().filter(ConventionQuery.byCommune(COMMUNE)::matches).findFirst()
                .orElseThrow(() -> new IllegalStateException("No convention covers " + COMMUNE));
    }

    static ConventionQuery byCommune() {
        return ConventionQuery.byCommune(COMMUNE);
    }

    /** The CAF's conventions in force on {@link #DAY}. */
    static ConventionQuery inForceInDepartement() {
        return ConventionQuery.builder().cafDepartement(DEPARTEMENT).inForceOn(DAY).build();
    }

    /** Every convention in force on {@link #DAY}, nation-wide: most of the portfolio. */
    static ConventionQuery inForceNationally() {
        return ConventionQuery.builder().inForceOn(DAY).build();
    }

    private static final class Holder {
        static final List<Convention> PORTFOLIO = List.copyOf(NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED));
    }
}
