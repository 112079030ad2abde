package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Person;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A party's signature: who signs for it, on which day, under which mandate.
 *
 * @param signatoryName the party's name, as in the convention
 * @param date          the day of the signature
 * @param representative the person who signs
 * @param mandate        the deliberation that authorises them; {@code null} is reported as a violation
 */
public record Signing(String signatoryName, LocalDate date, Person representative, Mandate mandate) {

    public Signing {
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(representative, "representative");
    }
}
