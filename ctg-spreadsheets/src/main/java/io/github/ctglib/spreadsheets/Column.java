package io.github.ctglib.spreadsheets;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a sheet: its stable code (in the hidden first row), its French header, its type, whether it
 * must be filled, what it holds (for the notice) and how a row's value is taken. Export and import use the same
 * columns, so that they cannot drift apart.
 *
 * @param choices the enum whose French labels the column holds, for {@link Kind#CHOICE}; null otherwise
 */
record Column<R>(String code, String label, Kind kind, boolean required, String help,
        Class<? extends Enum<?>> choices, Function<R, Object> value) {

    Column {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.CHOICE) != (choices != null)) {
            throw new IllegalArgumentException("Column " + code + ": a choice column, and only it, names its choices");
        }
    }

    static <R> Column<R> of(String code, String label, Kind kind, boolean required, String help,
            Function<R, Object> value) {
        return new Column<>(code, label, kind, required, help, null, value);
    }

    static <R> Column<R> choice(String code, String label, boolean required, String help,
            Class<? extends Enum<?>> choices, Function<R, Object> value) {
        return new Column<>(code, label, Kind.CHOICE, required, help, choices, value);
    }
}
