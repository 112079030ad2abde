package io.github.ctglib.rules;

import io.github.ctglib.vocabulary.ConstraintCodes;

/**
 * The stable codes of every rule ctg checks. A code never changes meaning once published; the French and
 * English messages live in {@code messages_fr.properties} and {@code messages_en.properties} beside this
 * class, and {@code docs/RULES.md} lists them all.
 *
 * <p>Codes are constants (not an enum) so that Jakarta constraint annotations can carry them as their
 * {@code message}.
 */
public final class RuleCodes {
    private RuleCodes() {}

    // Field constraints (Jakarta Validation on the model).
    /** An id is not safe as a file name and a primary key. */
    public static final String ID_FORMAT = ConstraintCodes.ID_FORMAT;
    /** A text is longer than its field accepts. */
    public static final String TEXT_TOO_LONG = ConstraintCodes.TEXT_TOO_LONG;
    /** An INSEE commune code is not of the form 34108, 2A004, 97411. */
    public static final String INSEE_FORMAT = ConstraintCodes.INSEE_FORMAT;
    /** A SIREN number is not 9 digits. */
    public static final String SIREN_FORMAT = ConstraintCodes.SIREN_FORMAT;
    /** A SIREN number fails its Luhn checksum. */
    public static final String SIREN_CHECKSUM = "CTG-TERR-003";
    /** A territory names no commune. */
    public static final String TERRITORY_EMPTY = ConstraintCodes.TERRITORY_EMPTY;
    /** A département code is not of the form 34, 2A, 974. */
    public static final String DEPARTEMENT_FORMAT = ConstraintCodes.DEPARTEMENT_FORMAT;
    /** An action number is not of the form 2 or 2.3. */
    public static final String ACTION_NUMBER_FORMAT = ConstraintCodes.ACTION_NUMBER_FORMAT;
    /** An amount has more than two decimals (cents) or more than 13 digits before the point. */
    public static final String AMOUNT_SCALE = ConstraintCodes.AMOUNT_SCALE;
    /** A year is outside 1900–2200. */
    public static final String YEAR_RANGE = ConstraintCodes.YEAR_RANGE;
    /** A number that must be positive is not (amendment numbers). */
    public static final String NOT_POSITIVE = ConstraintCodes.NOT_POSITIVE;
    /** A collection that must not be empty is empty (an action's fields). */
    public static final String EMPTY = ConstraintCodes.EMPTY;
    /** A text holds a control character or a lone surrogate that not every store can keep. */
    public static final String TEXT_CONTROL = "CTG-TEXT-002";

    // Domain rules on a whole convention.
    /** The validity ends before it starts. */
    public static final String VALIDITY_ORDER = "CTG-PERIOD-001";
    /** An action's schedule ends before it starts. */
    public static final String SCHEDULE_ORDER = "CTG-PERIOD-002";
    /** The validity is shorter or longer than the policy allows. */
    public static final String VALIDITY_LENGTH = "CTG-PERIOD-003";
    /** Warning: the validity is outside the usual 4 to 5 years. */
    public static final String VALIDITY_UNUSUAL = "CTG-PERIOD-004";
    /** An amount is negative. */
    public static final String AMOUNT_NEGATIVE = "CTG-MONEY-001";
    /** An action covers a field the convention does not. */
    public static final String ACTION_FIELD = "CTG-FIELD-001";
    /** A budget line's year lies outside the validity. */
    public static final String BUDGET_YEAR = "CTG-BUDGET-001";
    /** Two signatories are the same organisation. */
    public static final String DUPLICATE_SIGNATORY = "CTG-SIGN-001";
    /** A signature is dated after the validity ends. */
    public static final String SIGNED_AFTER_END = "CTG-SIGN-002";
    /** A signature is dated before the deliberation that authorises it. */
    public static final String SIGNED_BEFORE_MANDATE = "CTG-SIGN-003";
    /** Two actions have the same number. */
    public static final String DUPLICATE_ACTION = "CTG-ACT-002";
    /** Amendments are not numbered 1, 2, 3… in order. */
    public static final String AMENDMENT_NUMBERING = "CTG-AMD-001";
    /** An evaluation outcome names an action the plan does not have. */
    public static final String OUTCOME_UNKNOWN_ACTION = "CTG-EVAL-001";
    /** A measurement is dated outside the validity. */
    public static final String MEASUREMENT_DATE = "CTG-MEAS-001";

