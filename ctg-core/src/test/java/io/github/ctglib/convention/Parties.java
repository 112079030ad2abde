package io.github.ctglib.convention;

import java.time.LocalDate;
import java.util.Optional;

/** Test shorthands for a party's signature: every representative signed on one day, or none. */
public final class Parties {
    private Parties() {}

    /** {@code party} with every representative signed on {@code day}. */
    public static ImmutableSignatory signedOn(Signatory party, LocalDate day) {
        return ImmutableSignatory.copyOf(party).withRepresentatives(party.getRepresentatives().stream()
                .map(r -> (Representative) ImmutableRepresentative.copyOf(r).withSignedOn(day)).toList());
    }

    /** {@code party} with no representative signed. */
    public static ImmutableSignatory unsigned(Signatory party) {
        return ImmutableSignatory.copyOf(party).withRepresentatives(party.getRepresentatives().stream()
                .map(r -> (Representative) ImmutableRepresentative.copyOf(r).withSignedOn(Optional.empty())).toList());
    }
}
