package io.github.ctglib.convention;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** How the convention is steered: its coordinator (chargé de coopération CTG) and committee meetings. */
@Value.Immutable
public interface Governance {

    Optional<@Valid Person> getCoordinator();

    List<@Valid CommitteeMeeting> getMeetings();

    static ImmutableGovernance.Builder builder() {
        return ImmutableGovernance.builder();
    }

    static Governance empty() {
        return builder().build();
    }
}
