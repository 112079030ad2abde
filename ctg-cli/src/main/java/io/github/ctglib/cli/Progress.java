package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for work that takes longer than a moment: nothing is drawn before {@code delay}, nor
 * when no person watches (then it would only litter logs), and it is redrawn at most ten times a second.
 */
final class Progress {

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long delayNanos;
    private final boolean enabled;
    private final String unit;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean drawn;

    /**
     * @param enabled  whether a person watches stderr
     * @param unit     what is counted, e.g. "conventions"
     */
    Progress(PrintWriter err, LongSupplier nanoTime, Duration delay, boolean enabled, String unit) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.delayNanos = delay.toNanos();
        this.enabled = enabled;
        this.unit = unit;
        this.started = nanoTime.getAsLong();
    }

    /** {@code done} of {@code total} are done. */
    void update(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean last = done == total;
        if (now - started < delayNanos || (!last && drawn && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + unit);
        err.flush();
        drawn = true;
        lastDrawn = now;
    }

    /** Ends the bar's line, if one was drawn, so that what follows starts on its own line. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
