package io.github.ctglib.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped on the console, where a person running {@code ./mvnw verify} sees it (Surefire
 * keeps the reason in its reports only): e.g. how to enable the PostgreSQL and MariaDB tests. Not registered by
 * itself: a test suite that wants it names it in its
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasonsOnConsole implements TestExecutionListener {

    /** For the JUnit launcher, which finds the listener through the service file that names it. */
    public SkipReasonsOnConsole() {}

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("[SKIPPED] " + test.getDisplayName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // Only skips are told: results are Surefire's own.
    }
}
