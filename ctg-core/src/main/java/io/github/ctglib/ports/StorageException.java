package io.github.ctglib.ports;

/** Storage failed (a file, a database): nothing was written. The message names what and what to do. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
