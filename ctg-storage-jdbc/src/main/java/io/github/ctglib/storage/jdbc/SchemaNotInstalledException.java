package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;

/**
 * The database holds no ctg schema and the repository was asked to validate one, not to install it
 * ({@link SchemaMode#VALIDATE}): a read-only tool can say that a command that writes would install it.
 */
public class SchemaNotInstalledException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * The schema is missing, as {@code message} explains.
     *
     * @param message what is missing and what to do
     */
    public SchemaNotInstalledException(String message) {
        super(message);
    }
}
