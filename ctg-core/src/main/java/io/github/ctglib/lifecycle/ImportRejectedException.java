package io.github.ctglib.lifecycle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import was rejected: at least one document breaks a rule. Every document's judgement is listed, and
 * nothing was stored.
 */
public class ImportRejectedException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    private final transient List<DocumentJudgement> documents;

    /**
     * An import refused, with the judgement of every document.
     *
     * @param documents each document's judgement, in the order given
     */
    public ImportRejectedException(List<DocumentJudgement> documents) {
        super(documents.stream().flatMap(d -> d.violations().stream()).collect(Collectors.toList()),
                "Import of " + documents.size() + " document(s) rejected, nothing stored: " + documents.stream()
                        .filter(DocumentJudgement::hasErrors)
                        .map(d -> d.source() + ": " + d.violations().stream().filter(v -> v.isError())
                                .map(Object::toString).collect(Collectors.joining("; ")))
                        .collect(Collectors.joining(" | ")));
        this.documents = List.copyOf(documents);
    }

    /** {@return every document's judgement, in the order given, those without errors included} */
    public List<DocumentJudgement> documents() {
        return documents;
    }
}
