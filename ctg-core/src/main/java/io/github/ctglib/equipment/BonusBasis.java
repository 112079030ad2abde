package io.github.ctglib.equipment;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * The places of an equipment as the territory bonus counts them, written in the CTG: for an EAJE, the places
 * already funded by the previous contract (CEJ or an earlier bonus), the places created since, and the places
 * reserved for employers (CTRE); for an ALSH, its historical number of places.
 */
@Value.Immutable
public interface BonusBasis {

    /** {@return EAJE places already funded by the previous contract, paid the carried-over amount per place} */
    @Value.Default
    @Min(value = 0, message = ConstraintCodes.PLACES_RANGE)
    @Max(value = 100_000, message = ConstraintCodes.PLACES_RANGE)
    default int getCarriedOverPlaces() {
        return 0;
    }

    /** {@return EAJE places created under the CTG, paid per place by tranche of the territory's wealth} */
    @Value.Default
    @Min(value = 0, message = ConstraintCodes.PLACES_RANGE)
    @Max(value = 100_000, message = ConstraintCodes.PLACES_RANGE)
    default int getNewPlaces() {
        return 0;
    }

    /** {@return EAJE places reserved for employers (contrat territorial de réservation employeur, CTRE)} */
    @Value.Default
    @Min(value = 0, message = ConstraintCodes.PLACES_RANGE)
    @Max(value = 100_000, message = ConstraintCodes.PLACES_RANGE)
    default int getEmployerReservedPlaces() {
        return 0;
    }

    /** {@return ALSH: the historical number of places written in the CTG, from which the bonus is paid} */
    @Value.Default
    @Min(value = 0, message = ConstraintCodes.PLACES_RANGE)
    @Max(value = 100_000, message = ConstraintCodes.PLACES_RANGE)
    default int getHistoricalPlaces() {
        return 0;
    }

    /** {@return A builder} */
    static ImmutableBonusBasis.Builder builder() {
        return ImmutableBonusBasis.builder();
    }

    /**
     * The places an EAJE's bonus counts.
     *
     * @param carriedOver EAJE places already funded by the previous contract (CEJ or an earlier bonus)
     * @param created EAJE places created under the CTG
     * @param employerReserved EAJE places reserved for employers (CTRE)
     * @return the places an EAJE's bonus counts
     */
    static BonusBasis eaje(int carriedOver, int created, int employerReserved) {
        return builder().carriedOverPlaces(carriedOver).newPlaces(created).employerReservedPlaces(employerReserved)
                .build();
    }

    /**
     * The historical places an ALSH's bonus counts.
     *
     * @param historicalPlaces the historical number of places written in the CTG, from which the bonus is paid
     * @return the basis of an ALSH's bonus
     */
    static BonusBasis alsh(int historicalPlaces) {
        return builder().historicalPlaces(historicalPlaces).build();
    }

    /** {@return the EAJE places the bonus counts: carried over, new and employer-reserved} */
    default int eajePlaces() {
        return getCarriedOverPlaces() + getNewPlaces() + getEmployerReservedPlaces();
    }
}
