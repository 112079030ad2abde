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

    /** {@return the coordinators (chargés de coopération) of the convention} */
    List<@Valid Coordinator> getCoordinators();

    /** {@return the committee meetings held, in order} */
    List<@Valid CommitteeMeeting> getMeetings();

    /** {@return a builder of governances} */
    static ImmutableGovernance.Builder builder() {
        return ImmutableGovernance.builder();
    }

    /** {@return a governance without coordinator or meeting} */
    static Governance empty() {
        return builder().build();
    }
}
