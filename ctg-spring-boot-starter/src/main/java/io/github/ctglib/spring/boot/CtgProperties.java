package io.github.ctglib.spring.boot;

import io.github.ctglib.storage.jdbc.SchemaMode;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ctg.*} properties: which store the application's conventions live in, and its options.
 *
 * @param store Which store keeps the conventions: jdbc (the application's DataSource) or json (a directory of
 *     documents). When unset: json if ctg.json.directory is set, else jdbc if the application has a DataSource.
 * @param json The options of the JSON store.
 * @param jdbc The options of the JDBC store.
 */
@ConfigurationProperties(prefix = "ctg")
public record CtgProperties(Store store, @DefaultValue Json json, @DefaultValue Jdbc jdbc) {

    /** The kinds of store ctg can keep conventions in. */
    public enum Store {
        /** A relational database (H2, PostgreSQL, MariaDB) behind the application's {@code DataSource}. */
        JDBC,
        /** A directory of JSON documents, one per revision ({@code ctg-storage-json}). */
        JSON
    }

    /**
     * The options of the JSON store.
     *
     * @param directory Directory of the JSON store, created when missing (e.g. ./ctg-data/conventions).
     */
    public record Json(Path directory) {
    }

    /**
     * The options of the JDBC store (see {@code JdbcConventionRepository.Builder}).
     *
     * @param schema Schema of ctg's tables, a plain identifier, created by MIGRATE when missing. Default: the
     *     connection's current schema.
     * @param tablePrefix Prefix of every table name (e.g. ctg_), to share a schema with other tables.
     * @param migration What to do with the schema at start: MIGRATE (apply the scripts not yet applied), VALIDATE
     *     (check that they all are, change nothing) or NONE (the application manages the schema).
     * @param migrationLockWait How long a start waits for another application migrating the same schema.
     */
    public record Jdbc(String schema, @DefaultValue("") String tablePrefix,
                       @DefaultValue("MIGRATE") SchemaMode migration,
                       @DefaultValue("2m") Duration migrationLockWait) {
    }
}
