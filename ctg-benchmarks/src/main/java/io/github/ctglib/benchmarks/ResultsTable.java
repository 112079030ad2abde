package io.github.ctglib.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /** A figure of the table: a benchmark, its raw baseline, and the target it must meet, if any. */
    private record Figure(String label, String benchmark, String baseline, Target target) {}

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
            new Figure("JSON: save one convention, against a raw write that keeps every file (diagnostic)",
                    JSON + "save", JSON + "rawDurableWriteKeepingEach", Target.none()),
            new Figure("JSON: save one convention read anew (every part serialised)", JSON + "saveReadConvention",
                    JSON + "rawDurableWrite", Target.none()),
            new Figure("JSON: saveAll of the national portfolio", JSON_IMPORT + "saveAll",
                    JSON_IMPORT + "rawGroupCommit", Target.ratio(1.3)),
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
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode result : mapper.readTree(Path.of(file).toFile())) {
                byKey.put(key(result.get("benchmark").asString(), database(result)), result);
            }
        }
        System.out.println("| Figure | Database | ctg: median [min – max] | ctg: score ± error | raw baseline: median"
                + " [min – max] | ratio (medians) | target | met |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Figure figure : FIGURES) {
            for (String database : List.of("", "h2mem", "h2file", "postgresql")) {
                JsonNode result = byKey.get(key(figure.benchmark(), database));
                JsonNode baseline = byKey.get(key(figure.baseline(), database));
                if (result != null && baseline != null) {
                    System.out.println(row(figure, database, result, baseline));
                }
            }
        }
    }

    private static String row(Figure figure, String database, JsonNode result, JsonNode baseline) {
        Stats ctg = Stats.of(result);
        Stats raw = Stats.of(baseline);
        double ratio = ctg.median / raw.median;
        Optional<Boolean> met = figure.target().met(ctg.median, ratio, database);
        return String.join(" | ", "| " + figure.label(), database.isEmpty() ? "–" : database,
                time(ctg.median) + " [" + time(ctg.min) + " – " + time(ctg.max) + "]",
                time(ctg.score) + " ± " + (Double.isNaN(ctg.error) ? "n/a" : time(ctg.error)),
                time(raw.median) + " [" + time(raw.min) + " – " + time(raw.max) + "]",
                String.format(Locale.ROOT, "%.2f×", ratio), figure.target().describe(database),
                met.map(m -> m ? "met" : "**missed**").orElse("–")) + " |";
    }

    private static String key(String benchmark, String database) {
        return benchmark + "|" + database;
    }

    private static String database(JsonNode result) {
        JsonNode params = result.get("params");
        return params != null && params.has("database") ? params.get("database").asString() : "";
    }

    /** Iterations' scores in milliseconds: median, min, max; and JMH's score and 99.9% error (NaN: too few). */
    private record Stats(double median, double min, double max, double score, double error) {
        static Stats of(JsonNode result) {
            JsonNode metric = result.get("primaryMetric");
            double toMillis = toMillis(metric.get("scoreUnit").asString());
            List<Double> values = new ArrayList<>();
            for (JsonNode fork : metric.get("rawData")) {
                for (JsonNode iteration : fork) {
                    values.add(iteration.asDouble() * toMillis);
                }
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
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
