package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private Progress progress(boolean watched) {
        return new Progress(new PrintWriter(err, true), nanos::get, Duration.ofSeconds(1), watched, "conventions");
    }

    private void after(Duration elapsed) {
        nanos.addAndGet(elapsed.toNanos());
    }

    @Test
    void nothingIsDrawnForAShortCopy() {
        Progress progress = progress(true);
        after(Duration.ofMillis(900));
        progress.update(10, 10);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongCopyDrawsABarThatEndsOnItsOwnLine() {
        Progress progress = progress(true);
        after(Duration.ofSeconds(2));
        progress.update(15, 60);
        after(Duration.ofSeconds(1));
        progress.update(60, 60);
        progress.finish();

        assertThat(err.toString()).isEqualTo("\r[#######.......................] 15/60 conventions"
                + "\r[##############################] 60/60 conventions" + System.lineSeparator());
    }

    @Test
    void theBarIsRedrawnAtMostTenTimesASecondButAlwaysAtTheEnd() {
        Progress progress = progress(true);
        after(Duration.ofSeconds(2));
        for (int done = 1; done <= 100; done++) {
            progress.update(done, 100);
        }

        assertThat(err.toString().split("\r", -1)).hasSize(3);
        assertThat(err.toString()).endsWith("100/100 conventions");
    }

    @Test
    void nothingIsDrawnWhenNobodyWatches() {
        Progress progress = progress(false);
        after(Duration.ofSeconds(5));
        progress.update(1, 2);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }
}
