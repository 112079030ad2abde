package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Representative;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One representative's signature for a party: who signs, on which day, under which mandate. A party with
 * several representatives (the CAF's director and the president of its board) signs once per representative;
 * it has signed when all have. A representative not yet listed on the party is added to its signature block.
 *
 * @param signatoryName  the party's name, as in the convention
 * @param date           the day of the signature
 * @param representative the person who signs (its own signature day, if any, is replaced by {@code date})
 * @param mandate        the party's deliberation; {@code null} keeps the one the party has (none is reported as a
 *                       violation)
 */
public record Signing(String signatoryName, LocalDate date, Representative representative, Mandate mandate) {

    public Signing {
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(representative, "representative");
    }
}
