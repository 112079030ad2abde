package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A party's signature of an amendment: the signatory's name and the day. */
@Value.Immutable
public interface AmendmentSignature {

    /** {@return the party that signed} */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getSignatoryName();

    /** {@return the day it signed} */
    @Value.Parameter
    LocalDate getDate();

    /**
     * A party's signature of an amendment.
     *
     * @param signatoryName the party's name
     * @param date the day it signed
     * @return the signature
     */
    static AmendmentSignature of(String signatoryName, LocalDate date) {
        return ImmutableAmendmentSignature.of(signatoryName, date);
    }
}
