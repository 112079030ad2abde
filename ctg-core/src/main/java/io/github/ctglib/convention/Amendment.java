package io.github.ctglib.convention;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment (avenant) to a signed convention, numbered from 1: its object and the list of typed
 * {@link AmendmentChange changes} it makes. It takes effect on {@link #getEffectiveOn()}, the day its last party
 * signs; the convention's sections then hold its changes, and the amendment keeps its text (the changes and
 * what they replaced) in the history of the record.
 */
@Value.Immutable
public interface Amendment {

    /** {@return its number, from 1, in the order amendments are made} */
    @Min(value = 1, message = ConstraintCodes.NOT_POSITIVE)
    int getNumber();

    /** {@return the day it was proposed} */
    LocalDate getDate();

    /** {@return what it is for, e.g. "Ajout de la fiche action 3.4 : ludothèque itinérante"} */
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getObject();

    /** {@return what it changes, in order} */
    List<@Valid AmendmentChange> getChanges();

    /** {@return the parties' signatures of it so far} */
    List<@Valid AmendmentSignature> getSignatures();

    /** {@return the day the last party signed, when all have} */
    Optional<LocalDate> getEffectiveOn();

    /** {@return a builder of amendments} */
    static ImmutableAmendment.Builder builder() {
        return ImmutableAmendment.builder();
    }

    /** {@return whether it is in effect: every party that must sign it has} */
    default boolean isInEffect() {
        return getEffectiveOn().isPresent();
    }

    /**
     * Whether it is in effect on {@code day}: it took effect on that day or before.
     *
     * @param day the day to test
     * @return {@code true} when it took effect on or before {@code day}
     */
    default boolean isInEffectOn(LocalDate day) {
        return getEffectiveOn().map(d -> !d.isAfter(day)).orElse(false);
    }

    /**
     * Whether the party named {@code signatoryName} has signed it.
     *
     * @param signatoryName the party's name
     * @return {@code true} when it has
     */
    default boolean isSignedBy(String signatoryName) {
        return getSignatures().stream().anyMatch(s -> s.getSignatoryName().equals(signatoryName));
    }

    /**
     * Its changes of one kind, e.g. {@code changes(AmendmentChange.AddParty.class)}.
     *
     * @param <T> the kind of change
     * @param kind its class
     * @return those changes, in order
     */
    default <T extends AmendmentChange> List<T> changes(Class<T> kind) {
        return getChanges().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** {@return the action sheets it adds} */
    default List<ActionSheet> addedActions() {
        return changes(AmendmentChange.AddAction.class).stream().map(AmendmentChange.AddAction::getAction).toList();
    }

    /** {@return the parties it adds; they sign it with the others} */
    default List<Signatory> addedParties() {
        return changes(AmendmentChange.AddParty.class).stream().map(AmendmentChange.AddParty::getParty).toList();
    }

    /** Refuses, when the value is built, a blank object. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getObject(), "Amendment", "object");
    }
}
