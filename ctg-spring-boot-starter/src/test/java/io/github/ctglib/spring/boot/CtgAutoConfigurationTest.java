package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.rules.CtgPolicy;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.vocabulary.ActionField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auto-configuration's choices, each in a context of its own: the application's beans win, a store is
 * chosen as the properties say, and a configuration that names no usable store fails at start with what to set.
 */
class CtgAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CtgAutoConfiguration.class));
    private final ApplicationContextRunner withH2 = runner
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:ctg_autoconfig;DB_CLOSE_DELAY=-1");

    @TempDir
    Path directory;

    @Test
    void isRegisteredAsAnAutoConfiguration() {
        List<String> candidates = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);
        assertThat(candidates).contains(CtgAutoConfiguration.class.getName());
    }

    @Test
    void theApplicationsRepositoryWins() {
        InMemoryConventionRepository own = new InMemoryConventionRepository();
        withH2.withBean(ConventionRepository.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(ConventionRepository.class);
            assertThat(context.getBean(ConventionLifecycle.class).repository()).isSameAs(own);
        });
    }

    @Test
    void theApplicationsLifecycleWins() {
        ConventionLifecycle own = ConventionLifecycle.builder(new InMemoryConventionRepository()).build();
        withH2.withBean(ConventionLifecycle.class, () -> own).run(context ->
                assertThat(context.getBean(ConventionLifecycle.class)).isSameAs(own));
    }

    @Test
    void theApplicationsPolicyIsTheLifecycles() {
        CtgPolicy stricter = CtgPolicy.builder()
                .requiredFields(EnumSet.of(ActionField.EARLY_CHILDHOOD, ActionField.YOUTH))
                .minimumOtherFields(2)
                .build();
        runner.withBean(ConventionRepository.class, InMemoryConventionRepository::new)
                .withBean(CtgPolicy.class, () -> stricter)
                .run(context -> assertThat(context.getBean(ConventionLifecycle.class).policy()).isSameAs(stricter));
        runner.withBean(ConventionRepository.class, InMemoryConventionRepository::new).run(context ->
                assertThat(context.getBean(ConventionLifecycle.class).policy()).isEqualTo(CtgPolicy.standard()));
    }

    @Test
    void aDataSourceAloneMeansTheJdbcStore() {
        withH2.run(context -> assertThat(context.getBean(ConventionRepository.class))
                .isInstanceOf(JdbcConventionRepository.class));
    }

    @Test
    void aJsonDirectoryIsChosenOverTheDataSourceWhenTheStoreIsNotNamed() {
        withH2.withPropertyValues("ctg.json.directory=" + directory).run(context ->
                assertThat(context.getBean(ConventionRepository.class).getClass().getSimpleName())
                        .isEqualTo("JsonConventionRepository"));
    }

    @Test
    void noStoreFailsAtStartSayingWhatToSet() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessage(StoreChoice.NO_STORE));
    }

    @Test
    void aJsonStoreNeedsItsDirectory() {
        withH2.withPropertyValues("ctg.store=json").run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("ctg.store=json needs ctg.json.directory"));
    }

    @Test
    void aJdbcStoreNeedsADataSource() {
        runner.withPropertyValues("ctg.store=jdbc").run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("ctg.store=jdbc needs a DataSource")
                .hasMessageContaining("spring.datasource.url"));
    }

    @Test
    void aJdbcStoreAndAJsonDirectoryContradictEachOther() {
        withH2.withPropertyValues("ctg.store=jdbc", "ctg.json.directory=" + directory).run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("contradict each other").hasMessageContaining("ctg.json.directory"));
    }

    @Test
    void anUnknownStoreIsRefusedByName() {
        withH2.withPropertyValues("ctg.store=xml").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("ctg.store").hasStackTraceContaining("xml"));
    }

    @Test
    void aSchemaThatIsNoPlainIdentifierIsRefusedNamingTheProperty() {
        withH2.withPropertyValues("ctg.jdbc.schema=ctg-data").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("ctg.jdbc.schema: Invalid schema 'ctg-data'"));
    }

    @Test
    void aTablePrefixThatIsNoPlainIdentifierIsRefusedNamingTheProperty() {
        withH2.withPropertyValues("ctg.jdbc.table-prefix=ctg-").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("ctg.jdbc.table-prefix: Invalid tablePrefix 'ctg-'"));
    }

    @Test
    void validateRefusesADatabaseThatWasNeverMigrated() {
        withH2.withPropertyValues("spring.datasource.url=jdbc:h2:mem:ctg_never_migrated;DB_CLOSE_DELAY=-1",
                "ctg.jdbc.migration=validate").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("ctg.jdbc.migration=VALIDATE: The ctg schema is not installed")
                .hasStackTraceContaining("set ctg.jdbc.migration=migrate"));
    }

    @Test
    void severalDataSourcesWithoutAPrimaryOneAreRefused() {
        runner.withBean("first", DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:first"))
                .withBean("second", DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:second"))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("several DataSource beans").hasMessageContaining("@Primary"));
    }

    @Test
    void thePropertiesAreDescribedForIdes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
            JsonNode metadata = JsonMapper.builder().build().readTree(in);
            List<String> names = new ArrayList<>();
            metadata.get("properties").forEach(property -> {
                assertThat(property.path("description").asString()).as(property.toString()).isNotBlank();
                names.add(property.get("name").asString());
            });
            assertThat(names).containsExactlyInAnyOrder("ctg.store", "ctg.json.directory", "ctg.jdbc.schema",
                    "ctg.jdbc.table-prefix", "ctg.jdbc.migration", "ctg.jdbc.migration-lock-wait");
        }
    }
}
