package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.Patterns;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An amendment (avenant) to a signed convention, numbered from 1. What it changes — actions, signatories,
 * communes, a later end of validity — takes effect on {@link #getEffectiveOn()}, the day its last party
 * signs.
 */
@Value.Immutable
public interface Amendment {

    @Min(value = 1, message = ConstraintCodes.NOT_POSITIVE)
    int getNumber();

    LocalDate getDate();

    /** What it is for, e.g. "Ajout de la fiche action 3.4 : ludothèque itinérante". */
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getObject();

    List<@Valid ActionSheet> getAddedActions();

    List<@Valid Signatory> getAddedSignatories();

    @Value.NaturalOrder
    SortedSet<@Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT) String> getAddedCommuneCodes();

    Optional<LocalDate> getNewValidityEnd();

    List<@Valid AmendmentSignature> getSignatures();

    /** The day the last party signed, when all have. */
    Optional<LocalDate> getEffectiveOn();

    static ImmutableAmendment.Builder builder() {
        return ImmutableAmendment.builder();
    }

    default boolean isInEffect() {
        return getEffectiveOn().isPresent();
    }

    default boolean isSignedBy(String signatoryName) {
        return getSignatures().stream().anyMatch(s -> s.getSignatoryName().equals(signatoryName));
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getObject(), "Amendment", "object");
    }
}
