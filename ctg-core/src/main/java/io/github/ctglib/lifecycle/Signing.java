package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Representative;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A signature for a party: who signs, on which day, under which mandate. A party with several representatives
 * (the CAF's director and the president of its board) signs once per representative ({@link #by}) or all at
 * once at a ceremony ({@link #byEveryRepresentative}); it has signed when every representative has. A
 * representative not yet listed on the party is added to its signature block.
 *
 * @param signatoryName  the party's name, as in the convention
 * @param date           the day of the signature
 * @param representative the person who signs (its own signature day, if any, is replaced by {@code date}); empty
 *                       when every listed representative signs
 * @param mandate        the party's deliberation; empty keeps the one the party has (none is reported as a violation)
 */
public record Signing(String signatoryName, LocalDate date, Optional<Representative> representative,
        Optional<Mandate> mandate) {

    public Signing {
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(mandate, "mandate");
    }

    /** One representative signs for the party. */
    public static Signing by(String signatoryName, Representative representative, LocalDate date, Mandate mandate) {
        return new Signing(signatoryName, date, Optional.of(representative), Optional.ofNullable(mandate));
    }

    /** Every representative listed on the party signs on {@code date}. */
    public static Signing byEveryRepresentative(String signatoryName, LocalDate date, Mandate mandate) {
        return new Signing(signatoryName, date, Optional.empty(), Optional.ofNullable(mandate));
    }

    /** The name shown in the revision summary: the party, and the representative when one signs alone. */
    String who() {
        return representative.map(r -> signatoryName + " (" + r.getName() + ")").orElse(signatoryName);
    }
}
