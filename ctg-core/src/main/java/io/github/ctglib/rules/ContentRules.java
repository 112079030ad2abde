package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.CONTENT;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Siren;
import io.github.ctglib.territory.Siret;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Patterns;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules on a convention's content that hold at every stage, whatever else it is judged with. */
final class ContentRules {

    private ContentRules() {}

    /** The forms of an organisation's identifier: SIREN, SIRET, INSEE commune code. */
    private static final Pattern SIREN_FORM = Pattern.compile(Patterns.SIREN);
    private static final Pattern SIRET_FORM = Pattern.compile("[0-9]{14}");
    private static final Pattern INSEE_FORM = Pattern.compile(Patterns.INSEE);

    /** A restricted name of RFC 6838, as a media type's type, subtype and parameter names are. */
    private static final String MEDIA_NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";

    /** A media type: type/subtype, then parameters ({@code text/csv; charset=utf-8}). */
    private static final Pattern MEDIA_TYPE_FORM = Pattern.compile(MEDIA_NAME + "/" + MEDIA_NAME
            + "(?:\\s*;\\s*" + MEDIA_NAME + "=(?:" + MEDIA_NAME + "|\"[^\"]*\"))*");

    static final Rule<Convention> VALIDITY_ORDER = Rule.error(RuleCodes.VALIDITY_ORDER, Applies.always(CONTENT),
            "The validity ends on or after the day it starts.", (c, ctx, f) -> {
                if (!c.getValidity().isOrdered()) {
                    f.at("validity", c.getValidity().getFrom(), c.getValidity().getTo());
                }
            });

    static final Rule<Convention> VALIDITY_LENGTH = Rule.error(RuleCodes.VALIDITY_LENGTH, Applies.always(CONTENT),
            "The validity lasts between the policy's minimum and maximum (1 to 5 years by default).", (c, ctx, f) -> {
                CtgPolicy policy = ctx.policy();
                if (c.getValidity().isOrdered() && !lasts(c.getValidity(), policy.getMinimumValidityYears(),
                        policy.getMaximumValidityYears())) {
                    f.at("validity", months(c.getValidity()), policy.getMinimumValidityYears(),
                            policy.getMaximumValidityYears());
                }
            });

    static final Rule<Convention> VALIDITY_UNUSUAL = Rule.warning(RuleCodes.VALIDITY_UNUSUAL,
            Applies.always(CONTENT), "Warning: the validity lasts the usual 4 to 5 years (the policy's usual bounds).",
            (c, ctx, f) -> {
                CtgPolicy policy = ctx.policy();
                DateRange validity = c.getValidity();
                if (validity.isOrdered()
                        && lasts(validity, policy.getMinimumValidityYears(), policy.getMaximumValidityYears())
                        && !lasts(validity, policy.getUsualMinimumValidityYears(),
                                policy.getUsualMaximumValidityYears())) {
                    f.at("validity", months(validity), policy.getUsualMinimumValidityYears(),
                            policy.getUsualMaximumValidityYears());
                }
            });

