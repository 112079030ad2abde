package io.github.ctglib.access;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Patterns;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actor may see and change: the conventions of one CAF (its département's), those a partner
 * organisation is a party to, or all of them read-only (national level). A host that runs ctg for several CAFs
 * and their partners gives each actor its scope; {@code ConventionLifecycle.as(actor)} enforces it.
 */
public final class Scope {

    /** The kinds of scope. */
    public enum Kind {
        /** A CAF: the conventions of its département, read and written. */
        CAF,
        /** A partner organisation: the conventions it is a party to; read-only unless the host grants writing. */
        PARTNER,
        /** National level (CNAF, a ministry): every convention, read-only. */
        NATIONAL
    }

    private final Kind kind;
    private final String key;
    private final boolean mayWrite;

    private Scope(Kind kind, String key, boolean mayWrite) {
        this.kind = kind;
        this.key = key;
        this.mayWrite = mayWrite;
    }

    /**
     * The CAF of département {@code departementCode} (34, 2A, 974): its conventions, read and written.
     *
     * @param departementCode the CAF's département
     * @return the scope
     */
    public static Scope caf(String departementCode) {
        return new Scope(Kind.CAF, Objects.requireNonNull(departementCode, "departementCode"), true);
    }

    /**
     * The partner identified by {@code identifier} — the SIREN, SIRET or INSEE code a party carries, or else its
     * exact name — reading the conventions it is a party to. A commune is known by either of its codes: a partner
     * scope given a commune's INSEE code (34108) sees the conventions whose commune party carries its SIREN
     * (213401086), and the other way round, through the bundled official geography.
     *
     * @param identifier the partner's SIREN, SIRET, INSEE code or exact name
     * @return the scope
     */
    public static Scope partner(String identifier) {
        return new Scope(Kind.PARTNER, Objects.requireNonNull(identifier, "identifier"), false);
    }

    /** {@return every convention, read-only} */
    public static Scope national() {
        return new Scope(Kind.NATIONAL, "", false);
    }

    /** {@return the same scope, allowed to change the conventions it sees (a partner the host trusts to amend)} */
    public Scope withWriting() {
        return kind == Kind.NATIONAL ? this : new Scope(kind, key, true);
    }

    /** {@return whose conventions it covers: a CAF's, a partner's or all} */
    public Kind kind() {
        return kind;
    }

    /** {@return the CAF's département, the partner's identifier, or empty for the national scope} */
    public Optional<String> key() {
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /**
     * Whether {@code convention} is within the scope.
     *
     * @param convention the convention the actor would read
     * @return {@code true} when the actor may read it
     */
    public boolean sees(Convention convention) {
        return switch (kind) {
            case CAF -> convention.getCaf().getDepartementCode().equals(key);
            case PARTNER -> convention.getSignatories().stream().anyMatch(this::isThePartner);
            case NATIONAL -> true;
        };
    }

    /**
     * Whether the actor may store {@code convention} (as it is, and as it would become).
     *
     * @param convention the convention, as it is or as it would become
     * @return {@code true} when the actor may store it
     */
    public boolean mayChange(Convention convention) {
        return mayWrite && sees(convention);
    }

    private boolean isThePartner(Signatory party) {
        if (party.getName().equals(key)) {
            return true;
        }
        Optional<String> id = party.getIdentifier();
        if (id.isEmpty()) {
            return false;
        }
        if (id.get().equals(key)) {
            return true;
        }
        return party.getKind() == OrganisationKind.COMMUNE && (sirenOfCommune(key).equals(id)
                || sirenOfCommune(id.get()).map(key::equals).orElse(false));
    }

    /** The SIREN of the commune of INSEE code {@code code}, when {@code code} is one the geography knows. */
    private static Optional<String> sirenOfCommune(String code) {
        if (!code.matches(Patterns.INSEE)) {
            return Optional.empty();
        }
        return Geography.bundled().commune(code).flatMap(Commune::sirenNumber);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scope s && s.kind == kind && s.key.equals(key) && s.mayWrite == mayWrite;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key, mayWrite);
    }

    @Override
    public String toString() {
        return kind + (key.isEmpty() ? "" : " " + key) + (mayWrite ? " (read-write)" : " (read-only)");
    }
}
