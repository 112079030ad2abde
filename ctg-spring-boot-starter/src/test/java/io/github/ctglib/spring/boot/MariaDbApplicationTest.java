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
 * The Spring Boot application on the MariaDB named by {@value #MARIADB_URL}, in a database (MariaDB's schema) of
 * its own ({@code ctg_spring_…}, created by ctg's migration and dropped afterwards).
 */
@SpringBootTest(classes = CtgTestApplication.class)
@EnabledIfEnvironmentVariable(named = MariaDbApplicationTest.MARIADB_URL, matches = ".+",
        disabledReason = "Set CTG_TEST_MARIADB_URL (e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root)"
                + " to run the Spring Boot application test on MariaDB")
class MariaDbApplicationTest extends TransactionScenarios {
    static final String MARIADB_URL = "CTG_TEST_MARIADB_URL";
    private static final String SCHEMA = "ctg_spring_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> System.getenv(MARIADB_URL));
        properties.add("ctg.jdbc.schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv(MARIADB_URL));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }
}
