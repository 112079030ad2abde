package io.github.ctglib.territory;

/**
 * SIREN numbers, the 9-digit identifiers of French legal entities (an EPCI, a commune, a CAF).
 * The last digit is a Luhn check digit.
 */
public final class Siren {

    private Siren() {
    }

    /**
     * Whether {@code value} is a well-formed SIREN: exactly 9 ASCII digits whose Luhn checksum is
     * valid (e.g. {@code 200066355}). Checks the form only, not that the entity exists.
     *
     * @param value the candidate, may be {@code null} (then {@code false})
     * @return {@code true} when well-formed
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char ch = value.charAt(8 - i); // from the rightmost digit
            if (ch < '0' || ch > '9') {
                return false;
            }
            int digit = ch - '0';
            if ((i & 1) == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