    // Territory against the official geography.
    /** A commune code does not exist in the geography's vintage. */
    public static final String COMMUNE_UNKNOWN = "CTG-GEO-001";
    /** An EPCI SIREN does not exist in the geography's vintage. */
    public static final String EPCI_UNKNOWN = "CTG-GEO-002";
    /** A commune does not belong to the declared EPCI. */
    public static final String COMMUNE_OUTSIDE_EPCI = "CTG-GEO-003";
    /** Warning: a commune lies in another département than the CAF's. */
    public static final String CAF_DEPARTEMENT_MISMATCH = "CTG-GEO-004";
    /** The CAF's département does not exist. */
    public static final String DEPARTEMENT_UNKNOWN = "CTG-GEO-005";
    /** No commune of the territory lies in the CAF's département. */
    public static final String NO_COMMUNE_IN_CAF_DEPARTEMENT = "CTG-GEO-006";

    // Lifecycle guards.
    /** The command is not allowed at the convention's stage. */
    public static final String STAGE = "CTG-STAGE-001";
    /** The fields of action do not include the mandatory ones plus enough others. */
    public static final String SCOPE = "CTG-SCOPE-001";
    /** The convention's CAF is not among the signatories. */
    public static final String CAF_NOT_PARTY = "CTG-PARTY-001";
    /** No local authority (commune or EPCI) is among the signatories. */
    public static final String NO_LOCAL_AUTHORITY = "CTG-PARTY-002";
    /** A CAF other than the convention's co-signs, but the territory lies in one département. */
    public static final String SECOND_CAF = "CTG-PARTY-003";
    /** The shared diagnostic has no indicator. */
    public static final String DIAGNOSTIC_EMPTY = "CTG-DIAG-001";
    /** Warning: the action plan is empty (it may come later by amendment). */
    public static final String PLAN_EMPTY = "CTG-PLAN-001";
    /** No signatory of that name. */
    public static final String SIGNATORY_UNKNOWN = "CTG-SIGN-004";
    /** The signatory has already signed. */
    public static final String ALREADY_SIGNED = "CTG-SIGN-005";
    /** A signature lacks its mandate (deliberation). */
    public static final String MANDATE_MISSING = "CTG-SIGN-006";
    /** A commune is already covered by another signed convention whose validity overlaps. */
    public static final String TERRITORY_TAKEN = "CTG-EXCL-001";
    /** An amendment would extend the validity beyond the policy's maximum, or shorten it. */
    public static final String AMENDMENT_VALIDITY = "CTG-AMD-002";
    /** An amendment is dated before the convention was signed, or after its validity. */
    public static final String AMENDMENT_DATE = "CTG-AMD-003";
    /** No pending amendment of that number. */
    public static final String AMENDMENT_UNKNOWN = "CTG-AMD-004";
    /** An amendment changes nothing. */
    public static final String AMENDMENT_EMPTY = "CTG-AMD-005";
    /** No action of that number. */
    public static final String ACTION_UNKNOWN = "CTG-ACT-003";
    /** No indicator of that label on the action. */
    public static final String INDICATOR_UNKNOWN = "CTG-ACT-004";
    /** An action has no evaluation outcome. */
    public static final String OUTCOME_MISSING = "CTG-EVAL-002";
    /** The evaluation has no overall assessment. */
    public static final String ASSESSMENT_MISSING = "CTG-EVAL-003";
    /** A termination is dated outside the validity or before the signature. */
    public static final String TERMINATION_DATE = "CTG-TERM-001";
    /** A convention with that id exists already. */
    public static final String ALREADY_EXISTS = "CTG-REPO-002";
    /** Two documents imported together have the same id. */
    public static final String DUPLICATE_IN_IMPORT = "CTG-REPO-003";
    /** Warning: the convention renews a convention the store does not hold. */
    public static final String PREDECESSOR_UNKNOWN = "CTG-LINK-001";

    // The stage agrees with the content.
    /** A convention at a signed stage has a party that has not signed. */
    public static final String SIGNED_STAGE_UNSIGNED_PARTY = "CTG-STAGE-002";
    /** A convention at a stage before signature has every party signed. */
    public static final String UNSIGNED_STAGE_ALL_SIGNED = "CTG-STAGE-003";
    /** A convention not yet signed has amendments. */
    public static final String AMENDMENT_BEFORE_SIGNATURE = "CTG-STAGE-004";
    /** The signature date is not the day the last party signed. */
    public static final String SIGNATURE_DATE = "CTG-SIGN-007";
    /** A convention not yet signed has a signature date. */
    public static final String SIGNATURE_DATE_UNSIGNED = "CTG-SIGN-008";
    /** An amendment in effect lacks the signature of a party. */
    public static final String AMENDMENT_UNSIGNED = "CTG-AMD-006";
    /** A convention in evaluation or closed has no evaluation. */
    public static final String EVALUATION_MISSING = "CTG-EVAL-004";
    /** A terminated convention has no termination, or a convention that is not terminated has one. */
    public static final String TERMINATION_STAGE = "CTG-TERM-002";

