package io.github.ctglib.storage.jdbc;

/** What {@link JdbcConventionRepository.Builder#build()} does with the database schema. */
public enum SchemaMode {
    /**
     * Creates the schema and its tables when missing and applies the scripts not yet applied, recording each
     * in the history table; several applications starting at once wait for each other. The default.
     */
    MIGRATE,
    /**
     * Checks that every script is applied, unchanged, and none unknown; changes nothing. Accepts a schema the
     * host applied with Flyway from the shipped scripts into the same history table.
     */
    VALIDATE,
    /**
     * Leaves the schema to the host (e.g. Flyway pointed at {@code db/ctg/common} and {@code db/ctg/<dialect>}):
     * checks nothing.
     */
    NONE
}
