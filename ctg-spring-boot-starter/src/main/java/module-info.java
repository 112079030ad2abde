/**
 * ctg's Spring Boot starter: the auto-configuration of the interchange format, a store (the application's
 * {@code DataSource} or a JSON directory) and the lifecycle. Spring's jars are automatic modules with stable
 * names (their {@code Automatic-Module-Name}).
 */
module io.github.ctglib.spring.boot {
    requires transitive io.github.ctglib.core;
    requires transitive io.github.ctglib.format.json;
    requires transitive io.github.ctglib.storage.json;
    requires transitive io.github.ctglib.storage.jdbc;
    requires transitive tools.jackson.databind;
    requires java.sql;
    requires org.slf4j;
    requires spring.beans;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.core;
    requires spring.jdbc;
    requires spring.tx;

    exports io.github.ctglib.spring.boot;

    // Spring reads the auto-configuration's class files as resources (its annotation metadata, with ASM) and binds
    // the properties record by reflection: a named module must open the package for both.
    opens io.github.ctglib.spring.boot;
}
