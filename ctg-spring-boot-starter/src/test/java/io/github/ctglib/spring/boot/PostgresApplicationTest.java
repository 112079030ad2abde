package io.github.ctglib.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import io.github.ctglib.spring.boot.testapp.CtgTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring Boot application on the PostgreSQL named by {@value #POSTGRES_URL}, in a schema of its own
 * ({@code ctg_spring_…}, created by ctg's migration and dropped afterwards).
 */
@SpringBootTest(classes = CtgTestApplication.class)
@EnabledIfEnvironmentVariable(named = PostgresApplicationTest.POSTGRES_URL, matches = ".+",
        disabledReason = "Set CTG_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
                + " to run the Spring Boot application test on PostgreSQL")
class PostgresApplicationTest extends TransactionScenarios {
    static final String POSTGRES_URL = "CTG_TEST_POSTGRES_URL";
    private static final String SCHEMA = "ctg_spring_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> System.getenv(POSTGRES_URL));
        properties.add("ctg.jdbc.schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv(POSTGRES_URL));
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
