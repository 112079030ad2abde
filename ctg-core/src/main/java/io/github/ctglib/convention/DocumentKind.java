package io.github.ctglib.convention;

/** What an attached document is. */
public enum DocumentKind {
    /** La convention signée. */
    SIGNED_CONVENTION,
    /** Un avenant signé. */
    SIGNED_AMENDMENT,
    /** Une délibération (of a party's body). */
    DELIBERATION,
    /** Le rapport de diagnostic partagé. */
    DIAGNOSTIC_REPORT,
    /** Un compte rendu de comité (COPIL, comité technique). */
    COMMITTEE_MINUTES,
    /** Un bilan annuel or the evaluation report. */
    REPORT,
    /** Any other document. */
    OTHER
}
