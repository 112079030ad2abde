package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import io.github.ctglib.vocabulary.Withdrawal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to the convention (signataire, partenaire): an organisation that signs through one or more
 * representatives (représentants) authorised by its mandate (délibération). The party has signed when every
 * representative has, on the latest of their days. Parties are told apart by {@link #getName()}.
 */
@Value.Immutable
public interface Signatory {

    /** {@return what kind of organisation it is: the CAF, a commune, an EPCI, a département…} */
    OrganisationKind getKind();

    /** {@return its name, e.g. "Commune de Frontignan"; unique among a convention's parties} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /**
     * Its identifier where it has one: a SIREN (9 digits), a SIRET (14 digits, an establishment of a legal
     * person) or, for a commune, its INSEE code. SIREN and SIRET are Luhn-checked by the rules.
     *
     * @return the identifier, when it has one
     */
    Optional<@Size(max = 14, message = ConstraintCodes.TEXT_TOO_LONG) String> getIdentifier();

    /** {@return the people who sign for it, in the order of the signature block} */
    List<@Valid Representative> getRepresentatives();

    /** {@return the deliberation that authorises its representatives; needed to sign} */
    Optional<@Valid Mandate> getMandate();

    /** {@return the withdrawal, when an amendment withdrew this party; it stays in the record} */
    Optional<@Valid Withdrawal> getWithdrawal();

    /** {@return a builder of parties} */
    static ImmutableSignatory.Builder builder() {
        return ImmutableSignatory.builder();
    }

    /** {@return whether every representative has signed (and there is at least one)} */
    default boolean hasSigned() {
        return !getRepresentatives().isEmpty() && getRepresentatives().stream().allMatch(Representative::hasSigned);
    }

    /** {@return the day the party signed: the latest of its representatives' days, once all have signed} */
    default Optional<LocalDate> getSignedOn() {
        if (!hasSigned()) {
            return Optional.empty();
        }
        return getRepresentatives().stream().map(r -> r.getSignedOn().orElseThrow()).max(Comparator.naturalOrder());
    }

    /**
     * The representative named {@code name}.
     *
     * @param name the person's name, as listed
     * @return the representative, or empty when none has that name
     */
    default Optional<Representative> representative(String name) {
        return getRepresentatives().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    /** {@return whether it is still a party: not withdrawn by an amendment} */
    default boolean isActive() {
        return getWithdrawal().isEmpty();
    }

    /** Refuses, when the value is built, a blank name or identifier. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Signatory", "name");
        Texts.requireNonBlank(getIdentifier(), "Signatory", "identifier");
    }
}
