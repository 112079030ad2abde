package io.github.ctglib.territory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The official geography (code officiel géographique, COG) of one vintage: communes, EPCIs and
 * départements. A port: ctg bundles the 2026 vintage ({@link #bundled()}); another vintage is a file, loaded from
 * Etalab's {@code decoupage-administratif} package ({@link #fromEtalab(Path)}), and an integrator may also
 * supply one by implementing this interface ({@link #formerCommune}, {@link #formerCommunes} and
 * {@link #vintageYear} have defaults, so an implementation needs only the communes, EPCIs and départements).
 */
public interface Geography {

    /** {@return the vintage of the geographic code, for example {@code "COG 2026"}} */
    String vintage();

    /**
     * The year of the vintage (the COG's millésime), to compare with a territory's recorded vintage: by default
     * the last four-digit number in {@link #vintage()} ({@code 2026} for {@code "COG 2026"}), empty when it has
     * none. Override it when the vintage's name does not carry its year that way.
     *
     * @return the year, or empty when the vintage names none
     */
    default OptionalInt vintageYear() {
        String vintage = vintage();
        for (int end = vintage.length(); end >= 4; end--) {
            int start = end - 4;
            boolean digits = vintage.substring(start, end).chars().allMatch(ch -> ch >= '0' && ch <= '9');
            boolean alone = (start == 0 || !Character.isDigit(vintage.charAt(start - 1)))
                    && (end == vintage.length() || !Character.isDigit(vintage.charAt(end)));
            if (digits && alone) {
                return OptionalInt.of(Integer.parseInt(vintage, start, end, 10));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A current commune by its INSEE code (5 characters, e.g. {@code 34108}).
     *
     * @param inseeCode the commune's INSEE code
     * @return the commune, or empty when no current commune has that code
     */
    Optional<Commune> commune(String inseeCode);

    /**
     * A former commune by its INSEE code: a code that is not a current commune's but was, until its commune
     * merged into a current one (a commune déléguée or associée of it). Empty for a current commune's code,
     * the chef-lieu's included, and for a code never known. The default knows none.
     *
     * @param inseeCode the former commune's INSEE code
     * @return the former commune, or empty
     */
    default Optional<FormerCommune> formerCommune(String inseeCode) {
        Objects.requireNonNull(inseeCode, "inseeCode");
        return Optional.empty();
    }

    /** {@return every former commune ({@link #formerCommune}), ordered by INSEE code; the default knows none} */
    default Collection<FormerCommune> formerCommunes() {
        return List.of();
    }

    /**
     * An EPCI (intercommunalité à fiscalité propre) by its SIREN number.
     *
     * @param siren the EPCI's SIREN
     * @return the EPCI, or empty when none has that number
     */
    Optional<Epci> epci(String siren);

    /**
     * A département by its code ({@code 34}, {@code 2A}, {@code 974}).
     *
     * @param code the département's code
     * @return the département, or empty when none has that code
     */
    Optional<Departement> departement(String code);

    /**
     * The current communes of a département, ordered by INSEE code; empty when the code is unknown.
     *
     * @param departementCode the département's code
     * @return its communes
     */
    Collection<Commune> communesOf(String departementCode);

    /** {@return every EPCI, ordered by SIREN} */
    Collection<Epci> epcis();

    /** {@return every département, ordered by code} */
    Collection<Departement> departements();

    /** {@return the 2026 vintage bundled in ctg-core (Etalab découpage administratif 6.0.0), loaded once} */
    static Geography bundled() {
        return BundledGeography.instance();
    }

    /**
     * A vintage read from Etalab's {@code @etalab/decoupage-administratif} package — the npm tarball as published
     * ({@code decoupage-administratif-7.0.0.tgz}, from {@code https://registry.npmjs.org/@etalab/decoupage-administratif/-/decoupage-administratif-7.0.0.tgz}),
     * its unpacked folder or its {@code data} folder — checked whole: every file strict JSON of Etalab's shape,
     * every EPCI member a current commune, every SIREN passing the Luhn check, every département known. The year
     * is the one the package's README gives its version in its table of vintages ({@code | 2026 | 6.0.0 |}); the
     * vintage is named {@code "COG <year>"}. Loaded from the package the bundled resource was made of, it equals
     * {@link #bundled()}. The result is immutable and safe to share.
     *
     * @param path the tarball or folder
     * @return the vintage, named {@code "COG <year>"}
     * @throws IOException            when a file cannot be read, or {@code path} is neither a package nor a folder
     * @throws GeographyFileException listing every problem (file, line, column) when the files are not a
     *                                consistent geography, or the year is not known; nothing is loaded then
     */
    static Geography fromEtalab(Path path) throws IOException {
        return EtalabGeography.load(path, OptionalInt.empty());
    }

    /**
     * Same as {@link #fromEtalab(Path)} for a vintage of the year given (when the package's README does not say
     * it, as in a folder holding the data files only).
     *
     * @param path        the tarball or folder
     * @param vintageYear the COG's year, e.g. {@code 2027}
     * @return the vintage, named {@code "COG <vintageYear>"}
     * @throws IOException            when a file cannot be read
     * @throws GeographyFileException listing every problem when the files are not a consistent geography
     */
    static Geography fromEtalab(Path path, int vintageYear) throws IOException {
        return EtalabGeography.load(path, OptionalInt.of(vintageYear));
    }
}
