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

    /** {@return the CAF's département code, e.g. "34"} */
    Optional<String> getCafDepartement();

    /** {@return a commune the territory covers, by INSEE code} */
    Optional<String> getCommuneCode();

    /** {@return the territory's EPCI, by SIREN} */
    Optional<String> getEpciSiren();

    /** {@return the stage} */
    Optional<Stage> getStage();

    /** {@return the day it must be in force (en vigueur): see {@link Convention#isInForceOn(LocalDate)}} */
    Optional<LocalDate> getInForceOn();

    /** {@return the day its validity ends on or after} */
    Optional<LocalDate> getEndingFrom();

    /** {@return the day its validity ends on or before} */
    Optional<LocalDate> getEndingTo();

    /** {@return the field of action it covers} */
    Optional<ActionField> getField();

    /** {@return a builder: each criterion set narrows the query} */
    static ImmutableConventionQuery.Builder builder() {
        return ImmutableConventionQuery.builder();
    }

    /** {@return the query every convention matches} */
    static ConventionQuery all() {
        return builder().build();
    }

    /**
     * The conventions whose territory covers a commune.
     *
     * @param inseeCode the commune's INSEE code
     * @return the query
     */
    static ConventionQuery byCommune(String inseeCode) {
        return builder().communeCode(inseeCode).build();
    }

    /**
     * Whether {@code c} meets every criterion set.
     *
     * @param c the convention
     * @return {@code true} when it matches
     */
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
