package io.github.ctglib.ports;

/**
 * A save or delete was given a version that is no longer the stored one: someone else changed the
 * convention since the caller read it. Read it again, re-apply the change, and save.
 */
public class ConcurrencyConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String conventionId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param actualVersion the stored version, 0 when the convention does not exist
     */
    public ConcurrencyConflictException(String conventionId, long expectedVersion, long actualVersion) {
        super("Convention " + conventionId + " was changed by someone else: you read version " + expectedVersion
                + " but version " + actualVersion + " is stored. Read it again and re-apply your change.");
        this.conventionId = conventionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String conventionId() {
        return conventionId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
