package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store never reaches its own files through a symbolic link, so that no file outside it is read, written
 * or deleted: every path below the store's directory is checked link by link, and files are opened with
 * {@link java.nio.file.LinkOption#NOFOLLOW_LINKS} where the API allows (against a link made after the check).
 * The store's directory itself may be a link: that is where the user put the store.
 */
final class Links {

    private Links() {}

    /** What a link is and why the store does not follow it; {@code remedy} says what to do. */
    static String describe(Path link, String remedy) {
        return link + " is " + problem(link, remedy);
    }

    /** The same, for a message that names the file already: "a symbolic link (to …): …". */
    static String problem(Path link, String remedy) {
        String target;
        try {
            target = " (to " + Files.readSymbolicLink(link) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            target = "";
        }
        return "a symbolic link" + target + ": the store never follows links, so that no file outside"
                + " it is read, written or deleted. " + remedy;
    }

    /**
     * The first link among {@code path} and its parents below {@code directory} (so the real path of
     * {@code path} is under the real path of {@code directory}), or null when there is none.
     */
    static Path firstLink(Path directory, Path path) {
        Path below = directory;
        for (Path name : directory.relativize(path)) {
            below = below.resolve(name);
            if (Files.isSymbolicLink(below)) {
                return below;
            }
        }
        return null;
    }

    /** Throws when {@code path} or one of its parents below {@code directory} is a link; nothing is touched. */
    static void requireNone(Path directory, Path path, String remedy) {
        Path link = firstLink(directory, path);
        if (link != null) {
            throw new StorageException(describe(link, remedy));
        }
    }
}
