package io.github.ctglib.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown table of BENCHMARKS.md: each figure beside its raw baseline,
 * the ratio, and the target, met or missed. The targets are stated here, once.
 *
 * <pre>java -cp ctg-benchmarks/target/benchmarks.jar io.github.ctglib.benchmarks.ResultsTable results.json…</pre>
 */
public final class ResultsTable {

    /**
     * A figure of the table: a benchmark, its raw baseline, and the target it must meet, if any. A name
     * {@code benchmark:counter} is a secondary result of that benchmark, in milliseconds; {@code pairedRatio}, when
     * there is one, is the counter whose median is the figure's ratio.
     */
    private record Figure(String label, String benchmark, String baseline, Target target, String pairedRatio) {
        Figure(String label, String benchmark, String baseline, Target target) {
            this(label, benchmark, baseline, target, null);
        }

        /**
         * A pair measured in the same moments by one benchmark ({@link SideBySide}): its two halves are its counters,
         * its ratio the median of the iterations' ratios.
         */
        static Figure sideBySide(String label, String benchmark, Target target) {
            return new Figure(label, benchmark + ":ctgMillis", benchmark + ":rawMillis", target, benchmark + ":ctgOverRaw");
        }
    }

    /** A ratio to the baseline (at most) or a time (under, in milliseconds). */
    private record Target(String kind, double limit, String onlyFor) {
        static Target ratio(double at) {
            return new Target("ratio", at, null);
        }

        static Target ratioOn(double at, String database) {
            return new Target("ratio", at, database);
        }

        static Target millis(double under) {
            return new Target("millis", under, null);
        }

        static Target millisOn(double under, String database) {
            return new Target("millis", under, database);
        }

        static Target none() {
            return new Target("none", 0, null);
        }

        Optional<Boolean> met(double millis, double ratio, String database) {
            if (kind.equals("none") || (onlyFor != null && !onlyFor.equals(database))) {
                return Optional.empty();
            }
            return Optional.of(kind.equals("ratio") ? ratio <= limit : millis < limit);
        }

        String describe(String database) {
            if (kind.equals("none") || (onlyFor != null && !onlyFor.equals(database))) {
                return "–";
            }
            return kind.equals("ratio") ? "≤ " + trim(limit) + "× raw" : "< " + time(limit);
        }
    }

    private static final String JSON = "io.github.ctglib.benchmarks.JsonStoreBenchmarks.";
    private static final String JSON_IMPORT = "io.github.ctglib.benchmarks.JsonImportBenchmarks.";
    private static final String IMPORT = "io.github.ctglib.benchmarks.JdbcImportBenchmarks.";
    private static final String READ = "io.github.ctglib.benchmarks.JdbcReadBenchmarks.";
    private static final String CORE = "io.github.ctglib.benchmarks.CoreBenchmarks.";

    private static final List<Figure> FIGURES = List.of(
            new Figure("JSON: save one convention", JSON + "save", JSON + "rawDurableWrite", Target.ratio(1.3)),
            Figure.sideBySide("JSON: save one convention, beside the raw write in the same moments (median of the"
                    + " iterations' ratios)", JSON + "saveBesideRawWrite", Target.ratio(1.3)),
            new Figure("JSON: save one convention, against a raw write that keeps every file (diagnostic)",
                    JSON + "save", JSON + "rawDurableWriteKeepingEach", Target.none()),
            new Figure("JSON: save one convention read anew (every part serialised)", JSON + "saveReadConvention",
                    JSON + "rawDurableWrite", Target.none()),
            new Figure("JSON: saveAll of the national portfolio", JSON_IMPORT + "saveAll",
                    JSON_IMPORT + "rawGroupCommit", Target.ratio(1.3)),
            Figure.sideBySide("JSON: saveAll of the national portfolio, beside the raw group commit in the same moments"
                    + " (median of the iterations' ratios)", JSON_IMPORT + "saveAllBesideRawGroupCommit", Target.ratio(1.3)),
            new Figure("JSON: load one document", JSON + "load", JSON + "rawJacksonTree", Target.ratio(1.5)),
            new Figure("JSON: open the national store", JSON + "openNational", JSON + "rawOpenNational",
                    Target.millis(2000)),
            new Figure("JSON: open the national store and read every convention", JSON + "openNationalAndReadAll",
                    JSON + "rawOpenNational", Target.none()),
            new Figure("JSON: search by commune (index)", JSON + "searchByCommune", JSON + "rawCommuneLookup",
                    Target.millis(1)),
            new Figure("JDBC: bulk import of the national portfolio", IMPORT + "bulkImport", IMPORT + "rawBatchInsert",
                    Target.ratio(1.3)),
            new Figure("JDBC: load one convention (raw: the row, parsed by Jackson)", READ + "loadOne",
                    READ + "rawLoadOne", Target.ratioOn(1.2, "postgresql")),
            new Figure("JDBC: load one convention (raw: the row, read by the format)", READ + "loadOne",
                    READ + "rawLoadOneIntoTheModel", Target.none()),
            new Figure("JDBC: search by commune", READ + "searchByCommune", READ + "rawSearchByCommune",
                    Target.millisOn(5, "postgresql")),
            new Figure("JDBC: search in force on a day, one CAF", READ + "searchInForce", READ + "rawSearchInForce",
                    Target.none()),
            new Figure("JDBC: search in force on a day, nation-wide", READ + "searchInForceNationally",
                    READ + "rawSearchInForceNationally", Target.none()),
            new Figure("Core: validate one convention", CORE + "validate", CORE + "rawHibernateValidator",
                    Target.none()),
            new Figure("Core: portfolio report, national", CORE + "portfolioReport", CORE + "rawBudgetSum",
                    Target.millis(1000)));

