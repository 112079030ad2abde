package io.github.ctglib.ports;

/** No convention with that id is stored. */
public class ConventionNotFoundException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** The id asked for. */
    private final String conventionId;

    /**
     * No convention has the id {@code conventionId}.
     *
     * @param conventionId the id asked for
     */
    public ConventionNotFoundException(String conventionId) {
        super("No convention with id " + conventionId + " is stored. Check the id (list shows the stored ones).");
        this.conventionId = conventionId;
    }

    /** {@return the id asked for} */
    public String conventionId() {
        return conventionId;
    }
}
