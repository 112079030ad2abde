package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ActionField;

import io.github.ctglib.vocabulary.FieldOfAction;

import io.github.ctglib.vocabulary.DateRange;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.Patterns;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A Convention territoriale globale (CTG): the multi-party agreement by which a CAF and local authorities
 * build a territory's social project over 4 to 5 years. An immutable value: every change makes a new
 * one ({@code withX} methods, {@link ImmutableConvention#builder()}{@code .from(convention)}).
 *
 * <p>Building checks only what must always hold (mandatory fields present and not blank); every other rule
 * is checked by {@link io.github.ctglib.rules.ConventionValidator}, which reports all violations at once.
 */
@Value.Immutable
public interface Convention {

    /** {@return the stable id, safe as a file name and a primary key (see {@link Patterns#CONVENTION_ID})} */
    @Pattern(regexp = Patterns.CONVENTION_ID, message = ConstraintCodes.ID_FORMAT)
    String getId();

    /** {@return the title, as the parties wrote it} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return the CAF that is a party to it} */
    @Valid
    Caf getCaf();

    /** {@return the territory it covers: communes and EPCIs, with the vintage of their codes} */
    @Valid
    Territory getTerritory();

    /**
     * {@return the validity (durée de validité): the days it is meant to bind; the signature may come after it
     * starts}
     */
    DateRange getValidity();

    /** {@return the parties that sign it (signataires), withdrawn ones included (marked)} */
    List<@Valid Signatory> getSignatories();

    /** {@return the fields of action (champs d'intervention) it covers} */
    Set<@Valid FieldOfAction> getFields();

    /** {@return the shared diagnostic (diagnostic partagé); empty until recorded} */
    @Valid
    @Value.Default
    default Diagnostic getDiagnostic() {
        return Diagnostic.empty();
    }

    /**
     * {@return the strategic axes of the action plan (axes, orientations); each action's number begins with its axis's}
     */
    List<@Valid Axis> getAxes();

    /**
     * {@return the action plan (plan d'actions): every action sheet, withdrawn ones included (marked); may be empty at
     * signature and come later by amendment}
     */
    List<@Valid ActionSheet> getActions();

    /**
     * The equipment the convention concerns (its annex): crèches, accueils de loisirs, relais… whose managers the
     * CAF pays the territory bonus while the convention is in force; withdrawn ones included (marked).
     *
     * @return the equipment of the annex, withdrawn ones included
     */
    List<@Valid Equipment> getEquipment();

    /** {@return what the convention writes for the territory bonus: the carried-over amount per place, the wealth tranche} */
    Optional<@Valid BonusTerms> getBonusTerms();

    /** {@return the governance: coordinators, steering and technical committees; empty by default} */
    @Valid
    @Value.Default
    default Governance getGovernance() {
        return Governance.empty();
    }

    /** {@return the amendments (avenants), in their order, pending ones included} */
    List<@Valid Amendment> getAmendments();

    /** {@return the follow-up journal of the convention (journal de suivi)} */
    List<@Valid Note> getNotes();

    /** {@return the documents attached to it, by reference (the bytes are kept by the integrator)} */
    List<@Valid DocumentReference> getDocuments();

    /** {@return the evaluation, once recorded} */
    Optional<@Valid Evaluation> getEvaluation();

    /** {@return the stage of its life, {@code IN_PREPARATION} for a new one} */
    @Value.Default
    default Stage getStage() {
        return Stage.IN_PREPARATION;
    }

    /** {@return the day the last party signed: the convention's signature date} */
    Optional<LocalDate> getSignatureDate();

    /** {@return the termination (résiliation), when it was terminated} */
    Optional<@Valid Termination> getTermination();

    /**
     * {@return the ids of the conventions this one renews (CTG de 2e génération): usually one, several when EPCIs
     * merged and one CTG follows two}
     */
    @Value.NaturalOrder
    SortedSet<String> getPredecessorIds();

    /** {@return the stored version this value was read at (0 when never stored), for optimistic concurrency} */
    @Value.Default
    default long getVersion() {
        return 0L;
    }

    /** {@return a builder of conventions} */
    static ImmutableConvention.Builder builder() {
        return ImmutableConvention.builder();
    }

    /**
     * {@return the days the convention binds its parties: its validity once signed, cut short the day before a
     * termination; empty while unsigned}
     */
    default Optional<DateRange> effectivePeriod() {
        if (!getStage().isSigned()) {
            return Optional.empty();
        }
        LocalDate end = getTermination().map(t -> t.getDate().minusDays(1)).orElse(getValidity().getTo());
        return Optional.of(DateRange.of(getValidity().getFrom(), end));
    }

    /**
     * Whether it is signed and {@code day} falls in its effective period (en vigueur).
     *
     * @param day the day to test
     * @return {@code true} when it binds its parties on that day
     */
    default boolean isInForceOn(LocalDate day) {
        return effectivePeriod().map(p -> p.contains(day)).orElse(false);
    }

    /**
     * Upcoming, in force or expired on {@code day}; derived from the dates and the stage.
     *
     * @param day the day to place against its effective period, e.g. today
     * @return where {@code day} falls against its effective period
     */
    default TimeStatus timeStatus(LocalDate day) {
        Optional<DateRange> effective = effectivePeriod();
        if (effective.isEmpty()) {
            return TimeStatus.NOT_SIGNED;
        }
        if (day.isBefore(effective.get().getFrom())) {
            return TimeStatus.UPCOMING;
        }
        return day.isAfter(effective.get().getTo()) ? TimeStatus.EXPIRED : TimeStatus.IN_FORCE;
    }

    /**
     * The action sheet numbered {@code number}, withdrawn or not.
     *
     * @param number the action's number, e.g. {@code 1.2}
     * @return the action, or empty when the plan has none of that number
     */
    default Optional<ActionSheet> action(String number) {
        return getActions().stream().filter(a -> a.getNumber().equals(number)).findFirst();
    }

    /**
     * The party named {@code name}, withdrawn or not.
     *
     * @param name the party's name, as it signs
     * @return the party, or empty when none has that name
     */
    default Optional<Signatory> signatory(String name) {
        return getSignatories().stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    /** {@return the parties not withdrawn by an amendment} */
    default List<Signatory> activeParties() {
        return getSignatories().stream().filter(Signatory::isActive).toList();
    }

    /** {@return the action sheets not withdrawn by an amendment} */
    default List<ActionSheet> activeActions() {
        return getActions().stream().filter(ActionSheet::isActive).toList();
    }

    /**
     * The equipment of {@code reference} in the annex, active or withdrawn.
     *
     * @param reference the equipment's key in the annex, e.g. {@code EAJE-01}
     * @return the equipment of {@code reference} in the annex, active or withdrawn
     */
    default Optional<Equipment> equipment(String reference) {
        return getEquipment().stream().filter(e -> e.getReference().equals(reference)).findFirst();
    }

    /** {@return the equipment not withdrawn by an amendment} */
    default List<Equipment> activeEquipment() {
        return getEquipment().stream().filter(Equipment::isActive).toList();
    }

    /**
     * The strategic axis numbered {@code number}.
     *
     * @param number the axis's number
     * @return the axis, or empty when the plan has none of that number
     */
    default Optional<Axis> axis(int number) {
        return getAxes().stream().filter(a -> a.getNumber() == number).findFirst();
    }

    /**
     * {@return the parties that signed the convention itself: every signatory but those an amendment in effect added
     * (they signed that amendment instead)}
     */
    default List<Signatory> foundingParties() {
        Set<String> joined = new HashSet<>();
        getAmendments().stream().filter(Amendment::isInEffect)
                .forEach(a -> a.addedParties().forEach(s -> joined.add(s.getName())));
        return getSignatories().stream().filter(s -> !joined.contains(s.getName())).toList();
    }

    /**
     * The convention as it stood on {@code day}: this record without the amendments that took effect after that
     * day (their changes undone from what they recorded), and with those amendments shown as not yet in effect.
     * On a day before the signature it is the convention as signed.
     *
     * @param day the day the convention is wanted as of
     * @return the convention as in effect that day
     */
    default Convention inEffectOn(LocalDate day) {
        return AmendmentEffects.asOn(this, day);
    }

    /**
     * Whether one of its fields of action is of kind {@code kind}.
     *
     * @param kind the kind of field
     * @return {@code true} when it covers that kind
     */
    default boolean covers(ActionField kind) {
        return getFields().stream().anyMatch(f -> f.getKind() == kind);
    }

    /**
     * Refuses, when the value is built, a blank id, title or predecessor id: what must always hold. Immutables calls
     * it.
     */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getId(), "Convention", "id");
        Texts.requireNonBlank(getTitle(), "Convention", "title");
        getPredecessorIds().forEach(id -> Texts.requireNonBlank(id, "Convention", "predecessorIds"));
    }
}
