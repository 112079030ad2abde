package io.github.ctglib.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * Reads one cell as its column's type, or says why it cannot: a date typed as text, an amount typed as text, a
 * code typed as a number are refused with the cell named, never guessed.
 */
final class CellReader {

    /** Built-in number formats that are dates (ECMA-376, 18.8.30). */
    private static final List<Integer> DATE_FORMAT_IDS = List.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

    private final List<SpreadsheetProblem> problems;

    CellReader(List<SpreadsheetProblem> problems) {
        this.problems = problems;
    }

    /** Whether the cell holds nothing (absent, empty, or only spaces). */
    static boolean blank(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return true;
        }
        String raw = cell.getRawValue();
        return raw == null || raw.isBlank();
    }

    /**
     * The value of the cell as its column's type: a String, Integer, BigDecimal, LocalDate, Enum or List of
     * String; null when blank (and then a problem if the column is required) or when refused (a problem said).
     */
    Object read(Cell cell, Column<?> column, String place) {
        if (blank(cell)) {
            if (column.required()) {
                problems.add(Problems.REQUIRED.at(place, column.label()));
            }
            return null;
        }
        CellType type = cell.getType();
        if (type == CellType.ERROR || type == CellType.BOOLEAN) {
            return wrong(column, place, type == CellType.ERROR ? "une erreur « " + cell.getRawValue() + " »"
                    : "un booléen", type == CellType.ERROR ? "an error « " + cell.getRawValue() + " »" : "a boolean");
        }
        boolean number = type == CellType.NUMBER || (type == CellType.FORMULA && isNumber(cell.getRawValue()));
        String text = number ? null : cell.getRawValue();
        if (type == CellType.STRING) {
            text = cell.asString();
        }
        return switch (column.kind()) {
            case TEXT -> number ? plain(new BigDecimal(cell.getRawValue())) : text;
            case CODE -> number ? wrong(column, place, "le nombre " + cell.getRawValue(),
                    "the number " + cell.getRawValue()) : text.strip();
            case CHOICE -> number ? wrong(column, place, "le nombre " + cell.getRawValue(),
                    "the number " + cell.getRawValue()) : choice(column, place, text);
            case LINES -> number ? List.of(plain(new BigDecimal(cell.getRawValue()))) : lines(text);
            case INTEGER -> {
                if (!number) {
                    yield wrongText(column, place, text);
                }
                BigDecimal value = new BigDecimal(cell.getRawValue());
                try {
                    yield value.stripTrailingZeros().intValueExact();
                } catch (ArithmeticException e) {
                    yield wrong(column, place, "le nombre " + plain(value), "the number " + plain(value));
                }
            }
            case DECIMAL, AMOUNT, PERCENT -> number ? new BigDecimal(cell.getRawValue()) : wrongText(column, place,
                    text);
            case DATE -> {
                if (!number) {
                    yield wrongText(column, place, text);
                }
                if (!isDateFormat(cell)) {
                    yield wrong(column, place, "le nombre " + cell.getRawValue() + " (sans format de date)",
                            "the number " + cell.getRawValue() + " (without a date format)");
                }
                yield cell.asDate().toLocalDate();
            }
        };
    }

    private Object choice(Column<?> column, String place, String text) {
        Optional<Enum<?>> value = Labels.parse(column.choices(), text);
        if (value.isEmpty()) {
            String all = String.join(" ; ", Labels.all(column.choices()));
            problems.add(Problems.UNKNOWN_CHOICE.at(place, text.strip(), column.label(), all));
            return null;
        }
        return value.get();
    }

    /** One item per line of the cell; empty lines are no item. */
    static List<String> lines(String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!line.isBlank()) {
                items.add(line);
            }
        }
        return items;
    }

    private Object wrongText(Column<?> column, String place, String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return wrong(column, place, "le texte « " + shown + " »", "the text « " + shown + " »");
    }

    private Object wrong(Column<?> column, String place, String heldFr, String heldEn) {
        String enterFr = switch (column.kind()) {
            case DATE -> "une date (p. ex. 15/03/2025, reconnue comme date par le tableur)";
            case AMOUNT -> "un nombre, sans texte (p. ex. 1500,50)";
            case CODE, CHOICE -> "du texte";
            default -> "un nombre";
        };
        String enterEn = switch (column.kind()) {
            case DATE -> "a date (e.g. 15/03/2025, recognised as a date by the spreadsheet)";
            case AMOUNT -> "a number, without text (e.g. 1500.50)";
            case CODE, CHOICE -> "text";
            default -> "a number";
        };
        problems.add(Problems.WRONG_TYPE.at(place, new Object[] {column.label(), column.kind().frenchInMessages(), heldFr,
                enterFr}, new Object[] {column.label(), column.kind().english(), heldEn, enterEn}));
        return null;
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted text and [colours] aside, a date format has a day, a month or a year.
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return bare.contains("d") || bare.contains("y");
    }

    private static boolean isNumber(String raw) {
        if (raw == null) {
            return false;
        }
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "200066355", "2.5": a number as plain digits, without exponent or trailing zeros. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
