package io.github.ctglib.storage.jdbc;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The schema and table prefix the tables live under. Both are checked as plain SQL identifiers: they are
 * the only text ever put into SQL rather than bound as a parameter.
 */
record SqlNames(String schema, String prefix) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Leaves room for the longest name derived from a prefix within PostgreSQL's 63 characters. */
    static final int MAX_PREFIX = 20;
    static final int MAX_SCHEMA = 63;
    static final String HISTORY_TABLE = "ctg_schema_history";

    SqlNames {
        requireIdentifier(schema, "schema", MAX_SCHEMA);
        if (!prefix.isEmpty()) {
            requireIdentifier(prefix, "tablePrefix", MAX_PREFIX);
        }
    }

    /**
     * @throws IllegalArgumentException naming the option and the accepted form
     */
    static String requireIdentifier(String value, String option, int maxLength) {
        if (value == null || value.length() > maxLength || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "': use 1 to " + maxLength
                    + " ASCII letters, digits or '_', not starting with a digit (a plain SQL identifier, not quoted)");
        }
        return value;
    }

    String qualified(String baseName) {
        return schema + "." + prefix + baseName;
    }

    /** The values of the scripts' placeholders. */
    Map<String, String> placeholders() {
        return Map.of("schema", schema, "prefix", prefix);
    }
}
