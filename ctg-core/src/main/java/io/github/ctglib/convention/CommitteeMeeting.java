package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A dated meeting of a committee (comité de pilotage, comité technique): the organisations that attended and
 * the decisions it took (relevé de décisions).
 */
@Value.Immutable
public interface CommitteeMeeting {

    /** {@return the day it met} */
    LocalDate getDate();

    /** {@return which committee: steering (comité de pilotage) or technical} */
    CommitteeKind getKind();

    /** {@return the organisations present, e.g. "CAF de l'Hérault", "Commune de Frontignan"} */
    List<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getAttendees();

    /** {@return the decisions it took, in order} */
    List<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getDecisions();

    /** {@return a builder of meetings} */
    static ImmutableCommitteeMeeting.Builder builder() {
        return ImmutableCommitteeMeeting.builder();
    }
}
