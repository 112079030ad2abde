package io.github.ctglib.opendata;

import io.github.ctglib.territory.GeographicScale;
import java.util.Optional;

/** The families of files ctg reads, with the publisher's dataset names, the source and where it is published. */
enum Family {
    /** data.caf.fr, "Taux de couverture global petite enfance": {@code txcouv_pe_{nat,dep,epci,com}}. */
    CAF_CHILDCARE_COVERAGE("txcouv_pe_"),
    /** data.caf.fr, places of the childcare offer: {@code nbpla_pe_{dep,epci,com}}. */
    CAF_CHILDCARE_PLACES("nbpla_pe_"),
    /** data.caf.fr, households receiving benefits by commune: {@code s_ben_com_f}. */
    CAF_BENEFICIARIES("s_ben_com_f"),
    /** INSEE census, population by age at the IRIS scale: {@code base-ic-evol-struct-pop-<year>}. */
    INSEE_POPULATION("base-ic-evol-struct-pop-"),
    /** INSEE Filosofi, poverty rate and median standard of living by commune and EPCI. */
    INSEE_FILOSOFI("Filosofi ");

    static final String CAF_SOURCE = "Cnaf, data.caf.fr";

    private final String prefix;

    Family(String prefix) {
        this.prefix = prefix;
    }

    /** The publisher's name of the dataset of {@code scale} and {@code year}: "txcouv_pe_epci", "Filosofi 2021". */
    String dataset(GeographicScale scale, int year) {
        return switch (this) {
            case CAF_CHILDCARE_COVERAGE, CAF_CHILDCARE_PLACES -> prefix + suffix(scale);
            case CAF_BENEFICIARIES -> prefix;
            case INSEE_POPULATION, INSEE_FILOSOFI -> prefix + year;
        };
    }

    /** Who publishes it, as a diagnostic cites it. */
    String source(int year) {
        return switch (this) {
            case CAF_CHILDCARE_COVERAGE, CAF_CHILDCARE_PLACES, CAF_BENEFICIARIES -> CAF_SOURCE;
            case INSEE_POPULATION -> "Insee, recensement de la population " + year;
            case INSEE_FILOSOFI -> "Insee-DGFiP-Cnaf-Cnav-CCMSA, Filosofi " + year;
        };
    }

    /**
     * The page to download it from: the data.caf.fr dataset page; the INSEE page of the vintages ctg knows (2021),
     * none for other INSEE vintages rather than a guessed address.
     */
    Optional<String> url(GeographicScale scale, int year) {
        return switch (this) {
            case CAF_CHILDCARE_COVERAGE, CAF_CHILDCARE_PLACES, CAF_BENEFICIARIES ->
                    Optional.of("https://data.caf.fr/explore/dataset/" + dataset(scale, year) + "/");
            case INSEE_POPULATION -> year == 2021 ? Optional.of("https://www.insee.fr/fr/statistiques/8268806")
                    : Optional.empty();
            case INSEE_FILOSOFI -> year == 2021 ? Optional.of("https://www.insee.fr/fr/statistiques/7233950")
                    : Optional.empty();
        };
    }

    /** data.caf.fr's suffix of a scale: nat, dep, epci, com. */
    static String suffix(GeographicScale scale) {
        return switch (scale) {
            case NATIONAL -> "nat";
            case DEPARTEMENT -> "dep";
            case EPCI -> "epci";
            case COMMUNE -> "com";
        };
    }

    /** The scale of data.caf.fr's suffix, if it is one. */
    static Optional<GeographicScale> scaleOf(String suffix) {
        return switch (suffix) {
            case "nat" -> Optional.of(GeographicScale.NATIONAL);
            case "dep" -> Optional.of(GeographicScale.DEPARTEMENT);
            case "epci" -> Optional.of(GeographicScale.EPCI);
            case "com" -> Optional.of(GeographicScale.COMMUNE);
            default -> Optional.empty();
        };
    }
}