    // Parties against the territory.
    /** A commune party is not a commune of the territory. */
    public static final String COMMUNE_PARTY_OUTSIDE = "CTG-PARTY-004";
    /** An EPCI party is not the territory's EPCI. */
    public static final String EPCI_PARTY_MISMATCH = "CTG-PARTY-005";

    // Access scopes.
    /** The actor's scope does not cover the convention it asks to read. */
    public static final String READ_REFUSED = "CTG-ACCESS-001";
    /** The actor's scope does not let it change the convention. */
    public static final String WRITE_REFUSED = "CTG-ACCESS-002";
    /** A command of a scoped view names another actor than the one it runs as. */
    public static final String ACTING_AS_ANOTHER = "CTG-ACCESS-003";

    // Model v2 — parties, plan, money, governance, documents (codes added by the field and content rules).
    // Own prefixes (REP, MAND, IDENT, AXIS, FUND, GOV, MEDIA, CHG, PRED) so that they never meet the other blocks'.
    /** A SHA-256 digest is not 64 lower-case hexadecimal digits. */
    public static final String DIGEST_FORMAT = ConstraintCodes.DIGEST_FORMAT;
    /** A full-time equivalent is negative, above 99.99 or has more than two decimals. */
    public static final String FTE_RANGE = ConstraintCodes.FTE_RANGE;
    /** A party lists no representative, though signatures are requested. */
    public static final String REPRESENTATIVE_MISSING = "CTG-REP-001";
    /** Two representatives of one party have the same name. */
    public static final String DUPLICATE_REPRESENTATIVE = "CTG-REP-002";
    /** A mandate's vote is dated after the deliberation. */
    public static final String MANDATE_VOTE_DATE = "CTG-MAND-001";
    /** A mandate's URL is not an http(s) URL. */
    public static final String MANDATE_URL = "CTG-MAND-002";
    /** An identifier is neither a SIREN, a SIRET nor (for a commune) an INSEE code. */
    public static final String IDENTIFIER_FORM = "CTG-IDENT-001";
    /** A SIRET number fails its checksum (Luhn, or La Poste's). */
    public static final String SIRET_CHECKSUM = "CTG-IDENT-002";
    /** Two axes have the same number. */
    public static final String DUPLICATE_AXIS = "CTG-AXIS-001";
    /** An axis serves a field the convention does not cover. */
    public static final String AXIS_FIELD = "CTG-AXIS-002";
    /** An action's number begins with no axis of the plan. */
    public static final String ACTION_AXIS_UNKNOWN = "CTG-AXIS-003";
    /** Warning: an action serves a field its axis does not. */
    public static final String ACTION_FIELD_OUTSIDE_AXIS = "CTG-AXIS-004";
    /** A budget line's funder is neither an active party nor an identified outside funder (signatures requested). */
    public static final String FUNDER_UNKNOWN = "CTG-FUND-001";
    /** Warning: a budget line's funder is neither a party nor an identified outside funder (in preparation). */
    public static final String FUNDER_UNKNOWN_IN_PREPARATION = "CTG-FUND-002";
    /** Two coordinators have the same name. */
    public static final String DUPLICATE_COORDINATOR = "CTG-GOV-001";
    /** An organisation is listed twice among a meeting's attendees. */
    public static final String DUPLICATE_ATTENDEE = "CTG-GOV-002";
    /** A document's media type is not of the form type/subtype. */
    public static final String MEDIA_TYPE = "CTG-MEDIA-001";
    /** An amendment's change names an action the record does not hold at that point. */
    public static final String CHANGED_ACTION_UNKNOWN = "CTG-CHG-001";
    /** An amendment adds an action whose number the record holds already. */
    public static final String ADDED_ACTION_EXISTS = "CTG-CHG-002";
    /** An amendment replaces an action by a sheet of another number. */
    public static final String REPLACEMENT_NUMBER = "CTG-CHG-003";
    /** An amendment withdraws an action already withdrawn. */
    public static final String ACTION_WITHDRAWN_TWICE = "CTG-CHG-004";
    /** An amendment adds a commune the territory already covers. */
    public static final String ADDED_COMMUNE_COVERED = "CTG-CHG-005";
    /** An amendment withdraws a commune the territory does not cover. */
    public static final String WITHDRAWN_COMMUNE_NOT_COVERED = "CTG-CHG-006";
    /** An amendment withdraws every commune of the territory. */
    public static final String TERRITORY_EMPTIED = "CTG-CHG-007";
    /** An amendment adds a party whose name the record holds already. */
    public static final String ADDED_PARTY_EXISTS = "CTG-CHG-008";
    /** An amendment withdraws a party that is not an active party. */
    public static final String WITHDRAWN_PARTY_NOT_ACTIVE = "CTG-CHG-009";
    /** An amendment adds a field the convention already covers. */
    public static final String ADDED_FIELD_COVERED = "CTG-CHG-010";
    /** An amendment adds a strategic axis whose number the plan holds already. */
    public static final String ADDED_AXIS_EXISTS = "CTG-CHG-011";
    /** A convention names itself among its predecessors. */
    public static final String PREDECESSOR_SELF = "CTG-PRED-001";

