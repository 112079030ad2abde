package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness of the kill tests: what a killed child wrote is read to the last line. */
class ChildJvmTest {

    /**
     * Lines written in one go, 55 KB: less than a pipe holds (64 KiB on Linux), so that the write returns at once
     * and the parent can kill the child while the lines are still in the pipe, unread.
     */
    private static final int LINES = 5_000;

    @TempDir
    Path work;

    /**
     * The child of these tests: {@code flood <marker> <n>} prints lines 0…n-1 in one write, then creates the
     * marker file and waits to be killed; {@code echo} prints each line it reads on its input, and ends after
     * {@code STOP}.
     */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            if (args[0].equals("echo")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); !line.equals("STOP"); line = in.readLine()) {
                    out.println(line);
                    out.flush();
                }
                return;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                lines.append(line(i)).append('\n');
            }
            out.print(lines);
            out.flush();
            Files.createFile(Path.of(args[1]));
            Thread.sleep(120_000);
        }
    }

    private static String line(int i) {
        return String.format("LINE %05d", i);
    }

    @Test
    void everyLineWrittenBeforeTheKillIsReadAfterIt() throws Exception {
        Path marker = work.resolve("written");
        try (ChildJvm child = ChildJvm.start(ChildJvm.Launcher.plain(Child.class), work.resolve("errors.log"),
                "flood", marker.toString(), String.valueOf(LINES))) {
            while (!Files.exists(marker)) {
                Thread.onSpinWait(); // killed at once, while the reader is still at work
            }
            child.kill();
            // Process.destroyForcibly() would close the output with up to a pipe's worth of lines unread.
            assertThat(child.remainingLines()).containsExactlyElementsOf(
                    IntStream.range(0, LINES).mapToObj(ChildJvmTest::line).collect(Collectors.toList()));
        }
    }

    @Test
    void aChildThatEndsByItselfEndsItsOutputAndGivesItsExitCode() throws Exception {
        try (ChildJvm child = ChildJvm.start(ChildJvm.Launcher.plain(Child.class), work.resolve("errors.log"),
                "echo")) {
            child.send("first");
            assertThat(child.nextLine(60)).isEqualTo("first");
            child.send("second");
            child.send("STOP");
            assertThat(child.remainingLines()).isEqualTo(List.of("second"));
            assertThat(child.waitFor()).isZero();
            assertThat(child.poll(10)).as("nothing after the end").isNull();
        }
    }

    @Test
    void aSilentChildIsReportedByItsPid() throws Exception {
        Path marker = work.resolve("written");
        try (ChildJvm child = ChildJvm.start(ChildJvm.Launcher.plain(Child.class), work.resolve("errors.log"),
                "flood", marker.toString(), "0")) {
            assertThatThrownBy(() -> child.nextLine(1)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining(String.valueOf(child.pid())).hasMessageContaining("said nothing");
        }
    }
}
