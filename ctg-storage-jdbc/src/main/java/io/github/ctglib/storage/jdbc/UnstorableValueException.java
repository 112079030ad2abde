package io.github.ctglib.storage.jdbc;

/**
 * A value of a convention does not fit its database column (too long, too many digits, a character the
 * database cannot keep). Raised before anything is sent to the database, so nothing was written.
 */
public class UnstorableValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The id of the convention the value belongs to. */
    private final String conventionId;
    /** The value's path in the model. */
    private final String field;

    UnstorableValueException(String conventionId, String field, String problem) {
        super("Convention " + conventionId + ": " + field + " " + problem);
        this.conventionId = conventionId;
        this.field = field;
    }

    /** {@return the id of the convention the value belongs to} */
    public String conventionId() {
        return conventionId;
    }

    /** {@return the value's path in the model, e.g. {@code actions[3].budget[0].funder}} */
    public String field() {
        return field;
    }
}
