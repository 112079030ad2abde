package io.github.ctglib.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A versioned SQL script of the schema, {@code db/ctg/common/} (every dialect) or {@code db/ctg/<dialect>/}
 * (that dialect alone), named {@code V<version>__<description>.sql} as Flyway expects, with the placeholders
 * {@code ${schema}}, {@code ${prefix}} and the dialect's types ({@link Dialect#typePlaceholders()}).
 */
record MigrationScript(int version, String description, String fileName, String resource, String text) {

    private static final Pattern FILE_NAME = Pattern.compile("V([0-9]+)__([A-Za-z0-9_]+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_]+)}");

    /** The scripts a dialect applies, in version order: the shared ones and its own. */
    static List<MigrationScript> all(Dialect dialect) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String fileName : Dialect.COMMON_SCRIPTS) {
            scripts.add(load("common", fileName));
        }
        for (String fileName : dialect.ownScripts()) {
            scripts.add(load(dialect.folder, fileName));
        }
        scripts.sort(Comparator.comparingInt(MigrationScript::version));
        return scripts;
    }

    static MigrationScript load(String folder, String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("Script name " + fileName + " is not V<version>__<description>.sql");
        }
        String resource = "db/ctg/" + folder + "/" + fileName;
        try (InputStream in = MigrationScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + resource + " in ctg-storage-jdbc's jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return new MigrationScript(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
                    resource, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read schema script " + resource, e);
        }
    }

    /**
     * The script's checksum as Flyway computes it (CRC32 of its lines without their line breaks, before the
     * placeholders are replaced), so that a schema migrated by either is recognised by the other.
     */
    int checksum() {
        CRC32 crc = new CRC32();
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        withoutBom.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }

    /**
     * The script's statements with the placeholders replaced. Statements end with ';' outside quotes;
     * "--" comments are dropped.
     */
    List<String> statements(Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            String value = placeholders.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Script " + resource + " uses an unknown placeholder ${" + m.group(1) + "}");
            }
            m.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        m.appendTail(replaced);
        return split(replaced.toString());
    }

    private static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (!quoted && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                current.append('\n');
            } else if (!quoted && c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                if (c == '\'') {
                    quoted = !quoted;
                }
                current.append(c);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String trimmed = statement.toString().strip();
        if (!trimmed.isEmpty()) {
            statements.add(trimmed);
        }
    }
}
