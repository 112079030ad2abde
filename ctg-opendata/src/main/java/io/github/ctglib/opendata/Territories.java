package io.github.ctglib.opendata;

import io.github.ctglib.territory.GeographicScale;

/** Territory codes as files write them, made the codes ctg keeps. */
final class Territories {

    private Territories() {}

    /**
     * The code at {@code scale} as ctg writes it: a spreadsheet that read a code as a number dropped its leading
     * zero ("1001" for 01001, "1" for 01), which is put back; "FR" for the nation.
     */
    static String normalise(GeographicScale scale, String code) {
        String s = code.strip();
        return switch (scale) {
            case COMMUNE -> s.length() == 4 && s.chars().allMatch(Character::isDigit) ? "0" + s : s;
            case DEPARTEMENT -> s.length() == 1 && Character.isDigit(s.charAt(0)) ? "0" + s : s;
            case EPCI -> s;
            case NATIONAL -> "FR";
        };
    }

    /** The scale a code's shape tells (Filosofi mixes them in one column): 9 digits, 5 characters, 2 or 3. */
    static java.util.Optional<GeographicScale> scaleOf(String code) {
        String s = code.strip();
        if (s.length() == 9 && s.chars().allMatch(Character::isDigit)) {
            return java.util.Optional.of(GeographicScale.EPCI);
        }
        if (s.length() == 5) {
            return java.util.Optional.of(GeographicScale.COMMUNE);
        }
        if (s.length() == 2 || s.length() == 3) {
            return java.util.Optional.of(GeographicScale.DEPARTEMENT);
        }
        if (s.equalsIgnoreCase("FR") || s.equalsIgnoreCase("FRANCE")) {
            return java.util.Optional.of(GeographicScale.NATIONAL);
        }
        return java.util.Optional.empty();
    }
}
