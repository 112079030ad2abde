package io.github.ctglib.storage.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of the schema: its name without prefix, its columns in order, and how many leading columns form
 * its primary key (rows of a revision are read back sorted by it, which is the order of the model's lists).
 */
final class Table {
    final String name;
    final List<Column> columns;
    final int keyColumns;
    private final Map<String, Integer> indexes = new HashMap<>();

    Table(String name, int keyColumns, Column... columns) {
        this.name = name;
        this.columns = List.of(columns);
        this.keyColumns = keyColumns;
        for (int i = 0; i < columns.length; i++) {
            indexes.put(columns[i].name(), i);
        }
    }

    int indexOf(String column) {
        Integer index = indexes.get(column);
        if (index == null) {
            throw new IllegalArgumentException("Table " + name + " has no column " + column);
        }
        return index;
    }

    Column column(String column) {
        return columns.get(indexOf(column));
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name;
    }
}
