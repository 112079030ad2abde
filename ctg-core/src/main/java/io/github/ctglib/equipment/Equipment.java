package io.github.ctglib.equipment;

import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Patterns;
import io.github.ctglib.vocabulary.Texts;
import io.github.ctglib.vocabulary.Withdrawal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One equipment of the convention's annex (liste des équipements): a crèche, an accueil de loisirs, a relais… with
 * what the CAF needs to pay its territory bonus. It belongs to the convention, changes by amendment
 * ({@code ADD_EQUIPMENT}, {@code REPLACE_EQUIPMENT}, {@code WITHDRAW_EQUIPMENT}) and, when withdrawn, stays in
 * the annex with its {@link Withdrawal}.
 */
@Value.Immutable
public interface Equipment {

    /** Its key in the annex, unique in the convention (e.g. "EAJE-01"); budget lines name it. */
    @Pattern(regexp = Patterns.EQUIPMENT_REFERENCE, message = ConstraintCodes.EQUIPMENT_REFERENCE_FORMAT)
    String getReference();

    /** Its kind. */
    EquipmentKind getKind();

    /** Its name, e.g. "Multi-accueil Les Moussaillons". */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** The CAF's equipment id (IDEQU), when known. */
    Optional<@Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG) String> getCafEquipmentId();

    /** The CAF's dossier number, when known. */
    Optional<@Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG) String> getDossierNumber();

    /** Its manager (gestionnaire), paid the bonus. */
    @Valid
    EquipmentManager getManager();

    /** The INSEE code of its commune, which must be in the convention's territory. */
    @Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT)
    String getCommuneCode();

    /** Its capacity in places (agrément), for an EAJE, a micro-crèche or an ALSH. */
    Optional<@Min(value = 0, message = ConstraintCodes.PLACES_RANGE)
            @Max(value = 100_000, message = ConstraintCodes.PLACES_RANGE) Integer> getPlaces();

    /** Its capacity in full-time equivalents (ETP), for an RPE or a coordination post. */
    Optional<@DecimalMin(value = "0", message = ConstraintCodes.FTE_RANGE)
            @DecimalMax(value = "99.99", message = ConstraintCodes.FTE_RANGE)
            @Digits(integer = 2, fraction = 2, message = ConstraintCodes.FTE_RANGE) BigDecimal> getFullTimeEquivalents();

    /** The prestation de service it receives (PSU for an EAJE, a PS for the others), when it receives one. */
    Optional<FundingInstrument> getServiceFunding();

    /** The period of its funding agreement with the CAF (convention d'objectifs et de financement, COF). */
    Optional<DateRange> getFundingAgreement();

    /** The name of the party of the convention (a local authority) that supports it. */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getSupportingParty();

    /** The priority zones it lies in (QPV, FRR). */
    Set<PriorityZone> getPriorityZones();

    /** The places the territory bonus counts, as written in the CTG; absent when it has none. */
    Optional<@Valid BonusBasis> getBonusBasis();

    /** Set when an amendment withdrew it from the annex. */
    Optional<@Valid Withdrawal> getWithdrawal();

    /** A builder. */
    static ImmutableEquipment.Builder builder() {
        return ImmutableEquipment.builder();
    }

    /** Whether it is still in the annex (not withdrawn by an amendment). */
    default boolean isActive() {
        return getWithdrawal().isEmpty();
    }

    /** Whether it lies in a priority zone (the highest tranche for new EAJE places). */
    default boolean isInPriorityZone() {
        return !getPriorityZones().isEmpty();
    }

    /** Checks that the texts are not blank. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReference(), "Equipment", "reference");
        Texts.requireNonBlank(getName(), "Equipment", "name");
        Texts.requireNonBlank(getSupportingParty(), "Equipment", "supportingParty");
        Texts.requireNonBlank(getCafEquipmentId(), "Equipment", "cafEquipmentId");
        Texts.requireNonBlank(getDossierNumber(), "Equipment", "dossierNumber");
    }
}
