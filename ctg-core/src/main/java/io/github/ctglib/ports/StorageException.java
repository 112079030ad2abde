package io.github.ctglib.ports;

/** Storage failed (a file, a database): nothing was written. The message names what and what to do. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure, as {@code message} explains it.
     *
     * @param message what failed and what to do
     */
    public StorageException(String message) {
        super(message);
    }

    /**
     * A failure, as {@code message} explains it, and its cause.
     *
     * @param message what failed and what to do
     * @param cause the failure of the file system or the database
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
