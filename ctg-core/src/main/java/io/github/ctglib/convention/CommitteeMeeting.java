package io.github.ctglib.convention;

import io.github.ctglib.rules.RuleCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A dated meeting of a committee and the decisions it took. */
@Value.Immutable
public interface CommitteeMeeting {

    LocalDate getDate();

    CommitteeKind getKind();

    List<@Size(max = Texts.LONG, message = RuleCodes.TEXT_TOO_LONG) String> getDecisions();

    static ImmutableCommitteeMeeting.Builder builder() {
        return ImmutableCommitteeMeeting.builder();
    }
}
