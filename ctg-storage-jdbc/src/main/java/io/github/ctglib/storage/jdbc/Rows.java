package io.github.ctglib.storage.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows to insert, per table, for one or more revisions. Each value is checked against its column as it
 * is set, so a value the database could not keep is refused before any statement runs.
 */
final class Rows {
    private final Map<Table, List<Object[]>> byTable = new IdentityHashMap<>();
    private int count;

    /**
     * Starts a row of {@code table} for the convention {@code conventionId}, whose values sit at
     * {@code path} in the model ("" for the convention itself, e.g. "actions[2].budget[0]").
     */
    Row add(Table table, String conventionId, long version, String path) {
        Object[] values = new Object[table.columns.size()];
        byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        count++;
        Row row = new Row(table, values, conventionId, path);
        if (table == Tables.CONVENTION) {
            return row.set("id", conventionId).set("version", version);
        }
        return row.set("convention_id", conventionId).set("version", version);
    }

    List<Object[]> of(Table table) {
        return byTable.getOrDefault(table, List.of());
    }

    int count() {
        return count;
    }

    /** One row being filled. */
    static final class Row {
        private final Table table;
        private final Object[] values;
        private final String conventionId;
        private final String path;

        private Row(Table table, Object[] values, String conventionId, String path) {
            this.table = table;
            this.values = values;
            this.conventionId = conventionId;
            this.path = path;
        }

        /** Sets a column; {@code null} (or an absent optional's {@code orElse(null)}) stores NULL. */
        Row set(String columnName, Object value) {
            int index = table.indexOf(columnName);
            Column column = table.columns.get(index);
            if (value != null) {
                if (!column.type().javaType.isInstance(value)) {
                    throw new IllegalStateException("Column " + table + "." + columnName + " takes "
                            + column.type().javaType.getSimpleName() + ", not " + value.getClass().getSimpleName());
                }
                if (column.type() == ColumnType.TEXT) {
                    checkText(column, (String) value);
                }
            }
            values[index] = value;
            return this;
        }

        /** Sets an enum column to the constant's name. */
        Row set(String columnName, Enum<?> value) {
            return set(columnName, (Object) (value == null ? null : value.name()));
        }

        /**
         * Sets a decimal column: a figure, with the scale it was given in {@code <column>_scale}, or money,
         * checked to fit NUMERIC(15, 2).
         */
        Row decimal(String columnName, BigDecimal value) {
            Column column = table.column(columnName);
            if (column.type() == ColumnType.MONEY) {
                if (value != null) {
                    checkMoney(column, value);
                }
                return set(columnName, value);
            }
            if (value != null && (value.scale() > Short.MAX_VALUE || value.scale() < Short.MIN_VALUE)) {
                throw refused(column, "has a scale of " + value.scale() + " (digits after the decimal point): at most "
                        + Short.MAX_VALUE + " can be stored");
            }
            set(columnName, value);
            return set(columnName + "_scale", value == null ? null : value.scale());
        }

        private void checkText(Column column, String value) {
            if (value.length() > column.maxLength()) {
                throw refused(column, "is " + value.length() + " characters long, but the database column "
                        + table + "." + column.name() + " holds at most " + column.maxLength() + ": shorten it");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\0') {
                    throw refused(column, "contains a NUL character (U+0000) at index " + i
                            + ", which PostgreSQL cannot store: remove it");
                }
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw refused(column, "contains half of a surrogate pair at index " + i
                            + " (not valid Unicode, it cannot be stored as UTF-8): fix the text");
                }
            }
        }

        /** Cents as the model keeps them (scale 2), at most 13 digits before the point: NUMERIC(15, 2). */
        private void checkMoney(Column column, BigDecimal value) {
            int integerDigits = value.precision() - value.scale();
            if (value.scale() > Tables.MONEY_FRACTION_DIGITS || integerDigits > Tables.MONEY_INTEGER_DIGITS) {
                throw refused(column, value.toPlainString() + " does not fit the database column " + table + "."
                        + column.name() + ": euros are kept with at most " + Tables.MONEY_INTEGER_DIGITS
                        + " digits before the decimal point and " + Tables.MONEY_FRACTION_DIGITS + " after it (cents)");
            }
        }

        private UnstorableValueException refused(Column column, String problem) {
            String field = column.field().isEmpty() ? path : path.isEmpty() ? column.field() : path + "." + column.field();
            return new UnstorableValueException(conventionId, field, problem);
        }
    }
}
