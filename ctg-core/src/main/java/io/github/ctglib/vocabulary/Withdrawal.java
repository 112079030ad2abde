package io.github.ctglib.vocabulary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The withdrawal (retrait) of an action sheet or a party by an amendment. Withdrawing is never deleting: the
 * withdrawn item stays in the record with this mark, so that the convention as it stood before remains known.
 */
@Value.Immutable
public interface Withdrawal {

    /** {@return the number of the amendment (avenant) that withdrew it} */
    @Min(value = 1, message = ConstraintCodes.NOT_POSITIVE)
    int getAmendmentNumber();

    /** {@return the day the withdrawal took effect: the day the amendment did} */
    LocalDate getDate();

    /** {@return why, when said} */
    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getReason();

    /** {@return a builder of withdrawals} */
    static ImmutableWithdrawal.Builder builder() {
        return ImmutableWithdrawal.builder();
    }

    /**
     * A withdrawal by an amendment.
     *
     * @param amendmentNumber the amendment's number
     * @param date the day it took effect
     * @param reason why, or empty
     * @return the withdrawal
     */
    static Withdrawal of(int amendmentNumber, LocalDate date, Optional<String> reason) {
        return builder().amendmentNumber(amendmentNumber).date(date).reason(reason).build();
    }

    /** Refuses, when the value is built, a blank reason. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReason(), "Withdrawal", "reason");
    }
}
