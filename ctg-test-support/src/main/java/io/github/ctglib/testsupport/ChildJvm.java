package io.github.ctglib.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test program (a class with a {@code main}) in a JVM of its own, on this JVM's class path, whose output
 * lines arrive in a queue: the harness of the kill tests of every store, which kill it with
 * {@link #kill()} (SIGKILL: no shutdown hook, no flush); every line the child wrote before it died still
 * arrives. Children start with C1 only and class data
 * sharing: a JVM start costs most of each kill, and loading Jackson and Hibernate Validator most of a start.
 */
public final class ChildJvm implements AutoCloseable {

    /** A line that is never printed: the child's output ended. */
    public static final String END = "\u0000END";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Why the output could not be read to its end, if it could not. */
    private volatile IOException readFailure;

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // Only close() closes the stream before its end; a test reading after that is told.
                readFailure = e;
            } finally {
                lines.add(END);
            }
        }, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the launcher's program with {@code args}, its standard error going to {@code errorLog}.
     *
     * @param launcher the java command and the program's class
     * @param errorLog the file that receives the child's standard error
     * @param args the program's arguments
     * @return the running child
     */
    public static ChildJvm start(Launcher launcher, Path errorLog, String... args) {
        List<String> command = new ArrayList<>(launcher.command());
        command.add(launcher.mainClass());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()))
                    .start();
            return new ChildJvm(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next line, or {@link #END}; fails after {@code seconds}.
     *
     * @param seconds how long to wait for it
     * @return the line, or {@link #END} once the output ended
     * @throws InterruptedException when the test's thread is interrupted while waiting
     */
    public String nextLine(int seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("The child JVM " + process.pid() + " said nothing for " + seconds + " s");
        }
        return whole(line);
    }

    /**
     * The next line, {@link #END}, or {@code null} when none came within {@code millis}.
     *
     * @param millis how long to wait for it
     * @return the line, {@link #END} once the output ended, or {@code null}
     * @throws InterruptedException when the test's thread is interrupted while waiting
     */
    public String poll(long millis) throws InterruptedException {
        String line = lines.poll(millis, TimeUnit.MILLISECONDS);
        return line == null ? null : whole(line);
    }

    /** The line, unless it is the end of an output that was not read to its end: a test must not miss a line. */
    private String whole(String line) {
        if (line.equals(END) && readFailure != null) {
            throw new AssertionError("The output of the child JVM " + process.pid() + " was cut: " + readFailure);
        }
        return line;
    }

    /**
     * Every line it printed, once it has ended.
     *
     * @return the lines not read yet, up to its end
     * @throws InterruptedException when the test's thread is interrupted while waiting
     */
    public List<String> remainingLines() throws InterruptedException {
        List<String> rest = new ArrayList<>();
        for (String line = nextLine(60); !line.equals(END); line = nextLine(60)) {
            rest.add(line);
        }
        return rest;
    }

    /**
     * Writes {@code line} and a line break to the child's standard input.
     *
     * @param line the line, without its line break
     * @throws IOException when the child's input is closed (it ended)
     */
    public void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** {@return the child's process id, as it names itself in what it writes} */
    public long pid() {
        return process.pid();
    }

    /**
     * Kills the child at once (SIGKILL: no shutdown hook, no flush) and waits for its end. The lines it wrote
     * before it died can still be read, up to {@link #END}.
     *
     * @throws InterruptedException when the test's thread is interrupted while waiting
     */
    public void kill() throws InterruptedException {
        // Not Process.destroyForcibly(): it also closes the child's output, and the lines still in the pipe,
        // written before the kill but not read yet, are lost; a harness would then take a save that was
        // announced for one that was not.
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    /**
     * Waits for the child's end, two minutes at most.
     *
     * @return its exit code
     * @throws InterruptedException when the test's thread is interrupted while waiting
     */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("The child JVM " + process.pid() + " did not end within 2 minutes");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /**
     * How to start a child: the java of this JVM, its class path, the flags that make a start fast, and the
     * program's class.
     *
     * @param command the java command and its options, before the main class
     * @param mainClass the program's class name
     */
    public record Launcher(List<String> command, String mainClass) {

        private static final List<String> FAST_START =
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData");

        /**
         * A launcher of {@code program} on this JVM's class path.
         *
         * @param program the class with a {@code main}
         * @return the launcher
         */
        public static Launcher plain(Class<?> program) {
            String javaCommand = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(javaCommand));
            command.addAll(FAST_START);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            return new Launcher(command, program.getName());
        }

        /**
         * A launcher whose children map a class data archive recorded by one warm-up run. The archive needs a
         * class path of jars only, so the class directories are packed into one jar first. When the archive
         * cannot be made (another JVM), the children simply start without it.
         *
         * @param workDir where the jar and the archive are written
         * @param program the class with a {@code main}
         * @param warmUpArgs the arguments of the recording run: {@code program} should load the classes the
         *     children use, then exit
         * @return the launcher, with the archive when it could be made
         */
        public static Launcher withSharedClasses(Path workDir, Class<?> program, String... warmUpArgs) {
            Launcher plain = plain(program);
            try {
                Path jar = workDir.resolve("classes.jar");
                List<String> classPath = new ArrayList<>();
                classPath.add(jar.toString());
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                    Set<String> packed = new HashSet<>();
                    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                        Path path = Path.of(entry);
                        if (Files.isDirectory(path)) {
                            pack(path, out, packed);
                        } else {
                            classPath.add(entry);
                        }
                    }
                }
                String javaCommand = plain.command().get(0);
                Path archive = workDir.resolve("classes.jsa");
                List<String> base = new ArrayList<>(List.of(javaCommand));
                base.addAll(FAST_START);
                base.add("-cp");
                base.add(String.join(File.pathSeparator, classPath));
                List<String> dump = new ArrayList<>(base);
                dump.add(1, "-XX:ArchiveClassesAtExit=" + archive);
                dump.add(program.getName());
                dump.addAll(List.of(warmUpArgs));
                Process warmUp = new ProcessBuilder(dump).redirectErrorStream(true)
                        .redirectOutput(workDir.resolve("warm-up.log").toFile()).start();
                if (!warmUp.waitFor(2, TimeUnit.MINUTES) || warmUp.exitValue() != 0 || !Files.exists(archive)) {
                    warmUp.destroyForcibly();
                    return new Launcher(base, program.getName());
                }
                base.add(1, "-XX:SharedArchiveFile=" + archive);
                base.add(2, "-Xlog:cds=off,cds+dynamic=off");
                return new Launcher(base, program.getName());
            } catch (IOException e) {
                return plain;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return plain;
            }
        }

        /** Adds the files under {@code directory}; a name already packed (first on the class path) wins. */
        private static void pack(Path directory, JarOutputStream out, Set<String> packed) throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (!packed.add(name)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
