package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows under headers, printed as aligned text columns or as a Markdown table. */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
        this.rightAligned = new boolean[headers.length];
    }

    /** Numbers read best aligned on the right. */
    TextTable alignRight(int... columns) {
        for (int column : columns) {
            rightAligned[column] = true;
        }
        return this;
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("A row of " + headers + " needs " + headers.size() + " cells, not "
                    + Arrays.toString(cells));
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    void printText(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        printLine(out, indent, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        printLine(out, indent, rule, widths);
        for (List<String> row : rows) {
            printLine(out, indent, row, widths);
        }
    }

    void printMarkdown(PrintWriter out) {
        out.println(markdownLine(headers));
        List<String> rule = new ArrayList<>();
        for (boolean right : rightAligned) {
            rule.add(right ? "--:" : "---");
        }
        out.println(markdownLine(rule));
        for (List<String> row : rows) {
            out.println(markdownLine(row.stream().map(TextTable::escapeMarkdown).toList()));
        }
    }

    private void printLine(PrintWriter out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - width(cell));
            line.append(i == 0 ? "" : GAP).append(rightAligned[i] ? padding + cell : cell + padding);
        }
        out.println(line.toString().stripTrailing());
    }

    /** Characters as a terminal shows them (an accented letter is one, whatever its encoding in Java). */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String markdownLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String escapeMarkdown(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
