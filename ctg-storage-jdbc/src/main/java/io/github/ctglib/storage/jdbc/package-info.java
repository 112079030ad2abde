/**
 * Relational storage of conventions on H2, PostgreSQL and MariaDB through plain JDBC:
 * {@link io.github.ctglib.storage.jdbc.JdbcConventionRepository}, built on the host's
 * {@link javax.sql.DataSource}, each revision kept as its interchange document beside the search columns
 * derived from the model, everything database-specific in one dialect, the schema shipped as versioned SQL
 * scripts under {@code db/ctg/common/} and {@code db/ctg/<dialect>/} (see the module's README).
 */
package io.github.ctglib.storage.jdbc;
