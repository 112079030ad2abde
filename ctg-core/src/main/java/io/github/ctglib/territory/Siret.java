package io.github.ctglib.territory;

/**
 * SIRET numbers, the 14-digit identifiers of an establishment: the SIREN of its legal entity (9 digits) and an
 * internal number (NIC, 5 digits). The whole number passes the Luhn checksum, except at La Poste (SIREN
 * 356000000), whose establishments are too many for it: there the sum of the 14 digits is a multiple of 5 (the
 * head office, 35600000000048, passes Luhn as well).
 */
public final class Siret {

    /** The SIREN of La Poste, whose SIRETs follow their own check. */
    public static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /**
     * Whether {@code value} is a well-formed SIRET: exactly 14 ASCII digits, a well-formed {@link Siren} first,
     * and a valid check (Luhn, or La Poste's sum of digits). Checks the form only, not that the establishment
     * exists.
     *
     * @param value the candidate, may be {@code null} (then {@code false})
     * @return {@code true} when well-formed
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 14 || !value.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || !Siren.isWellFormed(value.substring(0, 9))) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN) && value.chars().map(ch -> ch - '0').sum() % 5 == 0) {
            return true;
        }
        return luhnSum(value) % 10 == 0;
    }

    /** The Luhn sum of ASCII digits: every second digit from the right doubled (less 9 above 9). */
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if ((i & 1) == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
