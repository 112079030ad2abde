package io.github.ctglib.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash (and zsh) completion script of {@code ctg}, from the same command tree the tool runs, so it
 * always knows every command and option: {@code source ctg_completion.bash}. Run by the build.
 */
public final class CompletionScript {

    private CompletionScript() {}

    /** The script, for the command name {@code ctg}. */
    static String bash() {
        return AutoComplete.bash("ctg", CtgCli.commandLine(Environment.system()));
    }

    /**
     * Writes the script to {@code args[0]}, the build's {@code target/ctg_completion.bash}.
     *
     * @param args where to write the script
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CompletionScript OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, bash(), StandardCharsets.UTF_8);
    }
}
