package io.github.ctglib.storage.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Runs a test class only when {@link TestDatabase#MARIADB_URL} names a MariaDB database; otherwise it is
 * skipped with a message saying how to enable it. CI sets the variable, so there these tests always run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = TestDatabase.MARIADB_URL, matches = ".+",
        disabledReason = TestDatabase.MARIADB_DISABLED)
@interface EnabledWithMariaDb {}
