package io.github.ctglib.opendata;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the publishers write numbers and years in their cells. */
final class Cells {

    /** "2022", "2022-01-01", "2022-01-01T00:00:00+00:00", "01/01/2022". */
    private static final Pattern YEAR = Pattern.compile(
            "^(?:(\\d{4})|(\\d{4})-\\d{2}-\\d{2}(?:[T ].*)?|\\d{2}/\\d{2}/(\\d{4}))$");
    /** What the publishers put where a figure is kept secret or missing. */
    private static final java.util.Set<String> NO_VALUE = java.util.Set.of("", "s", "nd", "n.d.", "na", "nc", "-",
            "secret");

    private Cells() {}

    /**
     * A number as French publishers write it: "58,3" or "58.3", thousands apart by spaces ("1 234,5"), a sign
     * allowed. Empty for a figure kept secret or missing ({@link #isNoValue}).
     *
     * @throws NumberFormatException when it is none of those
     */
    static Optional<BigDecimal> number(String cell) {
        String s = cell.strip();
        if (isNoValue(s)) {
            return Optional.empty();
        }
        s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
            throw new NumberFormatException("both a decimal comma and a decimal point");
        }
        s = s.replace(',', '.');
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException("not a number");
        }
        return Optional.of(new BigDecimal(s));
    }

    /** Whether the cell is the mark of a secret or missing figure ("", "s", "nd"…). */
    static boolean isNoValue(String cell) {
        return NO_VALUE.contains(cell.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The year of a cell holding a year or a date; empty when it is neither. */
    static OptionalInt year(String cell) {
        Matcher m = YEAR.matcher(cell.strip());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                return OptionalInt.of(Integer.parseInt(m.group(g)));
            }
        }
        return OptionalInt.empty();
    }

    /** A placeholder code: only X letters ("XX", "XXX", "XXXXX"), which data.caf.fr uses for unallocated rows. */
    static boolean isPlaceholder(String code) {
        String s = code.strip();
        return !s.isEmpty() && s.chars().allMatch(ch -> ch == 'X' || ch == 'x');
    }
}
