package io.github.ctglib.vocabulary;

/**
 * The codes of the field constraints, as the model's Jakarta annotations carry them in their {@code message}.
 * They live beside the model so that the model needs nothing of the rules;
 * {@link io.github.ctglib.rules.RuleCodes} publishes each under the same name, with every other code.
 */
public final class ConstraintCodes {
    private ConstraintCodes() {}

    /** An action number is not of the form 2 or 2.3. */
    public static final String ACTION_NUMBER_FORMAT = "CTG-ACT-001";

    /** An amount has more than two decimals (cents) or more than 13 digits before the point. */
    public static final String AMOUNT_SCALE = "CTG-MONEY-002";

    /** A département code is not of the form 34, 2A, 974. */
    public static final String DEPARTEMENT_FORMAT = "CTG-TERR-005";

    /** A collection that must not be empty is empty (an action's fields). */
    public static final String EMPTY = "CTG-EMPTY-001";

    /** An id is not safe as a file name and a primary key. */
    public static final String ID_FORMAT = "CTG-ID-001";

    /** An INSEE commune code is not of the form 34108, 2A004, 97411. */
    public static final String INSEE_FORMAT = "CTG-TERR-001";

    /** A number that must be positive is not (amendment numbers). */
    public static final String NOT_POSITIVE = "CTG-NUM-001";

    /** A SIREN number is not 9 digits. */
    public static final String SIREN_FORMAT = "CTG-TERR-002";

    /** A territory names no commune. */
    public static final String TERRITORY_EMPTY = "CTG-TERR-004";

    /** A text is longer than its field accepts. */
    public static final String TEXT_TOO_LONG = "CTG-TEXT-001";

    /** A year is outside 1900–2200. */
    public static final String YEAR_RANGE = "CTG-YEAR-001";

    /** A SHA-256 digest is not 64 lower-case hexadecimal digits. */
    public static final String DIGEST_FORMAT = "CTG-DOC-001";

    /** A full-time equivalent is negative, above 99.99 or has more than two decimals. */
    public static final String FTE_RANGE = "CTG-FTE-001";

    // --- issue 13 (equipment) ---
    /** An equipment reference is not of the form EAJE-01. */
    public static final String EQUIPMENT_REFERENCE_FORMAT = "CTG-EQUIP-001";

    /** A number of places is negative or above 100,000. */
    public static final String PLACES_RANGE = "CTG-EQUIP-002";
}
