package io.github.ctglib.territory;

import java.util.Objects;

/**
 * INSEE commune codes (code officiel géographique, 5 characters): the département code then the
 * commune's number in it, e.g. {@code 34108} (Frontignan, Hérault), {@code 2A004} (Ajaccio,
 * Corse-du-Sud), {@code 97411} (Saint-Denis, La Réunion).
 */
public final class InseeCode {

    private InseeCode() {
    }

    /**
     * Whether {@code value} has the form of an INSEE commune code: 5 characters, either 5 ASCII digits
     * (overseas codes such as {@code 97411} included) or {@code 2A}/{@code 2B} followed by 3 digits.
     * Checks the form only, not that the commune exists.
     *
     * @param value the candidate, may be {@code null} (then {@code false})
     * @return {@code true} when well-formed
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 5) {
            return false;
        }
        char first = value.charAt(0);
        char second = value.charAt(1);
        boolean head = isDigit(first) && isDigit(second)
                || first == '2' && (second == 'A' || second == 'B');
        return head && isDigit(value.charAt(2)) && isDigit(value.charAt(3)) && isDigit(value.charAt(4));
    }

    /**
     * The code of the département of a commune: the first 3 characters for overseas codes (starting
     * with {@code 97} or {@code 98}, e.g. {@code 974}), otherwise the first 2 ({@code 34}, {@code 2A}).
     *
     * @param inseeCode a well-formed INSEE code
     * @return the département code
     * @throws NullPointerException     when {@code inseeCode} is {@code null}
     * @throws IllegalArgumentException when {@code inseeCode} is not well-formed
     */
    public static String departementOf(String inseeCode) {
        Objects.requireNonNull(inseeCode, "inseeCode");
        if (!isWellFormed(inseeCode)) {
            throw new IllegalArgumentException("Not an INSEE commune code: " + inseeCode);
        }
        boolean overseas = inseeCode.charAt(0) == '9' && (inseeCode.charAt(1) == '7' || inseeCode.charAt(1) == '8');
        return inseeCode.substring(0, overseas ? 3 : 2);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
