package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** "Label   value" lines whose values start in one column: summaries and the show command. */
final class LabelledLines {

    private record Line(String label, String value) {}

    private final List<Line> lines = new ArrayList<>();

    LabelledLines add(String label, String value) {
        lines.add(new Line(label, value));
        return this;
    }

    void print(PrintWriter out, String indent) {
        int width = lines.stream().mapToInt(l -> l.label().codePointCount(0, l.label().length())).max().orElse(0);
        for (Line line : lines) {
            int padding = width - line.label().codePointCount(0, line.label().length());
            out.println((indent + line.label() + " ".repeat(padding) + "  " + line.value()).stripTrailing());
        }
    }
}
