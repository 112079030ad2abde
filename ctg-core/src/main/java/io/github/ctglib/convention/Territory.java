package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Patterns;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The territory a convention covers: communes by INSEE code and, where the convention is signed at the
 * intercommunal level, the EPCI by SIREN. Codes are of a given vintage of the official geography.
 */
@Value.Immutable
public interface Territory {

    /** INSEE codes of the communes covered, ordered. */
    @NotEmpty(message = ConstraintCodes.TERRITORY_EMPTY)
    @Value.NaturalOrder
    SortedSet<@Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT) String> getCommuneCodes();

    /** SIREN of the EPCI, when the convention covers an intercommunality. */
    Optional<@Pattern(regexp = Patterns.SIREN, message = ConstraintCodes.SIREN_FORMAT) String> getEpciSiren();

    static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
    }

    /** A single commune, outside any declared EPCI (Frontignan's CTG). */
    static Territory ofCommune(String inseeCode) {
        return builder().addCommuneCode(inseeCode).build();
    }
}
