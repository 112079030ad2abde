package io.github.ctglib.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables into an XLSX workbook: codes in a hidden first row, bold French headers, frozen, and every
 * value in the cell type of its column (numbers, dates, euros), never as text.
 */
final class SheetWriter {

    private static final String HEADER_FILL = "DDEBF7";

    private final Workbook workbook;

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
                sheet.value(row, 4, column.required() ? "oui" : "non");
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
        int r = Table.FIRST_DATA_ROW - 1;
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
        workbook.finish();
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
