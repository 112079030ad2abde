package io.github.ctglib.opendata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as the publishers export it: fields apart by {@code ;} (or {@code ,} when the header line has no
 * {@code ;}), quoted by {@code "} with {@code ""} inside (RFC 4180), lines ending in LF or CRLF, UTF-8 with or
 * without a byte-order mark. A file that is not UTF-8 is read as Windows-1252 (older INSEE files), and says so.
 * Every row keeps its line number; a row with another number of fields than the header is an error naming it.
 */
final class CsvTable {

    /** A row: its cells, and the line it starts on. */
    record Row(int line, List<String> cells) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;
    private final char separator;
    private final boolean utf8;

    private CsvTable(Path file, List<String> header, List<Row> rows, char separator, boolean utf8) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.separator = separator;
        this.utf8 = utf8;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /**
     * Reads the whole file.
     *
     * @throws IOException         when it cannot be read
     * @throws OpenDataException   naming the line when it is not CSV (an unclosed quote, a row of the wrong width)
     */
    static CsvTable read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        boolean utf8 = true;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            utf8 = false;
        }
        return parse(file, text, utf8);
    }

    static CsvTable parse(Path file, String text, boolean utf8) {
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> records = records(file, text, separator);
        if (records.isEmpty() || records.get(0).cells().stream().allMatch(String::isBlank)) {
            throw new OpenDataException(file, 1, 0, "empty file: a header line of column names was expected");
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (Row row : records.subList(1, records.size())) {
            if (row.cells().size() == 1 && row.cells().get(0).isBlank()) {
                continue; // an empty line, often the last one
            }
            if (row.cells().size() != header.size()) {
                throw new OpenDataException(file, row.line(), 0, "this row has " + row.cells().size()
                        + " fields and the header " + header.size() + " (fields apart by '" + separator + "')");
            }
            rows.add(row);
        }
        return new CsvTable(file, header, Collections.unmodifiableList(rows), separator, utf8);
    }

    private static List<Row> records(Path file, String text, char separator) {
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Row(recordLine, List.copyOf(cells)));
                cells.clear();
                line++;
                recordLine = line;
                any = false;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new OpenDataException(file, quoteLine, 0, "a quoted field opened on this line is never closed");
        }
        if (any || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Row(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    Path file() {
        return file;
    }

    /** The column names, as the header gives them (stripped). */
    List<String> header() {
        return header;
    }

    /** The rows after the header, empty lines left out. */
    List<Row> rows() {
        return rows;
    }

    char separator() {
        return separator;
    }

    /** Whether the file was UTF-8 (else it was read as Windows-1252). */
    boolean isUtf8() {
        return utf8;
    }

    /** The index of the column named {@code name}, whatever its case. */
    Optional<Integer> column(String name) {
        return Optional.ofNullable(columns.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether the header names every one of {@code names}, whatever their case. */
    boolean hasColumns(String... names) {
        for (String name : names) {
            if (column(name).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
