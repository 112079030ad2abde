package io.github.ctglib.ports;

import io.github.ctglib.convention.Convention;
import java.util.List;
import java.util.Objects;

/** A revision together with the convention as it was stored in it (its version equals the revision's). */
public record StoredRevision(Revision revision, Convention convention) {

    /**
     * A stored revision; the convention's version must be the revision's.
     *
     * @param revision the revision (version, time, actor, summary) the convention was stored in
     * @param convention the convention as stored in it
     */
    public StoredRevision {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(convention, "convention");
        if (revision.version() != convention.getVersion()) {
            throw new IllegalArgumentException("Revision " + revision.version() + " holds convention "
                    + convention.getId() + " at version " + convention.getVersion());
        }
    }

    /**
     * Checks a whole history given to {@link ConventionRepository#restore}: not empty, one safe id,
     * numbered 1, 2, 3… with no gap.
     *
     * @param revisions the history, oldest first
     * @return the convention's id
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String requireComplete(List<StoredRevision> revisions) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("A history to restore needs at least one revision");
        }
        String id = ConventionIds.requireSafe(revisions.get(0).convention().getId());
        for (int i = 0; i < revisions.size(); i++) {
            StoredRevision r = revisions.get(i);
            if (!r.convention().getId().equals(id)) {
                throw new IllegalArgumentException("A history to restore mixes conventions " + id + " and "
                        + r.convention().getId());
            }
            if (r.revision().version() != i + 1) {
                throw new IllegalArgumentException("Revision " + (i + 1) + " of convention " + id
                        + " is numbered " + r.revision().version() + ": revisions must be numbered 1, 2, 3…");
            }
        }
        return id;
    }
}