    static final Rule<Convention> SCHEDULE_ORDER = Rule.error(RuleCodes.SCHEDULE_ORDER, Applies.always(CONTENT),
            "An action's schedule ends on or after the day it starts.", (c, ctx, f) -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    int at = i;
                    c.getActions().get(i).getSchedule().filter(p -> !p.isOrdered()).ifPresent(p ->
                            f.at("actions[" + at + "].schedule", p.getFrom(), p.getTo()));
                }
            });

    static final Rule<Convention> AMOUNT_NEGATIVE = Rule.error(RuleCodes.AMOUNT_NEGATIVE, Applies.always(CONTENT),
            "Budget amounts are 0 or more.", (c, ctx, f) -> eachBudgetLine(c, (path, line) -> {
                if (line.getAmount().signum() < 0) {
                    f.at(path + ".amount", line.getAmount());
                }
            }));

    static final Rule<Convention> BUDGET_YEAR = Rule.error(RuleCodes.BUDGET_YEAR, Applies.always(CONTENT),
            "A budget line's year lies within the validity.", (c, ctx, f) -> eachBudgetLine(c, (path, line) -> {
                int from = c.getValidity().getFrom().getYear();
                int to = c.getValidity().getTo().getYear();
                if (line.getYear() < from || line.getYear() > to) {
                    f.at(path + ".year", line.getYear(), from, to);
                }
            }));

    static final Rule<Convention> ACTION_FIELD = Rule.error(RuleCodes.ACTION_FIELD, Applies.always(CONTENT),
            "An action covers only fields the convention covers.", (c, ctx, f) -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    for (FieldOfAction field : c.getActions().get(i).getFields()) {
                        if (!c.getFields().contains(field)) {
                            f.at("actions[" + i + "].fields", field.describe());
                        }
                    }
                }
            });

    static final Rule<Convention> DUPLICATE_ACTION = Rule.error(RuleCodes.DUPLICATE_ACTION, Applies.always(CONTENT),
            "Each action has its own number.", (c, ctx, f) -> {
                Map<String, Integer> uses = new HashMap<>();
                c.getActions().forEach(a -> uses.merge(a.getNumber(), 1, Integer::sum));
                for (int i = 0; i < c.getActions().size(); i++) {
                    String number = c.getActions().get(i).getNumber();
                    if (uses.get(number) > 1) {
                        f.at("actions[" + i + "].number", number);
                    }
                }
            });

    static final Rule<Convention> MEASUREMENT_DATE = Rule.error(RuleCodes.MEASUREMENT_DATE, Applies.always(CONTENT),
            "A measurement is dated within the validity.", (c, ctx, f) -> {
                DateRange validity = c.getValidity();
                for (int i = 0; i < c.getActions().size(); i++) {
                    List<ActionIndicator> indicators = c.getActions().get(i).getIndicators();
                    for (int k = 0; k < indicators.size(); k++) {
                        List<Measurement> measurements = indicators.get(k).getMeasurements();
                        for (int m = 0; m < measurements.size(); m++) {
                            LocalDate day = measurements.get(m).getDate();
                            if (!validity.contains(day)) {
                                f.at("actions[" + i + "].indicators[" + k + "].measurements[" + m + "].date", day,
                                        validity.getFrom(), validity.getTo());
                            }
                        }
                    }
                }
            });

    static final Rule<Convention> DUPLICATE_SIGNATORY = Rule.error(RuleCodes.DUPLICATE_SIGNATORY,
            Applies.always(CONTENT), "Each organisation is a party once (by name, and by kind and identifier).",
            (c, ctx, f) -> {
                Set<String> names = new HashSet<>();
                Set<String> identities = new HashSet<>();
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    boolean sameName = !names.add(s.getName());
                    boolean sameOrganisation = s.getIdentifier()
                            .map(id -> !identities.add(s.getKind() + ":" + id)).orElse(false);
                    if (sameName || sameOrganisation) {
                        f.at("signatories[" + i + "]", s.getName());
                    }
                }
            });

    static final Rule<Convention> SIREN_CHECKSUM = Rule.error(RuleCodes.SIREN_CHECKSUM, Applies.always(CONTENT),
            "A SIREN number passes its Luhn checksum (the territory's EPCIs, a party's identifier, an outside"
                    + " funder's).", (c, ctx, f) -> {
                c.getTerritory().getEpciSirens().stream()
                        .filter(siren -> SIREN_FORM.matcher(siren).matches() && !Siren.isWellFormed(siren))
                        .forEach(siren -> f.at("territory.epciSirens", siren));
                eachIdentifier(c, (path, id, form) -> {
                    if (form == IdentifierForm.SIREN && !Siren.isWellFormed(id)) {
                        f.at(path, id);
                    }
                });
            });

    static final Rule<Convention> SIRET_CHECKSUM = Rule.error(RuleCodes.SIRET_CHECKSUM, Applies.always(CONTENT),
            "A SIRET number (a party's identifier, an outside funder's) passes its checksum: Luhn on its SIREN and on"
                    + " all 14 digits, or, at La Poste (SIREN 356000000), a sum of digits that is a multiple of 5.",
            (c, ctx, f) -> eachIdentifier(c, (path, id, form) -> {
                if (form == IdentifierForm.SIRET && !Siret.isWellFormed(id)) {
                    f.at(path, id);
                }
            }));

    static final Rule<Convention> IDENTIFIER_FORM = Rule.error(RuleCodes.IDENTIFIER_FORM, Applies.always(CONTENT),
            "An identifier has a known form: a party's is a SIREN (9 digits), a SIRET (14 digits) or, for a commune"
                    + " only, its INSEE code (5 characters); an outside funder's is a SIREN or a SIRET.",
            (c, ctx, f) -> eachIdentifier(c, (path, id, form) -> {
                if (form == IdentifierForm.UNKNOWN_FOR_A_COMMUNE) {
                    f.at(path, id, new Violation.Wording("un SIREN (9 chiffres), un SIRET (14 chiffres) ou le code"
                            + " INSEE de la commune (5 caractères)", "a SIREN (9 digits), a SIRET (14 digits) or the"
                            + " commune's INSEE code (5 characters)"));
                } else if (form == IdentifierForm.UNKNOWN) {
                    f.at(path, id, new Violation.Wording("un SIREN (9 chiffres) ou un SIRET (14 chiffres)",
                            "a SIREN (9 digits) or a SIRET (14 digits)"));
                }
            }));

    static final Rule<Convention> DUPLICATE_REPRESENTATIVE = Rule.error(RuleCodes.DUPLICATE_REPRESENTATIVE,
            Applies.always(CONTENT), "Within a party, each representative is named once.", (c, ctx, f) -> {
                for (PartyAt at : parties(c)) {
                    List<Representative> people = at.party().getRepresentatives();
                    for (int k : repeated(people, Representative::getName)) {
                        f.at(at.path() + ".representatives[" + k + "].name", people.get(k).getName(),
                                at.party().getName());
                    }
                }
            });

    static final Rule<Convention> SIGNED_AFTER_END = Rule.error(RuleCodes.SIGNED_AFTER_END, Applies.always(CONTENT),
            "Each representative signs no later than the last day of the validity.", (c, ctx, f) ->
                    eachRepresentative(c, (path, party, person) -> person.getSignedOn()
                            .filter(day -> day.isAfter(c.getValidity().getTo()))
                            .ifPresent(day -> f.at(path + ".signedOn", day, c.getValidity().getTo(), person.getName()))));

    static final Rule<Convention> MANDATE_MISSING = Rule.error(RuleCodes.MANDATE_MISSING, Applies.always(CONTENT),
            "A party whose representatives have begun to sign the convention does so under a mandate"
                    + " (deliberation); one that joined by amendment signed that amendment.", (c, ctx, f) -> {
                List<Signatory> founding = c.foundingParties();
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    boolean signing = s.getRepresentatives().stream().anyMatch(Representative::hasSigned);
                    if (signing && s.getMandate().isEmpty() && founding.contains(s)) {
                        f.at("signatories[" + i + "].mandate", s.getName());
                    }
                }
            });

    static final Rule<Convention> SIGNED_BEFORE_MANDATE = Rule.error(RuleCodes.SIGNED_BEFORE_MANDATE,
            Applies.always(CONTENT), "Each representative signs on or after the deliberation that authorises the"
                    + " party.", (c, ctx, f) -> eachRepresentative(c, (path, party, person) -> person.getSignedOn()
                    .ifPresent(day -> party.getMandate().filter(m -> m.getDate().isAfter(day))
                            .ifPresent(m -> f.at(path + ".signedOn", day, m.getDate(), person.getName())))));

    static final Rule<Convention> MANDATE_VOTE_DATE = Rule.error(RuleCodes.MANDATE_VOTE_DATE, Applies.always(CONTENT),
            "A mandate's vote (date de la séance) is not after its deliberation's date (date de l'acte), as the SCDL"
                    + " délibérations schema has them.", (c, ctx, f) -> eachMandate(c, (path, party, mandate) ->
                    mandate.getVoteDate().filter(vote -> vote.isAfter(mandate.getDate()))
                            .ifPresent(vote -> f.at(path + ".voteDate", vote, mandate.getDate(), party.getName()))));

    static final Rule<Convention> MANDATE_URL = Rule.error(RuleCodes.MANDATE_URL, Applies.always(CONTENT),
            "A mandate's URL, when given, is an absolute http or https URL.", (c, ctx, f) ->
                    eachMandate(c, (path, party, mandate) -> mandate.getUrl().filter(url -> !isHttpUrl(url))
                            .ifPresent(url -> f.at(path + ".url", FieldConstraints.shown(url), party.getName()))));

    static final Rule<Convention> AMENDMENT_NUMBERING = Rule.error(RuleCodes.AMENDMENT_NUMBERING,
            Applies.always(CONTENT), "Amendments are numbered 1, 2, 3… in order.", (c, ctx, f) -> {
                for (int i = 0; i < c.getAmendments().size(); i++) {
                    int number = c.getAmendments().get(i).getNumber();
                    if (number != i + 1) {
                        f.at("amendments[" + i + "].number", number, i + 1);
                    }
                }
            });

    static final Rule<Convention> OUTCOME_UNKNOWN_ACTION = Rule.error(RuleCodes.OUTCOME_UNKNOWN_ACTION,
            Applies.always(CONTENT), "An evaluation outcome rates an action of the plan.", (c, ctx, f) ->
                    c.getEvaluation().ifPresent(evaluation -> {
                        for (int i = 0; i < evaluation.getOutcomes().size(); i++) {
                            String number = evaluation.getOutcomes().get(i).getActionNumber();
                            if (c.action(number).isEmpty()) {
                                f.at("evaluation.outcomes[" + i + "].actionNumber", number);
                            }
                        }
                    }));

    static final Rule<Convention> DUPLICATE_AXIS = Rule.error(RuleCodes.DUPLICATE_AXIS, Applies.always(CONTENT),
            "Each axis of the plan has its own number.", (c, ctx, f) -> {
                for (int i : repeated(c.getAxes(), Axis::getNumber)) {
                    f.at("axes[" + i + "].number", c.getAxes().get(i).getNumber());
                }
            });

    static final Rule<Convention> AXIS_FIELD = Rule.error(RuleCodes.AXIS_FIELD, Applies.always(CONTENT),
            "An axis serves only fields the convention covers.", (c, ctx, f) -> {
                for (int i = 0; i < c.getAxes().size(); i++) {
                    Axis axis = c.getAxes().get(i);
                    for (FieldOfAction field : axis.getFields()) {
                        if (!c.getFields().contains(field)) {
                            f.at("axes[" + i + "].fields", field.describe(), axis.getNumber());
                        }
                    }
                }
            });

    static final Rule<Convention> ACTION_AXIS_UNKNOWN = Rule.error(RuleCodes.ACTION_AXIS_UNKNOWN,
            Applies.always(CONTENT), "When the plan has axes, each action's number begins with the number of one of"
                    + " them (action 2.3 in axis 2).", (c, ctx, f) -> {
                if (c.getAxes().isEmpty()) {
                    return;
                }
                String numbers = c.getAxes().stream().map(a -> String.valueOf(a.getNumber()))
                        .collect(Collectors.joining(", "));
                for (int i = 0; i < c.getActions().size(); i++) {
                    String number = c.getActions().get(i).getNumber();
                    if (axisOf(c, number).isEmpty()) {
                        f.at("actions[" + i + "].number", number, numbers);
                    }
                }
            });

    static final Rule<Convention> ACTION_FIELD_OUTSIDE_AXIS = Rule.warning(RuleCodes.ACTION_FIELD_OUTSIDE_AXIS,
            Applies.always(CONTENT), "Warning: an action serves only fields its axis serves (an action may reach"
                    + " beyond its axis on purpose).", (c, ctx, f) -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    ActionSheet action = c.getActions().get(i);
                    Optional<Axis> axis = axisOf(c, action.getNumber());
                    if (axis.isEmpty()) {
                        continue;
                    }
                    for (FieldOfAction field : action.getFields()) {
                        if (!axis.get().getFields().contains(field)) {
                            f.at("actions[" + i + "].fields", field.describe(), action.getNumber(),
                                    axis.get().getNumber());
                        }
                    }
                }
            });

    static final Rule<Convention> DUPLICATE_COORDINATOR = Rule.error(RuleCodes.DUPLICATE_COORDINATOR,
            Applies.always(CONTENT), "Each coordinator is named once.", (c, ctx, f) -> {
                List<Coordinator> coordinators = c.getGovernance().getCoordinators();
                for (int i : repeated(coordinators, Coordinator::getName)) {
                    f.at("governance.coordinators[" + i + "].name", coordinators.get(i).getName());
                }
            });

    static final Rule<Convention> DUPLICATE_ATTENDEE = Rule.error(RuleCodes.DUPLICATE_ATTENDEE,
            Applies.always(CONTENT), "Each organisation is listed once among a meeting's attendees.", (c, ctx, f) -> {
                List<CommitteeMeeting> meetings = c.getGovernance().getMeetings();
                for (int m = 0; m < meetings.size(); m++) {
                    List<String> attendees = meetings.get(m).getAttendees();
                    for (int k : repeated(attendees, Function.identity())) {
                        f.at("governance.meetings[" + m + "].attendees[" + k + "]", attendees.get(k),
                                meetings.get(m).getDate());
                    }
                }
            });

    static final Rule<Convention> MEDIA_TYPE = Rule.error(RuleCodes.MEDIA_TYPE, Applies.always(CONTENT),
            "A document's media type has the form type/subtype (RFC 6838), parameters allowed:"
                    + " application/pdf, text/csv; charset=utf-8.", (c, ctx, f) -> {
                for (int i = 0; i < c.getDocuments().size(); i++) {
                    DocumentReference document = c.getDocuments().get(i);
                    if (!MEDIA_TYPE_FORM.matcher(document.getMediaType()).matches()) {
                        f.at("documents[" + i + "].mediaType", FieldConstraints.shown(document.getMediaType()),
                                document.getTitle());
                    }
                }
            });

    static final Rule<Convention> PREDECESSOR_SELF = Rule.error(RuleCodes.PREDECESSOR_SELF, Applies.always(CONTENT),
            "A convention does not name itself among the conventions it renews.", (c, ctx, f) -> {
                if (c.getPredecessorIds().contains(c.getId())) {
                    f.at("predecessorIds", c.getId());
                }
            });

    static final Rule<Convention> TEXT_CONTROL = Rule.error(RuleCodes.TEXT_CONTROL, Applies.always(CONTENT),
            "Texts hold no control character (tabs and line breaks only in long texts) and no lone surrogate,"
                    + " so that every store keeps them.", (c, ctx, f) -> StorableTexts.check(c, f));

    static final List<Rule<Convention>> ALL = List.of(VALIDITY_ORDER, VALIDITY_LENGTH, VALIDITY_UNUSUAL,
            SCHEDULE_ORDER, AMOUNT_NEGATIVE, BUDGET_YEAR, ACTION_FIELD, DUPLICATE_ACTION, MEASUREMENT_DATE,
            DUPLICATE_SIGNATORY, IDENTIFIER_FORM, SIREN_CHECKSUM, SIRET_CHECKSUM, DUPLICATE_REPRESENTATIVE,
            SIGNED_AFTER_END, MANDATE_MISSING, SIGNED_BEFORE_MANDATE, MANDATE_VOTE_DATE, MANDATE_URL,
            AMENDMENT_NUMBERING, OUTCOME_UNKNOWN_ACTION, DUPLICATE_AXIS, AXIS_FIELD, ACTION_AXIS_UNKNOWN,
            ACTION_FIELD_OUTSIDE_AXIS, DUPLICATE_COORDINATOR, DUPLICATE_ATTENDEE, MEDIA_TYPE, PREDECESSOR_SELF,
            TEXT_CONTROL);

    /** Whether {@code validity} lasts from {@code minYears} to {@code maxYears}, both ends included. */
    static boolean lasts(DateRange validity, int minYears, int maxYears) {
        LocalDate dayAfter = validity.getTo().plusDays(1);
        return !dayAfter.isBefore(validity.getFrom().plusYears(minYears))
                && !dayAfter.isAfter(validity.getFrom().plusYears(maxYears));
    }

    static long months(DateRange validity) {
        return ChronoUnit.MONTHS.between(validity.getFrom(), validity.getTo().plusDays(1));
    }

    /** A party where the record writes it: {@code signatories[1]}, or {@code amendments[0].changes[2].party}. */
    record PartyAt(String path, Signatory party) {}

    /** The convention's parties, and those a pending amendment adds (an amendment in effect added its own). */
    static List<PartyAt> parties(Convention c) {
        List<PartyAt> out = new ArrayList<>();
        for (int i = 0; i < c.getSignatories().size(); i++) {
            out.add(new PartyAt("signatories[" + i + "]", c.getSignatories().get(i)));
        }
        for (int a = 0; a < c.getAmendments().size(); a++) {
            Amendment amendment = c.getAmendments().get(a);
            for (int k = 0; k < amendment.getChanges().size(); k++) {
                if (!amendment.isInEffect() && amendment.getChanges().get(k) instanceof AmendmentChange.AddParty add) {
                    out.add(new PartyAt("amendments[" + a + "].changes[" + k + "].party", add.getParty()));
                }
            }
        }
        return out;
    }

    /** The indexes of the items whose key an earlier item has: the repeats, the first of each kept. */
    static <T, K> List<Integer> repeated(List<T> items, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        List<Integer> repeats = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                repeats.add(i);
            }
        }
        return repeats;
    }

    /** The axis that holds action {@code number}, when one does. */
    private static Optional<Axis> axisOf(Convention c, String number) {
        return c.getAxes().stream().filter(axis -> axis.holds(number)).findFirst();
    }

    /**
     * An absolute http(s) address with a host: an IRI as people write them (accents, quotes) is accepted, since
     * publishers of deliberations print them so; a space, a control character or another scheme is not.
     */
    private static boolean isHttpUrl(String url) {
        return HTTP_URL.matcher(url).matches();
    }

    private static final Pattern HTTP_URL =
            Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    /** What an identifier is, by its form: its checksum is another rule's. */
    enum IdentifierForm {
        SIREN, SIRET, INSEE,
        /** Neither a SIREN nor a SIRET, where only those are accepted (an outside funder, a party but a commune). */
        UNKNOWN,
        /** Neither a SIREN, a SIRET nor an INSEE code, for a commune party. */
        UNKNOWN_FOR_A_COMMUNE
    }

    static IdentifierForm formOf(String id, boolean inseeAccepted) {
        if (SIREN_FORM.matcher(id).matches()) {
            return IdentifierForm.SIREN;
        }
        if (SIRET_FORM.matcher(id).matches()) {
            return IdentifierForm.SIRET;
        }
        if (inseeAccepted) {
            return INSEE_FORM.matcher(id).matches() ? IdentifierForm.INSEE : IdentifierForm.UNKNOWN_FOR_A_COMMUNE;
        }
        return IdentifierForm.UNKNOWN;
    }

    private interface IdentifierVisitor {
        void visit(String path, String identifier, IdentifierForm form);
    }

    /** Every identifier of an organisation: each party's, each outside funder's. */
    private static void eachIdentifier(Convention c, IdentifierVisitor visitor) {
        for (PartyAt at : parties(c)) {
            boolean commune = at.party().getKind() == OrganisationKind.COMMUNE;
            at.party().getIdentifier().ifPresent(id -> visitor.visit(at.path() + ".identifier", id, formOf(id, commune)));
        }
        eachBudgetLine(c, (path, line) -> line.getFunderIdentifier()
                .ifPresent(id -> visitor.visit(path + ".funderIdentifier", id, formOf(id, false))));
    }

    private interface RepresentativeVisitor {
        void visit(String path, Signatory party, Representative representative);
    }

    private static void eachRepresentative(Convention c, RepresentativeVisitor visitor) {
        for (PartyAt at : parties(c)) {
            List<Representative> people = at.party().getRepresentatives();
            for (int k = 0; k < people.size(); k++) {
                visitor.visit(at.path() + ".representatives[" + k + "]", at.party(), people.get(k));
            }
        }
    }

    private interface MandateVisitor {
        void visit(String path, Signatory party, Mandate mandate);
    }

    private static void eachMandate(Convention c, MandateVisitor visitor) {
        for (PartyAt at : parties(c)) {
            at.party().getMandate().ifPresent(m -> visitor.visit(at.path() + ".mandate", at.party(), m));
        }
    }

    interface LineVisitor {
        void visit(String path, BudgetLine line);
    }

    static void eachBudgetLine(Convention c, LineVisitor visitor) {
        for (int i = 0; i < c.getActions().size(); i++) {
            ActionSheet action = c.getActions().get(i);
            for (int j = 0; j < action.getBudget().size(); j++) {
                visitor.visit("actions[" + i + "].budget[" + j + "]", action.getBudget().get(j));
            }
        }
    }
}
