/**
 * ctg's JDBC store: {@code JdbcConventionRepository} on H2, PostgreSQL or MariaDB, over the host's
 * {@code DataSource}, with its schema's migrations.
 *
 * <p>An open module: its SQL scripts under {@code db/ctg/} sit in folders that hold no class, which a module
 * cannot open one by one, and a host that migrates the schema with its own Flyway reads them through a class
 * loader, which finds a module's resources only in open packages. Only {@code io.github.ctglib.storage.jdbc}
 * is exported: the API is that package alone.
 */
open module io.github.ctglib.storage.jdbc {
    requires transitive io.github.ctglib.core;
    requires transitive java.sql;
    requires io.github.ctglib.format.json;
    requires org.slf4j;

    exports io.github.ctglib.storage.jdbc;
}