    private ResultsTable() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: ResultsTable <JMH results.json>…");
            System.exit(2);
        }
        table(Arrays.stream(args).map(Path::of).toList()).forEach(System.out::println);
    }

    /** The lines of the table for the results in {@code files} (JMH's {@code -rf json}): each figure whose halves are there. */
    static List<String> table(List<Path> files) {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : files) {
            for (JsonNode result : mapper.readTree(file.toFile())) {
                byKey.put(key(result.get("benchmark").asString(), database(result)), result);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("| Figure | Database | ctg: median [min – max] | ctg: score ± error | raw baseline: median"
                + " [min – max] | ratio (medians) | target | met |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (Figure figure : FIGURES) {
            for (String database : List.of("", "h2mem", "h2file", "postgresql")) {
                JsonNode result = byKey.get(key(benchmarkOf(figure.benchmark()), database));
                JsonNode baseline = byKey.get(key(benchmarkOf(figure.baseline()), database));
                if (result != null && baseline != null) {
                    lines.add(row(figure, database, result, baseline));
                }
            }
        }
        return lines;
    }

    private static String row(Figure figure, String database, JsonNode result, JsonNode baseline) {
        Stats ctg = Stats.of(result, counterOf(figure.benchmark()));
        Stats raw = Stats.of(baseline, counterOf(figure.baseline()));
        double ratio = figure.pairedRatio() == null ? ctg.median / raw.median
                : Stats.of(result, counterOf(figure.pairedRatio())).median;
        Optional<Boolean> met = figure.target().met(ctg.median, ratio, database);
        return String.join(" | ", "| " + figure.label(), database.isEmpty() ? "–" : database,
                time(ctg.median) + " [" + time(ctg.min) + " – " + time(ctg.max) + "]",
                Double.isNaN(ctg.score) ? "–" : time(ctg.score) + " ± " + (Double.isNaN(ctg.error) ? "n/a" : time(ctg.error)),
                time(raw.median) + " [" + time(raw.min) + " – " + time(raw.max) + "]",
                String.format(Locale.ROOT, "%.2f×", ratio), figure.target().describe(database),
                met.map(m -> m ? "met" : "**missed**").orElse("–")) + " |";
    }

    private static String benchmarkOf(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    /** The secondary result a name points to, or null for the benchmark's own score. */
    private static String counterOf(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? null : name.substring(colon + 1);
    }

    private static String key(String benchmark, String database) {
        return benchmark + "|" + database;
    }

    private static String database(JsonNode result) {
        JsonNode params = result.get("params");
        return params != null && params.has("database") ? params.get("database").asString() : "";
    }

    /**
     * Iterations' scores in milliseconds: median, min, max; and JMH's score and 99.9% error (NaN: too few, or a
     * counter, whose score JMH sums over the iterations).
     */
    private record Stats(double median, double min, double max, double score, double error) {
        static Stats of(JsonNode result, String counter) {
            JsonNode metric = counter == null ? result.get("primaryMetric") : result.get("secondaryMetrics").get(counter);
            if (metric == null) {
                throw new IllegalArgumentException(result.get("benchmark").asString() + " has no counter " + counter
                        + ": results written by an older benchmarks jar? Run the benchmark again with this one.");
            }
            double toMillis = counter == null ? toMillis(metric.get("scoreUnit").asString()) : 1; // counters: ms
            List<Double> values = new ArrayList<>();
            for (JsonNode fork : metric.get("rawData")) {
                for (JsonNode iteration : fork) {
                    values.add(iteration.asDouble() * toMillis);
                }
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            if (counter != null) { // its score is JMH's sum over the iterations: no figure
                return new Stats(median, sorted[0], sorted[sorted.length - 1], Double.NaN, Double.NaN);
            }
            // JMH writes "NaN" (a string) when one iteration gives no error estimate.
            JsonNode scoreError = metric.get("scoreError");
            double error = scoreError.isNumber() ? scoreError.asDouble() : Double.NaN;
            return new Stats(median, sorted[0], sorted[sorted.length - 1], metric.get("score").asDouble() * toMillis,
                    error * toMillis);
        }

        private static double toMillis(String unit) {
            return switch (unit.substring(0, unit.indexOf('/'))) {
                case "s" -> 1000;
                case "ms" -> 1;
                case "us" -> 0.001;
                case "ns" -> 0.000001;
                default -> throw new IllegalArgumentException("Unexpected unit " + unit);
            };
        }
    }

    /** A time in milliseconds, written in the unit that reads best. */
    private static String time(double millis) {
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        if (millis >= 1) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        if (millis >= 0.001) {
            return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
        }
        return String.format(Locale.ROOT, "%.0f ns", millis * 1_000_000);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
