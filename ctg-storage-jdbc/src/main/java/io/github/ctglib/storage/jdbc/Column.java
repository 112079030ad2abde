package io.github.ctglib.storage.jdbc;

/**
 * A column of the schema as the adapter knows it: its name, its type, for text its length (the model's
 * cap) and the model field it holds, named in error messages.
 *
 * @param field the model's name for the value, relative to the row's path (e.g. "representative.name"); empty
 *     when the row's path names the value itself (an element of a list of texts)
 */
record Column(String name, ColumnType type, int maxLength, String field) {

    static Column text(String name, int maxLength, String field) {
        return new Column(name, ColumnType.TEXT, maxLength, field);
    }

    static Column of(String name, ColumnType type, String field) {
        return new Column(name, type, 0, field);
    }
}
