package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A dated meeting of a committee and the decisions it took. */
@Value.Immutable
public interface CommitteeMeeting {

    LocalDate getDate();

    CommitteeKind getKind();

    List<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getDecisions();

    static ImmutableCommitteeMeeting.Builder builder() {
        return ImmutableCommitteeMeeting.builder();
    }
}
