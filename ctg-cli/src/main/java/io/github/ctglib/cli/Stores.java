package io.github.ctglib.cli;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.jdbc.SchemaMode;
import io.github.ctglib.storage.jdbc.SchemaNotInstalledException;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens the store a URI names: {@code json:DIR}, {@code jdbc:h2:…}, {@code jdbc:postgresql://…} or
 * {@code jdbc:mariadb://…}.
 *
 * <p>A command that only reads opens its store {@link Access#READ}: it creates nothing (no directory, no
 * database file, no table) and says so when the store is not there yet.
 */
final class Stores {

    /**
     * A JSON store under {@code ./ctg-data/conventions}, created by the first command that writes: durable when a
     * save returns (H2 is not, see the README), plain files a person can read.
     */
    static final String DEFAULT_URI = "json:./ctg-data/conventions";

    /** Whether the default store exists (in the working directory); looking creates nothing. */
    static boolean defaultExists() {
        return Files.isDirectory(Path.of(DEFAULT_URI.substring("json:".length())));
    }

    /** Keeps a PostgreSQL or MariaDB password out of the command line (and the process list): used when the URI has none. */
    static final String PASSWORD_VARIABLE = "CTG_STORE_PASSWORD";

    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[[0-9]{5}-[0-9]{3}\\]");
    private static final Secrets URI_SECRETS = new Secrets(java.util.Optional.empty());

    private static final String JSON = "json:";
    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final String MARIADB = "jdbc:mariadb:";

    /** H2's error codes: the database does not exist (with IFEXISTS), or another process has it open. */
    private static final int H2_NOT_FOUND = 90146;
    private static final int H2_NOT_FOUND_OLD = 90013;
    private static final int H2_IN_USE = 90020;


    enum Access {
        /** List, show, export…: nothing is created. */
        READ,
        /** Import, demo, copy's target: the store is created on first use. */
        WRITE
    }

    private final Messages text;
    private final UnaryOperator<String> variables;

    Stores(Messages text, UnaryOperator<String> variables) {
        this.text = text;
        this.variables = variables;
    }

    /**
     * A driver's message as a person reads it: without the SQL statement H2 appends nor its internal error
     * numbers ({@code [90020-232]}); {@code --verbose} shows the whole exception.
     */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        int sql = message.indexOf("; SQL statement:");
        String head = sql < 0 ? message : message.substring(0, sql);
        return H2_CODE.matcher(head).replaceAll("").strip();
    }

    /** The URI as the tool prints it: without its password. */
    static String shown(String uri) {
        return URI_SECRETS.mask(uri);
    }

    Store open(String uri, Access access) {
        Secrets.learnFrom(uri);
        String lower = uri.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith(JSON)) {
                return openJson(uri, uri.substring(JSON.length()), access);
            }
            if (lower.startsWith(H2)) {
                return openH2(uri, access);
            }
            if (lower.startsWith(POSTGRESQL)) {
                return openPostgresql(uri, access);
            }
            if (lower.startsWith(MARIADB)) {
                return new Store(uri, build(mariadb(uri), access), List.of());
            }
        } catch (StorageException e) {
            // The hint about installing the tables only where they are missing: not for a JSON directory, nor
            // for a database that cannot be reached.
            throw CliException.badInput(text.get("store.unusable", shown(uri), plain(e.getMessage()),
                    e instanceof SchemaNotInstalledException ? text.get("store.unusable.read") : ""), e);
        }
        throw CliException.badInput(text.get("store.unknown", shown(uri)));
    }

    private Store openJson(String uri, String directory, Access access) {
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            throw CliException.badInput(text.get("store.json.path", uri, e.getMessage()), e);
        }
        if (directory.isBlank()) {
            throw CliException.badInput(text.get("store.json.path", uri, text.get("store.json.empty")));
        }
        if (access == Access.READ && !Files.isDirectory(path)) {
            throw CliException.badInput(text.get("store.json.missing", uri, path.toAbsolutePath()));
        }
        return new Store(uri, JsonConventionRepository.open(path), List.of());
    }

    private Store openH2(String uri, Access access) {
        JdbcDataSource dataSource = new JdbcDataSource();
        boolean inMemory = uri.regionMatches(true, H2.length(), "mem:", 0, 4);
        // Reading must not create an empty database file where the user mistyped a path.
        boolean mustExist = access == Access.READ && !inMemory && !uri.toUpperCase(Locale.ROOT).contains(";IFEXISTS=");
        String url = mustExist ? uri + ";IFEXISTS=TRUE" : uri;
        // H2 writes a commit in the background within 500 ms by default, and a killed command lost every save
        // of that window (see ctg-storage-jdbc's README); with WRITE_DELAY=0 it loses far fewer, though H2 does
        // not promise none. A user's own setting wins.
        String upper = uri.toUpperCase(Locale.ROOT);
        if (!inMemory && !upper.contains(";WRITE_DELAY=")) {
            url += ";WRITE_DELAY=0";
        }
        // Nor leave an H2 trace file behind when it fails: a read-only command writes nothing.
        if (access == Access.READ && !upper.contains(";TRACE_LEVEL_FILE=")) {
            url += ";TRACE_LEVEL_FILE=0";
        }
        dataSource.setURL(url);
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            // Held for the whole command: an in-memory database lives as long as a connection to it, and a file
            // database is opened once instead of at every call.
            resources.add(dataSource.getConnection());
        } catch (SQLException e) {
            throw h2Failure(uri, e);
        }
        try {
            return new Store(uri, build(dataSource, access), resources);
        } catch (RuntimeException e) {
            Store.closeAll(uri, resources);
            throw e;
        }
    }

    private CliException h2Failure(String uri, SQLException e) {
        return switch (e.getErrorCode()) {
            case H2_NOT_FOUND, H2_NOT_FOUND_OLD -> CliException.badInput(text.get("store.h2.missing", shown(uri)), e);
            case H2_IN_USE -> CliException.badInput(text.get("store.h2.inUse", shown(uri)), e);
            default -> CliException.badInput(text.get("store.unusable", shown(uri), plain(e.getMessage()), ""), e);
        };
    }

    private Store openPostgresql(String uri, Access access) {
        return new Store(uri, build(postgresql(uri), access), List.of());
    }

    /** The driver's data source for {@code uri}; the password comes from the URI, else from the environment. */
    PGSimpleDataSource postgresql(String uri) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(uri);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(text.get("store.unusable", shown(uri), e.getMessage(), ""), e);
        }
        String password = variables.apply(PASSWORD_VARIABLE);
        if (dataSource.getPassword() == null && password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** The driver's data source for {@code uri}; the password comes from the URI, else from the environment. */
    MariaDbDataSource mariadb(String uri) {
        MariaDbDataSource dataSource;
        try {
            dataSource = new MariaDbDataSource(uri);
        } catch (SQLException | IllegalArgumentException e) {
            throw CliException.badInput(text.get("store.unusable", shown(uri), e.getMessage(), ""), e);
        }
        String password = variables.apply(PASSWORD_VARIABLE);
        if (URI_SECRETS.mask(uri).equals(uri) && password != null) {
            try {
                dataSource.setPassword(password);
            } catch (SQLException e) {
                throw CliException.badInput(text.get("store.unusable", shown(uri), e.getMessage(), ""), e);
            }
        }
        return dataSource;
    }

    /** Reading only checks the ctg tables are there; writing installs or upgrades them. */
    private static ConventionRepository build(DataSource dataSource, Access access) {
        return JdbcConventionRepository.builder(dataSource)
                .mode(access == Access.READ ? SchemaMode.VALIDATE : SchemaMode.MIGRATE)
                .build();
    }
}
