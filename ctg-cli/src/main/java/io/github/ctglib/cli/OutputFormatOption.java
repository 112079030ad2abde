package io.github.ctglib.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, on the commands whose answer a script may read. */
final class OutputFormatOption {

    enum Format {
        text,
        json
    }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "output.format")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
