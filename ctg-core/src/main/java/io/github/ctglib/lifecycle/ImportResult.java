package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import java.util.List;
import java.util.Set;

/**
 * What an accepted import stored: each document's judgement (warnings only), the conventions as stored, in the
 * order given, and the ids an earlier import (or copy) of the same documents had already stored before it was
 * cut short — recognised as identical and left as they were.
 */
public record ImportResult(List<DocumentJudgement> documents, List<Convention> stored, Set<String> resumed) {
    /**
     * A result; the lists and the set are copied.
     *
     * @param documents each document's judgement (warnings only), in the order given
     * @param stored the conventions as stored, in the same order
     * @param resumed the ids an earlier, interrupted run had stored already
     */
    public ImportResult {
        documents = List.copyOf(documents);
        stored = List.copyOf(stored);
        resumed = Set.copyOf(resumed);
    }

    /** {@return whether an earlier run of this import was cut short (some documents were stored already)} */
    public boolean resumesAnEarlierRun() {
        return !resumed.isEmpty();
    }
}
