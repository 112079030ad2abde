package io.github.ctglib.convention;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * How the convention is steered (gouvernance): its coordinators (chargés de coopération CTG) and the meetings
 * of its committees.
 */
@Value.Immutable
public interface Governance {

    List<@Valid Coordinator> getCoordinators();

    List<@Valid CommitteeMeeting> getMeetings();

    static ImmutableGovernance.Builder builder() {
        return ImmutableGovernance.builder();
    }

    static Governance empty() {
        return builder().build();
    }
}
