package io.github.ctglib.storage.json;

import java.nio.file.Path;

/**
 * Where a store keeps what: the current document of each convention named by its id, every revision under
 * {@code history/<id>/<version>.json}, the lock and change-counter sidecars. Paths only; nothing is read here.
 */
record StoreLayout(Path directory) {
    static final String DOCUMENT_SUFFIX = ".json";
    static final String HISTORY = "history";
    static final String LOCK_FILE = ".ctg-store.lock";
    static final String CHANGE_COUNTER_FILE = ".ctg-store.changes";

    static String fileName(String id) {
        return id + DOCUMENT_SUFFIX;
    }

    /** The current documents: named {@code *.json}, not hidden (temp files start with '.'). */
    static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(DOCUMENT_SUFFIX) && !name.startsWith(".");
    }

    /** The id a current document's file name stands for. */
    static String idOf(String fileName) {
        return fileName.substring(0, fileName.length() - DOCUMENT_SUFFIX.length());
    }

    Path currentFile(String id) {
        return directory.resolve(fileName(id));
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    Path historyRoot() {
        return directory.resolve(HISTORY);
    }

    Path historyDirectory(String id) {
        return historyRoot().resolve(id);
    }

    Path revisionFile(String id, long version) {
        return historyDirectory(id).resolve(version + DOCUMENT_SUFFIX);
    }

    Path lockFile() {
        return directory.resolve(LOCK_FILE);
    }

    Path changeCounterFile() {
        return directory.resolve(CHANGE_COUNTER_FILE);
    }
}
