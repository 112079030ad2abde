package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script knows every command and their options, and the build's entry point writes it. */
class CompletionScriptTest {

    @Test
    void knowsEveryCommandAndItsOptions() {
        String script = CompletionScript.bash();
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_ctg");
        for (String command : new String[] {"demo", "validate", "import", "export", "show", "history", "list",
            "report", "copy", "territory"}) {
            assertThat(script).as(command).contains(command);
        }
        assertThat(script).contains("--in-force-on", "--format", "--store", "--departement", "--on");
    }

    @Test
    void theBuildEntryPointWritesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/ctg_completion.bash");
        CompletionScript.main(new String[] {out.toString()});
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(CompletionScript.bash());
    }
}
