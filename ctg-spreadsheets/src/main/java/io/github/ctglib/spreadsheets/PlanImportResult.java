package io.github.ctglib.spreadsheets;

import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.lifecycle.CommandResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a spreadsheet did: nothing (it held the stored plan), replaced the plan (before signature), or
 * proposed an amendment (after signature) made of {@link #changes()}.
 *
 * @param outcome which of the three
 * @param stored  the lifecycle's answer when something was stored: the new revision and its warnings
 * @param changes the amendment's changes, in order; empty unless an amendment was proposed
 */
public record PlanImportResult(Outcome outcome, Optional<CommandResult> stored, List<AmendmentChange> changes) {

    /** What the import did. */
    public enum Outcome {
        /** The spreadsheet holds the stored plan: nothing was stored. */
        UNCHANGED,
        /** Before signature: the plan (axes and actions) was replaced, as one revision. */
        PLAN_REPLACED,
        /** After signature: an amendment was proposed, pending the parties' signatures. */
        AMENDMENT_PROPOSED
    }

    /**
     * Checks the parts agree: something stored unless unchanged, changes only for an amendment.
     *
     * @param changes the amendment's changes, in order; empty unless the outcome is {@code AMENDMENT_PROPOSED}
     * @param outcome what the import did: nothing, the plan replaced or an amendment proposed
     * @param stored the lifecycle's answer when something was stored (the new revision and its warnings); empty
     *     exactly when the outcome is {@code UNCHANGED}
     */
    public PlanImportResult {
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        if ((outcome == Outcome.UNCHANGED) != stored.isEmpty()) {
            throw new IllegalArgumentException("A result stores something unless unchanged");
        }
        if ((outcome == Outcome.AMENDMENT_PROPOSED) == changes.isEmpty()) {
            throw new IllegalArgumentException("An amendment, and only it, has changes");
        }
    }

    /** {@return whether a revision was stored} */
    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