    // (end of the model v2 field and content codes)

    // Model v2 — territory and geography vintage.
    /** A commune code is that of a former commune (déléguée or associée), merged into a current one. */
    public static final String FORMER_COMMUNE = "CTG-GEO-007";
    /** Warning: the territory's codes are of another COG vintage than the geography judging them. */
    public static final String VINTAGE_MISMATCH = "CTG-GEO-008";

    // (end of the model v2 territory codes)

    // Model v2 — lifecycle commands (draft revision, signatures by representative, amendments, renewal).
    // Numbered from 101 within their prefix so that they never meet the codes the other blocks add.
    /** The person signing for a party is not one of its listed representatives. */
    public static final String REPRESENTATIVE_UNKNOWN = "CTG-SIGN-101";
    /** A revision of a draft changes nothing. */
    public static final String REVISION_EMPTY = "CTG-DRAFT-001";
    /** The bytes given with a document reference are not that document (size or SHA-256). */
    public static final String DOCUMENT_MISMATCH = "CTG-DOC-101";

    // (end of the model v2 lifecycle codes)

    // --- issue 13 (equipment and territory bonus) ---
    /** An equipment reference is not of the form EAJE-01. */
    public static final String EQUIPMENT_REFERENCE_FORMAT = ConstraintCodes.EQUIPMENT_REFERENCE_FORMAT;
    /** A number of places is negative or above 100,000. */
    public static final String PLACES_RANGE = ConstraintCodes.PLACES_RANGE;
    /** An equipment's commune is not in the convention's territory. */
    public static final String EQUIPMENT_COMMUNE_OUTSIDE = "CTG-EQUIP-003";
    /** An equipment's supporting party is not a local authority party of the convention. */
    public static final String EQUIPMENT_SUPPORTER = "CTG-EQUIP-004";
    /** Two equipment of the annex have the same reference. */
    public static final String DUPLICATE_EQUIPMENT = "CTG-EQUIP-005";
    /** An equipment manager's SIRET is not 14 digits or fails its checksum. */
    public static final String EQUIPMENT_MANAGER_SIRET = "CTG-EQUIP-006";
    /** Warning: an equipment's capacity is not in the unit its kind uses. */
    public static final String EQUIPMENT_CAPACITY_UNIT = "CTG-EQUIP-007";
    /** An equipment's bonus places are of a kind its bonus does not count. */
    public static final String BONUS_BASIS_KIND = "CTG-EQUIP-008";
    /** An EAJE's bonus places exceed its capacity. */
    public static final String BONUS_BASIS_CAPACITY = "CTG-EQUIP-009";
    /** An equipment's funding agreement ends before it starts. */
    public static final String FUNDING_AGREEMENT_ORDER = "CTG-EQUIP-010";
    /** A territory bonus budget line names no equipment. */
    public static final String BONUS_LINE_WITHOUT_EQUIPMENT = "CTG-BONUS-001";
    /** A budget line names an equipment the annex does not hold. */
    public static final String BUDGET_LINE_EQUIPMENT_UNKNOWN = "CTG-BONUS-002";
    /** The carried-over amount per place is negative. */
    public static final String CARRIED_OVER_AMOUNT_NEGATIVE = "CTG-BONUS-003";
    /** An amendment's change names an equipment the annex does not hold at that point, or holds withdrawn. */
    public static final String CHANGED_EQUIPMENT_UNKNOWN = "CTG-CHG-012";
    /** An amendment adds an equipment whose reference the annex holds already. */
    public static final String ADDED_EQUIPMENT_EXISTS = "CTG-CHG-013";
    /** An amendment replaces an equipment by one of another reference. */
    public static final String EQUIPMENT_REPLACEMENT_REFERENCE = "CTG-CHG-014";

    // (end of issue 13 codes)
}
