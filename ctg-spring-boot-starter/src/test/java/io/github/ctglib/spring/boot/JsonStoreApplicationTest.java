package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.spring.boot.testapp.CtgTestApplication;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same application with {@code ctg.store=json}: the JSON store in the configured directory, writing with
 * Spring Boot's {@code JsonMapper} (here told by {@code spring.jackson.json.write.escape-non-ascii} to escape
 * accents, which the format keeps from the host's mapper). The application still has its H2 DataSource, which
 * ctg leaves alone.
 */
@SpringBootTest(classes = CtgTestApplication.class, properties = {
        "ctg.store=json",
        "spring.jackson.json.write.escape-non-ascii=true"})
class JsonStoreApplicationTest {
    @TempDir
    static Path directory;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        properties.add("ctg.json.directory", () -> directory.resolve("conventions").toString());
    }

    @Autowired
    ConventionLifecycle lifecycle;
    @Autowired
    ConventionRepository repository;
    @Autowired
    ConventionJson json;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRepositoryIsTheJsonStoreInTheConfiguredDirectory() {
        assertThat(repository).isInstanceOfSatisfying(JsonConventionRepository.class,
                store -> assertThat(store.directory()).isEqualTo(directory.resolve("conventions")));
        assertThat(lifecycle.repository()).isSameAs(repository);
    }

    @Test
    void documentsAreWrittenWithSpringBootsMapperAndReadBackByAnyStore() throws IOException {
        Convention draft = TransactionScenarios.newDraft();

        lifecycle.create(draft, TransactionScenarios.ACTOR);

        String written = documentsMentioning(draft.getId()).get(0);
        assertThat(draft.getCaf().getName()).contains("é");
        assertThat(written).contains("CAF de l'H\\u00E9rault").doesNotContain("é");
        assertThat(JsonConventionRepository.open(directory.resolve("conventions")).findById(draft.getId()))
                .map(Convention::getTitle).contains(draft.getTitle());
        // The codec bean is the store's: an export with it is byte for byte what the store wrote.
        assertThat(new String(json.toBytes(repository.findById(draft.getId()).orElseThrow(),
                repository.history(draft.getId()).stream().findFirst()), StandardCharsets.UTF_8))
                .isEqualTo(written);
    }

    @Test
    void aJsonSaveIsNotPartOfSpringsTransactions() {
        Convention draft = TransactionScenarios.newDraft();

        transactions.executeWithoutResult(status -> {
            lifecycle.create(draft, TransactionScenarios.ACTOR);
            status.setRollbackOnly();
        });

        assertThat(repository.findById(draft.getId())).isPresent();
    }

    private List<String> documentsMentioning(String id) throws IOException {
        try (Stream<Path> files = Files.walk(directory.resolve("conventions"))) {
            List<String> documents = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".json"))
                    .map(JsonStoreApplicationTest::read)
                    .filter(text -> text.contains("\"" + id + "\""))
                    .toList();
            assertThat(documents).as("documents of %s", id).isNotEmpty();
            return documents;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
