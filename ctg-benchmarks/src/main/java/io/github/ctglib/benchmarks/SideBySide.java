package io.github.ctglib.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The times of ctg's operation and of its raw baseline measured in the same moments, pair after pair, the order
 * swapped each time: JMH reports the three public methods as secondary results, one value per iteration —
 * {@code ctgMillis} and {@code rawMillis} (per pair) and {@code ctgOverRaw}. JMH's score of such a counter is its
 * sum over the iterations; the figures are the iterations' values ({@code ResultsTable} takes their median).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class SideBySide {
    private long ctgNanos;
    private long rawNanos;
    private long pairs;
    /** Pairs since the trial began, never reset: the order alternates across iterations too. */
    private long started;

    @Setup(Level.Iteration)
    public void reset() {
        ctgNanos = 0;
        rawNanos = 0;
        pairs = 0;
    }

    /** Milliseconds of ctg's operation per pair, this iteration. */
    public double ctgMillis() {
        return pairs == 0 ? 0 : ctgNanos / 1e6 / pairs;
    }

    /** Milliseconds of the raw baseline per pair, this iteration. */
    public double rawMillis() {
        return pairs == 0 ? 0 : rawNanos / 1e6 / pairs;
    }

    /** ctg's time over the raw baseline's, this iteration: the ratio the targets are about. */
    public double ctgOverRaw() {
        return rawNanos == 0 ? 0 : (double) ctgNanos / rawNanos;
    }

    /** Something timed that may throw what the benchmark declares. */
    @FunctionalInterface
    interface Timed<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs one pair, ctg's operation first in every other pair, each timed alone; returns what ctg's returned. */
    <T, E extends Exception> T pair(Timed<T, E> ctg, Timed<?, E> raw) throws E {
        boolean ctgFirst = (started++ & 1) == 0;
        if (!ctgFirst) {
            rawNanos += timed(raw);
        }
        long start = System.nanoTime();
        T result = ctg.run();
        ctgNanos += System.nanoTime() - start;
        if (ctgFirst) {
            rawNanos += timed(raw);
        }
        pairs++;
        return result;
    }

    private static <E extends Exception> long timed(Timed<?, E> operation) throws E {
        long start = System.nanoTime();
        operation.run();
        return System.nanoTime() - start;
    }
}
