package io.github.ctglib.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the tool takes from the machine it runs on, injected so that tests control it.
 *
 * @param clock         today and the time of the changes the tool records
 * @param defaultLocale decides the default language (French for a French locale, English otherwise)
 * @param console       whether a person watches the terminal (progress bars are drawn only then)
 * @param variables     the environment variables, by name ({@code null} when unset)
 */
record Environment(Clock clock, Locale defaultLocale, boolean console, UnaryOperator<String> variables) {

    Environment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(variables, "variables");
    }

    static Environment system() {
        return new Environment(Clock.systemDefaultZone(), Locale.getDefault(), System.console() != null,
                System::getenv);
    }
}
