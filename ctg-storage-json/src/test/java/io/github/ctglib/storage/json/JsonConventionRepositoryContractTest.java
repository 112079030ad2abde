package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.format.json.SchemaCheck;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The JSON store passes the contract of every repository; and each document it wrote conforms to the schema. */
class JsonConventionRepositoryContractTest extends ConventionRepositoryContract {

    @TempDir
    Path dir;

    @Override
    protected ConventionRepository repository() {
        return JsonConventionRepository.open(dir);
    }

    @Override
    protected void afterEach() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".json") && !AtomicFiles.isTemp(f))
                    .forEach(f -> assertThat(SchemaCheck.errors(f)).as(f.toString()).isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
