package io.github.ctglib.ports;

/**
 * A save or delete was given a version that is no longer the stored one: someone else changed the
 * convention since the caller read it. Read it again, re-apply the change, and save.
 */
public class ConcurrencyConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** The convention's id. */
    private final String conventionId;
    /** The version the caller read. */
    private final long expectedVersion;
    /** The version stored. */
    private final long actualVersion;

    /**
     * A save of a version that is no longer the stored one.
     *
     * @param conventionId the convention's id
     * @param expectedVersion the version the caller read
     * @param actualVersion the stored version, 0 when the convention does not exist
     */
    public ConcurrencyConflictException(String conventionId, long expectedVersion, long actualVersion) {
        super("Convention " + conventionId + " was changed by someone else: you read version " + expectedVersion
                + " but version " + actualVersion + " is stored. Read it again and re-apply your change.");
        this.conventionId = conventionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** {@return the convention's id} */
    public String conventionId() {
        return conventionId;
    }

    /** {@return the version the caller read} */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** {@return the version stored, 0 when the convention does not exist} */
    public long actualVersion() {
        return actualVersion;
    }
}
