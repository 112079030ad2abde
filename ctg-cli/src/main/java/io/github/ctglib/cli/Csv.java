package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Comma-separated rows as RFC 4180 writes them: a field with a comma, a quote or a line break is quoted. */
final class Csv {

    private final PrintWriter out;

    Csv(PrintWriter out) {
        this.out = out;
    }

    void row(Object... fields) {
        out.print(Arrays.stream(fields).map(String::valueOf).map(Csv::field).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    void blank() {
        out.print("\r\n");
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
