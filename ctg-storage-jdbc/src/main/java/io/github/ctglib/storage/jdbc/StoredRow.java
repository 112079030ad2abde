package io.github.ctglib.storage.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row read back from a table, its values by column name. */
final class StoredRow {
    private final Table table;
    private final Object[] values;

    StoredRow(Table table, Object[] values) {
        this.table = table;
        this.values = values;
    }

    private Object value(String column) {
        return values[table.indexOf(column)];
    }

    String text(String column) {
        return (String) value(column);
    }

    Optional<String> optionalText(String column) {
        return Optional.ofNullable(text(column));
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String name = text(column);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Column " + table + "." + column + " holds '" + name + "', which is not a "
                    + type.getSimpleName() + " this version of ctg knows: was it written by a newer version?", e);
        }
    }

    int integer(String column) {
        return (Integer) value(column);
    }

    long bigint(String column) {
        return (Long) value(column);
    }

    /** An integer column that may be NULL. */
    Integer nullableInteger(String column) {
        return (Integer) value(column);
    }

    boolean bool(String column) {
        return (Boolean) value(column);
    }

    LocalDate date(String column) {
        return (LocalDate) value(column);
    }

    Optional<LocalDate> optionalDate(String column) {
        return Optional.ofNullable(date(column));
    }

    OffsetDateTime timestamp(String column) {
        return (OffsetDateTime) value(column);
    }

    /**
     * A decimal as it was written: a figure gets back its scale (exactly: the stored value has no more
     * digits); money comes with NUMERIC(15, 2)'s scale, the model's.
     */
    Optional<BigDecimal> optionalDecimal(String column) {
        BigDecimal stored = (BigDecimal) value(column);
        if (stored == null || table.column(column).type() == ColumnType.MONEY) {
            return Optional.ofNullable(stored);
        }
        return Optional.of(stored.setScale(integer(column + "_scale")));
    }

    BigDecimal decimal(String column) {
        return optionalDecimal(column).orElseThrow();
    }

    /**
     * Orders two rows of one revision by the rest of their primary key (positions, commune codes: never
     * NULL), which is the order of the model's lists; codes compare as Java strings, as the model's sorted
     * sets do, whatever the database's collation.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int compareKeyTo(StoredRow other) {
        for (int i = 2; i < table.keyColumns; i++) {
            int order = ((Comparable) values[i]).compareTo(other.values[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
