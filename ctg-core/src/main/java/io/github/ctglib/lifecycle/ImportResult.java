package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import java.util.List;

/**
 * What an accepted import stored: each document's judgement (warnings only) and the conventions as stored,
 * in the order given.
 */
public record ImportResult(List<DocumentJudgement> documents, List<Convention> stored) {
    public ImportResult {
        documents = List.copyOf(documents);
        stored = List.copyOf(stored);
    }
}
