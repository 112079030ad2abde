package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Patterns;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The territory (territoire) a convention covers: communes by INSEE code and the EPCIs (intercommunalités)
 * it is signed with, by SIREN — none for a single commune or communes outside any EPCI, several for a CTG of
 * a PETR or a département. Codes are of one vintage of the official geography (COG, code officiel
 * géographique), recorded as {@link #getVintage()}.
 */
@Value.Immutable
public interface Territory {

    /** {@return INSEE codes of the communes covered, ordered} */
    @NotEmpty(message = ConstraintCodes.TERRITORY_EMPTY)
    @Value.NaturalOrder
    SortedSet<@Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT) String> getCommuneCodes();

    /**
     * {@return SIRENs of the EPCIs the convention covers, ordered; each of its communes in one of them is checked
     * against it}
     */
    @Value.NaturalOrder
    SortedSet<@Pattern(regexp = Patterns.SIREN, message = ConstraintCodes.SIREN_FORMAT) String> getEpciSirens();

    /**
     * The year of the COG the codes belong to (millésime), e.g. 2026; absent in documents written before
     * vintages were recorded, which are read as of the bundled geography's vintage.
     *
     * @return the year, when recorded
     */
    Optional<@Min(value = 1943, message = ConstraintCodes.YEAR_RANGE) @Max(value = 2200,
            message = ConstraintCodes.YEAR_RANGE) Integer> getVintage();

    /** {@return a builder of territories} */
    static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
    }

    /**
     * A single commune, outside any declared EPCI (Frontignan's CTG).
     *
     * @param inseeCode the commune's INSEE code
     * @return the territory
     */
    static Territory ofCommune(String inseeCode) {
        return builder().addCommuneCode(inseeCode).build();
    }
}
