package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Stores and documents the tests start from. */
final class Fixtures {

    static final String ACTOR = "agent:test";

    private Fixtures() {}

    static String json(Path directory) {
        return "json:" + directory;
    }

    static String h2(Path directory) {
        return "jdbc:h2:" + directory.resolve("ctg").toAbsolutePath();
    }

    /** A JSON store in {@code directory} holding {@code conventions}, each saved once (version 1). */
    static String jsonStoreWith(Path directory, Convention... conventions) {
        ConventionRepository store = JsonConventionRepository.open(directory);
        for (Convention c : conventions) {
            store.save(c, new Change(ACTOR, Instant.parse("2024-01-10T08:00:00Z"), "Saved by the test"));
        }
        return json(directory);
    }

    /** A JSON store in {@code directory} where the demo left Frontignan's convention, evaluated (13 revisions). */
    static String demoStore(Path directory) {
        Cli.Result demo = Cli.run("demo", "--store", json(directory));
        if (demo.exitCode() != ExitCodes.OK) {
            throw new AssertionError("The demo failed: " + demo);
        }
        return json(directory);
    }

    /** The interchange document of {@code convention} in {@code file}. */
    static Path document(Path file, Convention convention) {
        try (OutputStream out = Files.newOutputStream(file)) {
            ConventionDocuments.write(convention, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path text(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String output) {
        return output.lines().toList();
    }
}
