package io.github.ctglib.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables into an XLSX workbook: codes in a hidden first row, bold French headers, frozen, and every
 * value in the cell type of its column (numbers, dates, euros), never as text.
 */
final class SheetWriter {

    private static final String HEADER_FILL = "DDEBF7";

    /** The hidden sheet of the lists that choice columns offer in a drop-down. */
    static final String LISTS_SHEET = "Listes";

    /** Rows below the data that still offer the drop-down lists, for rows a person adds. */
    private static final int ROWS_TO_FILL = 1000;

    private final Workbook workbook;
    /** Each list's column in the lists sheet, in the order first used. */
    private final Map<Class<? extends Enum<?>>, Integer> lists = new java.util.LinkedHashMap<>();

    SheetWriter(OutputStream out) {
        // fastexcel's application version must read as digits "n.n".
        this.workbook = new Workbook(out, "ctg", "1.0");
    }

    /** A sheet of free lines: a title in bold, then one paragraph per row. */
    void notice(String name, String title, List<String> paragraphs, List<Table<?>> tables) {
        Worksheet sheet = newSheet(name);
        sheet.width(0, 24);
        sheet.width(1, 28);
        sheet.width(2, 22);
        sheet.width(3, 22);
        sheet.width(4, 12);
        sheet.width(5, 80);
        int row = 0;
        sheet.value(row, 0, title);
        sheet.style(row, 0).bold().fontSize(14).set();
        row += 2;
        for (String paragraph : paragraphs) {
            sheet.value(row++, 0, paragraph);
        }
        for (Table<?> table : tables) {
            row++;
            sheet.value(row, 0, "Feuille « " + table.name() + " »");
            sheet.style(row, 0).bold().set();
            sheet.value(row++, 1, table.help());
            String[] headers = {"Colonne", "Intitulé", "Code", "Type", "Obligatoire", "Contenu"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(row, c, headers[c]);
                sheet.style(row, c).bold().fillColor(HEADER_FILL).set();
            }
            row++;
            List<? extends Column<?>> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                Column<?> column = columns.get(c);
                sheet.value(row, 0, Table.letters(c));
                sheet.value(row, 1, column.label());
                sheet.value(row, 2, column.code());
                sheet.value(row, 3, column.kind().french());
                sheet.value(row, 4, Labels.yesNo(column.required()));
                String help = column.help();
                if (column.kind() == Kind.CHOICE) {
                    help = help + " (" + String.join(" ; ", Labels.all(column.choices())) + ")";
                }
                sheet.value(row, 5, help);
                row++;
            }
        }
    }

    /** A table: the codes row (hidden), the headers row, then one row per value. */
    <R> void table(Table<R> table, Collection<R> rows) {
        Worksheet sheet = newSheet(table.name());
        List<Column<R>> columns = table.columns();
        int codeRow = Table.CODE_ROW - 1;
        int headerRow = Table.HEADER_ROW - 1;
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            sheet.value(codeRow, c, column.code());
            sheet.value(headerRow, c, column.label() + (column.required() ? " *" : ""));
            sheet.style(headerRow, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
            sheet.width(c, width(column));
        }
        sheet.hideRow(codeRow);
        sheet.freezePane(0, Table.HEADER_ROW);
        int first = Table.FIRST_DATA_ROW - 1;
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            if (column.kind() == Kind.CHOICE) {
                sheet.range(first, c, first + rows.size() + ROWS_TO_FILL, c)
                        .validateWithListByFormula(listReference(column.choices()))
                        .allowBlank(!column.required()).showErrorMessage(true).errorTitle(column.label())
                        // A warning, not a stop: the import takes the codes too. Excel's limit is 255 characters.
                        .errorStyle(DataValidationErrorStyle.WARNING)
                        .error("Choisissez une valeur de la liste (la feuille Notice les donne toutes).");
            }
        }
        int r = first;
        for (R value : rows) {
            for (int c = 0; c < columns.size(); c++) {
                write(sheet, r, c, columns.get(c), columns.get(c).value().apply(value));
            }
            r++;
        }
    }

    /** A hidden sheet of key/value pairs (what marks a workbook as ctg's). */
    void hiddenPairs(String name, Map<String, ?> pairs) {
        Worksheet sheet = workbook.newWorksheet(name);
        int row = 0;
        for (Map.Entry<String, ?> pair : pairs.entrySet()) {
            sheet.value(row, 0, pair.getKey());
            Object value = pair.getValue();
            if (value instanceof Number number) {
                sheet.value(row, 1, number);
            } else {
                sheet.value(row, 1, String.valueOf(value));
            }
            row++;
        }
        sheet.setVisibilityState(VisibilityState.HIDDEN);
    }

    /** Opens on this visible sheet (0 for the first). */
    void activeSheet(int index) {
        workbook.setActiveTab(index);
    }

    void finish() throws IOException {
        if (!lists.isEmpty()) {
            Worksheet sheet = workbook.newWorksheet(LISTS_SHEET);
            lists.forEach((type, column) -> {
                List<String> labels = Labels.all(type);
                for (int i = 0; i < labels.size(); i++) {
                    sheet.value(i, column, labels.get(i));
                }
            });
            sheet.setVisibilityState(VisibilityState.HIDDEN);
        }
        workbook.finish();
    }

    /** {@code Listes!$A$1:$A$5}: where the labels of {@code type} are, the lists sheet written at the end. */
    private String listReference(Class<? extends Enum<?>> type) {
        int column = lists.computeIfAbsent(type, t -> lists.size());
        String letters = Table.letters(column);
        return LISTS_SHEET + "!$" + letters + "$1:$" + letters + "$" + Labels.all(type).size();
    }

    private Worksheet newSheet(String name) {
        return workbook.newWorksheet(name);
    }

    private static double width(Column<?> column) {
        return switch (column.kind()) {
            case DATE, INTEGER, PERCENT -> Math.max(12, column.label().length() * 0.9);
            case AMOUNT, DECIMAL -> Math.max(16, column.label().length() * 0.9);
            case LINES -> 50;
            default -> Math.max(18, Math.min(45, column.label().length() * 1.1));
        };
    }

    private static void write(Worksheet sheet, int r, int c, Column<?> column, Object raw) {
        Object value = raw instanceof Optional<?> optional ? optional.orElse(null) : raw;
        if (value == null) {
            return;
        }
        switch (column.kind()) {
            case TEXT, CODE -> sheet.value(r, c, String.valueOf(value));
            case CHOICE -> sheet.value(r, c, Labels.of((Enum<?>) value));
            case LINES -> {
                Collection<?> items = (Collection<?>) value;
                if (items.isEmpty()) {
                    return;
                }
                sheet.value(r, c, String.join("\n", items.stream().map(String::valueOf).toList()));
                sheet.style(r, c).wrapText(true).set();
                return;
            }
            case INTEGER -> sheet.value(r, c, (Number) value);
            case DECIMAL, AMOUNT, PERCENT -> sheet.value(r, c, value instanceof BigDecimal d ? d : (Number) value);
            case DATE -> sheet.value(r, c, (LocalDate) value);
        }
        sheet.style(r, c).format(column.kind().format()).set();
    }
}
