package io.github.ctglib.ports;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.vocabulary.ActionField;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A search over stored conventions: every criterion given must hold (AND); none given matches all.
 * {@link #matches(Convention)} is the reference meaning that every adapter must give the same answers to
 * (the contract suite checks it).
 */
@Value.Immutable
public interface ConventionQuery {

    /** The CAF's département code, e.g. "34". */
    Optional<String> getCafDepartement();

    /** A commune the territory covers, by INSEE code. */
    Optional<String> getCommuneCode();

    /** The territory's EPCI, by SIREN. */
    Optional<String> getEpciSiren();

    Optional<Stage> getStage();

    /** In force (en vigueur) that day: see {@link Convention#isInForceOn(LocalDate)}. */
    Optional<LocalDate> getInForceOn();

    /** The validity ends on or after this day. */
    Optional<LocalDate> getEndingFrom();

    /** The validity ends on or before this day. */
    Optional<LocalDate> getEndingTo();

    /** Covers this field of action. */
    Optional<ActionField> getField();

    static ImmutableConventionQuery.Builder builder() {
        return ImmutableConventionQuery.builder();
    }

    static ConventionQuery all() {
        return builder().build();
    }

    static ConventionQuery byCommune(String inseeCode) {
        return builder().communeCode(inseeCode).build();
    }

    default boolean matches(Convention c) {
        return getCafDepartement().map(d -> d.equals(c.getCaf().getDepartementCode())).orElse(true)
                && getCommuneCode().map(code -> c.getTerritory().getCommuneCodes().contains(code)).orElse(true)
                && getEpciSiren().map(s -> c.getTerritory().getEpciSirens().contains(s)).orElse(true)
                && getStage().map(s -> s == c.getStage()).orElse(true)
                && getInForceOn().map(c::isInForceOn).orElse(true)
                && getEndingFrom().map(d -> !c.getValidity().getTo().isBefore(d)).orElse(true)
                && getEndingTo().map(d -> !c.getValidity().getTo().isAfter(d)).orElse(true)
                && getField().map(c::covers).orElse(true);
    }
}
