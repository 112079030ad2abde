package io.github.ctglib.ports;

/** No convention with that id is stored. */
public class ConventionNotFoundException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String conventionId;

    public ConventionNotFoundException(String conventionId) {
        super("No convention with id " + conventionId + " is stored. Check the id (list shows the stored ones).");
        this.conventionId = conventionId;
    }

    public String conventionId() {
        return conventionId;
    }
}
