package io.github.ctglib.ports;

/**
 * A write whose commit failed in a way that leaves its outcome unknown: the store may or may not have kept the
 * change (a database connection lost during the commit, for example). Unlike other {@link StorageException}s,
 * something may have been written. Catch it to read the data again and see which, before retrying: a blind
 * retry of a save would then fail with a version conflict, or store the change twice through another path.
 */
public class CommitOutcomeUnknownException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * A commit whose outcome is unknown.
     *
     * @param message what was being stored, and what to do
     * @param cause the failure of the commit
     */
    public CommitOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
