package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Separated rows as RFC 4180 writes them: a field with the separator, a quote or a line break is quoted. The
 * separator is a comma, or a semicolon for spreadsheets set to French (which also expect a byte-order mark to
 * read UTF-8, and a decimal comma).
 */
final class Csv {

    private final PrintWriter out;
    private final char separator;

    Csv(PrintWriter out) {
        this(out, ',');
    }

    Csv(PrintWriter out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    /** The flavour French spreadsheets open as columns: {@code ;} apart, after a UTF-8 byte-order mark. */
    static Csv forSpreadsheet(PrintWriter out) {
        out.print('\uFEFF');
        return new Csv(out, ';');
    }

    boolean decimalComma() {
        return separator == ';';
    }

    void row(Object... fields) {
        out.print(Arrays.stream(fields).map(String::valueOf).map(this::field)
                .collect(Collectors.joining(String.valueOf(separator))));
        out.print("\r\n");
    }

    void blank() {
        out.print("\r\n");
    }

    String field(String value) {
        if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
