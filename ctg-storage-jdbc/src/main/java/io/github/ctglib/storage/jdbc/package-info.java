/**
 * Relational storage of conventions on H2 and PostgreSQL through plain JDBC:
 * {@link io.github.ctglib.storage.jdbc.JdbcConventionRepository}, built on the host's
 * {@link javax.sql.DataSource}, with normalised tables, every revision kept, and its schema shipped as
 * versioned SQL scripts under {@code db/ctg/<dialect>/} (see the module's README).
 */
package io.github.ctglib.storage.jdbc;
