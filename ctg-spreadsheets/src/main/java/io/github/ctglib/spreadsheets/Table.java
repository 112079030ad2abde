package io.github.ctglib.spreadsheets;

import java.util.List;
import java.util.Optional;

/**
 * A sheet laid out as a table: its name (what people see, e.g. « Actions »), what it holds, and its columns.
 * Row 1 holds the columns' stable codes (hidden), row 2 their French headers, and the data starts on row 3.
 */
record Table<R>(String name, String help, List<Column<R>> columns) {

    /** The spreadsheet row (1-based) of the codes, of the headers, and of the first data row. */
    static final int CODE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    Table {
        columns = List.copyOf(columns);
        if (name.length() > 31) {
            throw new IllegalArgumentException("A sheet name has at most 31 characters: " + name);
        }
    }

    Optional<Column<R>> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The column letters of a 0-based index: 0 is A, 26 is AA. */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            out.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return out.toString();
    }

    /** A cell's name as a spreadsheet writes it: {@code Actions!C7} (quoted when the sheet name has a space). */
    static String cell(String sheet, int columnIndex, int row) {
        return sheetRef(sheet) + "!" + letters(columnIndex) + row;
    }

    static String sheetRef(String sheet) {
        return sheet.matches("[\\p{L}0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
