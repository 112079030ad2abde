package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to the convention (signataire): an organisation, signing through a representative authorised by
 * a mandate (délibération). Signatories are told apart by {@link #getName()}.
 */
@Value.Immutable
public interface Signatory {

    OrganisationKind getKind();

    /** E.g. "Commune de Frontignan". Unique among a convention's signatories. */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** SIREN (organisations, EPCIs) or INSEE code (communes), where it has one. */
    Optional<@Size(max = 14, message = ConstraintCodes.TEXT_TOO_LONG) String> getIdentifier();

    @Valid
    Person getRepresentative();

    /** The deliberation that authorises the representative; needed to sign. */
    Optional<@Valid Mandate> getMandate();

    /** The day this party signed, once it has. */
    Optional<LocalDate> getSignedOn();

    static ImmutableSignatory.Builder builder() {
        return ImmutableSignatory.builder();
    }

    default boolean hasSigned() {
        return getSignedOn().isPresent();
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Signatory", "name");
        Texts.requireNonBlank(getIdentifier(), "Signatory", "identifier");
    }
}
