package io.github.ctglib.spring.boot;

import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.LifecycleListener;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.rules.CtgPolicy;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.jdbc.SchemaNotInstalledException;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.territory.Geography;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configures ctg in a Spring Boot application: the interchange format on Spring's {@link JsonMapper}, a
 * {@link ConventionRepository} on the application's {@link DataSource} or on a JSON directory (as the
 * {@code ctg.*} properties say, see {@link CtgProperties}), and the {@link ConventionLifecycle} on it. Each bean
 * is created only when the application defines none of its type, so an application overrides any of them by
 * declaring its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(CtgProperties.class)
public class CtgAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CtgAutoConfiguration.class);

    /** Creates the auto-configuration (Spring does). */
    public CtgAutoConfiguration() {
        // Nothing to set up: every bean is made by its own method.
    }

    /**
     * The codec of the interchange document ({@code ctg-convention}): on a copy of the application's
     * {@link JsonMapper} when it has one (Spring Boot's, configured by {@code spring.jackson.*}), else on
     * Jackson's defaults. The format fixes what it must whatever the mapper says (see {@link ConventionJson}).
     *
     * @param mappers the application's JSON mapper, if it has a single one
     * @return the codec the JSON store writes with, to export and import documents too
     */
    @Bean
    @ConditionalOnMissingBean
    public ConventionJson ctgConventionJson(ObjectProvider<JsonMapper> mappers) {
        JsonMapper mapper = mappers.getIfUnique();
        return mapper == null ? ConventionJson.standard() : ConventionJson.using(mapper);
    }

    /**
     * Where conventions are stored: the JSON directory or the application's {@code DataSource}, as
     * {@code ctg.store} says or, when unset, as the configuration suggests (see {@link CtgProperties#store()}).
     * On a {@code DataSource}, saves join the Spring transaction active on it ({@link SpringConnectionProvider}).
     *
     * @param properties the {@code ctg.*} properties
     * @param dataSources the application's data source, if it has a single (or a primary) one
     * @param json the codec of the JSON store
     * @return the repository, its schema migrated or validated (JDBC) or its directory opened (JSON)
     * @throws IllegalStateException when the properties name no usable store, with what to set
     */
    @Bean
    @ConditionalOnMissingBean
    public ConventionRepository ctgConventionRepository(CtgProperties properties,
                                                        ObjectProvider<DataSource> dataSources,
                                                        ConventionJson json) {
        CtgProperties.Store store = StoreChoice.of(properties, dataSources.stream().findAny().isPresent());
        return switch (store) {
            case JSON -> {
                LOG.info("ctg stores conventions as JSON documents in {}", properties.json().directory());
                yield JsonConventionRepository.open(properties.json().directory(), json);
            }
            case JDBC -> jdbc(properties.jdbc(), uniqueDataSource(dataSources));
        };
    }

    /**
     * The entry point of every use case, on the repository: with the application's {@link Clock},
     * {@link Geography} and {@link CtgPolicy} beans when it has them (else the UTC system clock, the bundled
     * geography, the standard policy), and every {@link LifecycleListener} bean, in their order.
     *
     * @param repository the conventions' store
     * @param clocks the application's clock, if any
     * @param geographies the application's geography, if any
     * @param policies the application's policy, if any
     * @param listeners the application's lifecycle listeners
     * @return the lifecycle; {@code as(actor)} gives it for one actor's scope
     */
    @Bean
    @ConditionalOnMissingBean
    public ConventionLifecycle ctgConventionLifecycle(ConventionRepository repository,
                                                      ObjectProvider<Clock> clocks,
                                                      ObjectProvider<Geography> geographies,
                                                      ObjectProvider<CtgPolicy> policies,
                                                      ObjectProvider<LifecycleListener> listeners) {
        ConventionLifecycle.Builder builder = ConventionLifecycle.builder(repository)
                .clock(clocks.getIfUnique(Clock::systemUTC))
                .policy(policies.getIfUnique(CtgPolicy::standard));
        geographies.ifUnique(builder::geography);
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    private static ConventionRepository jdbc(CtgProperties.Jdbc options, DataSource dataSource) {
        JdbcConventionRepository.Builder builder = JdbcConventionRepository.builder(dataSource)
                .mode(options.migration())
                .migrationLockWait(options.migrationLockWait())
                .connectionProvider(SpringConnectionProvider.of(dataSource));
        try {
            builder.tablePrefix(options.tablePrefix());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ctg.jdbc.table-prefix: " + e.getMessage(), e);
        }
        if (options.schema() != null && !options.schema().isBlank()) {
            try {
                builder.schema(options.schema());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("ctg.jdbc.schema: " + e.getMessage(), e);
            }
        }
        JdbcConventionRepository repository;
        try {
            repository = builder.build();
        } catch (SchemaNotInstalledException e) {
            throw new IllegalStateException("ctg.jdbc.migration=" + options.migration() + ": " + e.getMessage()
                    + " In this application: set ctg.jdbc.migration=migrate, or migrate the schema with Flyway.", e);
        }
        LOG.info("ctg stores conventions in {}, joining Spring's transactions", repository);
        return repository;
    }

    private static DataSource uniqueDataSource(ObjectProvider<DataSource> dataSources) {
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new IllegalStateException("ctg.store=jdbc: the application has several DataSource beans and"
                    + " none is @Primary. Mark the one for ctg @Primary, or declare your own ConventionRepository"
                    + " bean (JdbcConventionRepository.builder(dataSource)"
                    + ".connectionProvider(SpringConnectionProvider.of(dataSource)).build()).");
        }
        return dataSource;
    }
}
