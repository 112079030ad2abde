package io.github.ctglib.opendata;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The illustrative files of src/test/resources/…/fixtures (see the README there). */
final class Fixtures {

    private Fixtures() {}

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }
}
