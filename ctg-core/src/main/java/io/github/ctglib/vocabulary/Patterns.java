package io.github.ctglib.vocabulary;

/** Regular expressions of the model's codes, in one place for constraints and adapters alike. */
public final class Patterns {
    private Patterns() {}

    /**
     * A convention id: safe as a file name on every system and as a primary key — lower-case ASCII letters,
     * digits, '-', '_' and '.', starting and ending with a letter or digit, at most 64 characters; never
     * "..", "/", "\" or a control character, nor a name Windows reserves for a device ({@code con}, {@code prn},
     * {@code aux}, {@code nul}, {@code com0}…{@code com9}, {@code lpt0}…{@code lpt9}, alone or before a dot).
     * Lower case only, so that two ids never name the same file on a case-insensitive file system (macOS,
     * Windows).
     */
    public static final String CONVENTION_ID =
            "(?!.*\\.\\.)(?!(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\\.|$))[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?";
    /** An INSEE commune code: 34108, 2A004, 97411. */
    public static final String INSEE = "(?:[0-9]{2}|2[AB])[0-9]{3}";
    /** A SIREN: 9 digits (its Luhn checksum is a separate rule). */
    public static final String SIREN = "[0-9]{9}";
    /** A département code: 01–95, 2A, 2B, 971–976. */
    public static final String DEPARTEMENT = "(?:[0-9]{2}|2[AB]|97[1-6])";
    /** An action number: 2, 2.3, 2.3.1. */
    public static final String ACTION_NUMBER = "[0-9]{1,3}(?:\\.[0-9]{1,3}){0,3}";

    /** An equipment's reference in the annex: EAJE-01, ALSH.2, RPE (letters, digits, '-', '.', '_'; 1 to 40). */
    public static final String EQUIPMENT_REFERENCE = "[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?";

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(CONVENTION_ID);

    /** Whether {@code id} is a safe convention id (see {@link #CONVENTION_ID}). */
    public static boolean isSafeId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
