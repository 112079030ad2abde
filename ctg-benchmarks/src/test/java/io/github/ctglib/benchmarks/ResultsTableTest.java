package io.github.ctglib.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of BENCHMARKS.md from JMH's JSON: medians over every iteration of every fork, and the targets. */
class ResultsTableTest {

    private static final String JSON = "io.github.ctglib.benchmarks.JsonStoreBenchmarks.";

    @TempDir
    Path directory;

    /** A result as JMH writes it with {@code -rf json}: iterations per fork, then the secondary results. */
    private static String result(String benchmark, String unit, String forks, String secondaries) {
        return "{\"benchmark\":\"" + JSON + benchmark + "\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1.0,"
                + "\"scoreError\":0.1,\"scoreUnit\":\"" + unit + "\",\"rawData\":" + forks + "},"
                + "\"secondaryMetrics\":{" + secondaries + "}}";
    }

    private static String counter(String name, String forks) {
        return "\"" + name + "\":{\"score\":99.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"#\",\"rawData\":" + forks + "}";
    }

    private List<String> tableOf(String... results) throws IOException {
        Path file = directory.resolve("results.json");
        Files.writeString(file, "[" + String.join(",", results) + "]");
        return ResultsTable.table(List.of(file));
    }

    @Test
    void a_figure_is_the_ratio_of_the_medians_over_every_fork_and_is_judged_against_its_target() throws IOException {
        List<String> met = tableOf(result("save", "ms/op", "[[1.1,5.0],[1.2]]", ""),
                result("rawDurableWrite", "us/op", "[[1000.0],[900.0,1100.0]]", ""));
        assertThat(met).anySatisfy(line -> assertThat(line).startsWith("| JSON: save one convention |")
                .contains("1.2 ms [1.1 ms – 5.0 ms]", "1.0 ms [900.0 µs – 1.1 ms]", "1.20×", "≤ 1.3× raw", "| met |"));

        List<String> missed = tableOf(result("save", "ms/op", "[[1.4]]", ""),
                result("rawDurableWrite", "ms/op", "[[1.0]]", ""));
        assertThat(missed).anySatisfy(line -> assertThat(line).startsWith("| JSON: save one convention |")
                .contains("1.40×", "**missed**"));
    }

    @Test
    void a_pair_measured_side_by_side_reads_its_counters_and_takes_the_median_of_its_ratios() throws IOException {
        // Iterations 2.0 / 1.0, 1.5 / 1.0, 3.0 / 2.0: ratios 2.0, 1.5, 1.5, median 1.5, where the medians' ratio
        // would be 2.0 / 1.0.
        String pair = result("saveBesideRawWrite", "ms/op", "[[3.0,2.5,5.0]]",
                counter("ctgMillis", "[[2.0,1.5,3.0]]") + "," + counter("rawMillis", "[[1.0,1.0,2.0]]") + ","
                        + counter("ctgOverRaw", "[[2.0,1.5,1.5]]"));
        List<String> table = tableOf(pair);
        assertThat(table).anySatisfy(line -> assertThat(line).startsWith("| JSON: save one convention, beside the raw write")
                .contains("| 2.0 ms [1.5 ms – 3.0 ms] | – | 1.0 ms [1.0 ms – 2.0 ms] | 1.50× |", "**missed**"));
        // A counter's score is JMH's sum over the iterations: never shown as the figure.
        assertThat(String.join("\n", table)).doesNotContain("99");
    }

    @Test
    void a_figure_without_both_halves_is_left_out() throws IOException {
        assertThat(tableOf(result("save", "ms/op", "[[1.0]]", ""))).hasSize(2);
    }
}
