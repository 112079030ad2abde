package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Representative;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A signature for a party (signataire): who signs, on which day, under which mandate (délibération). A party
 * signs through the representatives its signature block lists — the CAF's director and the president of its
 * board, a mayor and a deputy — each on their own day ({@link #by}), or all those not yet signed at once, at a
 * ceremony ({@link #byEveryRepresentative}). The party has signed when every representative has; the
 * convention is signed on the day its last active party's last representative signs.
 *
 * <p>A person who is not listed on the party is <em>refused</em> ({@code CTG-SIGN-101}), not added: the
 * signature block is part of the convention judged when signatures were requested, and adding to it silently
 * would let a misspelt name sign beside the listed person, who would stay unsigned. A representative is added to
 * the block before signatures are requested ({@link ConventionLifecycle#reviseDraft}).
 *
 * <p>The mandate belongs to the party, not to a representative: a mandate given replaces the party's (the last
 * deliberation recorded is the one that authorises it); none keeps the one it has.
 *
 * @param signatoryName      the party's name, as in the convention
 * @param date               the day of the signature
 * @param representativeName the person who signs, as listed on the party; empty when every listed representative
 *                           not yet signed signs on {@code date}
 * @param mandate            the party's deliberation; empty keeps the one the party has (none is reported)
 */
public record Signing(String signatoryName, LocalDate date, Optional<String> representativeName,
        Optional<Mandate> mandate) {

    /**
     * A signing; each component is required (use {@link Optional#empty()}).
     *
     * @param signatoryName the party's name, as in the convention
     * @param date the day of the signature
     * @param representativeName the person who signs, or empty for every representative not yet signed
     * @param mandate the party's deliberation, or empty to keep the one it has
     */
    public Signing {
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(representativeName, "representativeName");
        Objects.requireNonNull(mandate, "mandate");
    }

    /**
     * One representative, listed on the party, signs for it on {@code date}; {@code mandate} may be null.
     *
     * @param signatoryName the party's name
     * @param representativeName the person who signs, as listed on the party
     * @param date the day of the signature
     * @param mandate the party's deliberation, or {@code null} to keep the one it has
     * @return the signing
     */
    public static Signing by(String signatoryName, String representativeName, LocalDate date, Mandate mandate) {
        return new Signing(signatoryName, date, Optional.of(Objects.requireNonNull(representativeName,
                "representativeName")), Optional.ofNullable(mandate));
    }

    /**
     * One representative signs for the party on {@code date}, named as listed (its title and any signature day
     * it carries are those of the party's signature block, not of this value); {@code mandate} may be null.
     *
     * @param signatoryName the party's name
     * @param representative the person who signs, as listed on the party
     * @param date the day of the signature
     * @param mandate the party's deliberation, or {@code null} to keep the one it has
     * @return the signing
     */
    public static Signing by(String signatoryName, Representative representative, LocalDate date, Mandate mandate) {
        return by(signatoryName, representative.getName(), date, mandate);
    }

    /**
     * Every representative listed on the party and not yet signed signs on {@code date}.
     *
     * @param signatoryName the party's name
     * @param date the day of the signature
     * @param mandate the party's deliberation, or {@code null} to keep the one it has
     * @return the signing
     */
    public static Signing byEveryRepresentative(String signatoryName, LocalDate date, Mandate mandate) {
        return new Signing(signatoryName, date, Optional.empty(), Optional.ofNullable(mandate));
    }

    /** The name shown in the revision summary: the party, and the representative when one signs alone. */
    String who() {
        return representativeName.map(r -> signatoryName + " (" + r + ")").orElse(signatoryName);
    }
}
