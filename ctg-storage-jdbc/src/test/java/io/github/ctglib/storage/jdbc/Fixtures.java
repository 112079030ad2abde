package io.github.ctglib.storage.jdbc;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.vocabulary.Period;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.ports.Change;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Conventions for the adapter's own tests. */
final class Fixtures {
    private Fixtures() {}

    /**
     * Text that SQL built by concatenation, a placeholder substitution or a re-encoding would damage: quotes,
     * a statement, comments, LIKE wildcards, a backslash, a script placeholder, accents, a ZWJ emoji and an
     * astral character, right-to-left and CJK scripts, a tab, CR LF and trailing spaces (under 130 chars).
     */
    static final String HOSTILE = "O'Brien \"cité\"; DROP TABLE convention; -- fin /* x */ \\ % _ ${schema} "
            + "Œuvre à l'été 👨‍👩‍👧 𝄞 مرحبا שלום 地域総合協定\t\r\n  ";
    /** Hostile text that fits a 14-character column (signatory identifiers). */
    static final String HOSTILE_SHORT = "';--é👍 שלום";

    static final Instant AT = Instant.parse("2026-03-06T10:15:30.123456789Z");

    static Change change(String summary) {
        return new Change("agent:test", AT, summary);
    }

    /** A convention with a value in every table and every optional present; free texts from {@code text}. */
    static Convention full(String id, String text) {
        FieldOfAction other = FieldOfAction.other("mobilité " + text);
        return Convention.builder()
                .id(id)
                .title("Titre " + text)
                .caf(Caf.of("CAF " + text, "2A"))
                .territory(Territory.builder().addCommuneCodes("34108", "2A004", "97411").epciSiren("200066355").build())
                .validity(Period.ofYears(2023, 2027))
                .addSignatories(signatory("Commune " + text, HOSTILE_SHORT, true), signatory("CAF " + text, null, false))
                .addFields(FieldOfAction.of(ActionField.EARLY_CHILDHOOD), other, FieldOfAction.of(ActionField.YOUTH))
                .diagnostic(Diagnostic.builder()
                        .addIndicator(Indicator.builder().label("Indicateur " + text).value(new BigDecimal("29.50"))
                                .unit(fit("% " + text, 40)).referenceYear(2022).source("Source " + text)
                                .territory("Quartier " + text).build())
                        .addIndicator(Indicator.builder().label("Grand nombre").value(new BigDecimal("2.5E+6"))
                                .unit("EUR").referenceYear(2021).source("INSEE").build())
                        .addNeed(Need.of(other, "Besoin " + text))
                        .addNeed(Need.of(FieldOfAction.of(ActionField.YOUTH), "Jeunesse " + text))
                        .build())
                .addActions(action("1.1", text, 3), action("2.1", text, 0))
                .governance(Governance.builder()
                        .coordinator(Person.of("Coordinatrice " + text, "Chargée de coopération " + text))
                        .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 1)).kind(CommitteeKind.STEERING)
                                .addDecisions("Décision " + text, "Seconde décision").build())
                        .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 9, 1))
                                .kind(CommitteeKind.TECHNICAL).build())
                        .build())
                .addAmendment(Amendment.builder()
                        .number(1)
                        .date(LocalDate.of(2025, 2, 1))
                        .object("Objet " + text)
                        .addAddedAction(action("3.1", text, 1))
                        .addAddedSignatory(signatory("Nouvelle commune " + text, "34157", true))
                        .addAddedCommuneCodes("34157", "34003")
                        .newValidityEnd(LocalDate.of(2028, 12, 31))
                        .addSignatures(AmendmentSignature.of("Commune " + text, LocalDate.of(2025, 2, 10)),
                                AmendmentSignature.of("CAF " + text, LocalDate.of(2025, 2, 12)))
                        .effectiveOn(LocalDate.of(2025, 2, 12))
                        .build())
                .addAmendment(Amendment.builder().number(2).date(LocalDate.of(2025, 5, 1)).object("Second " + text)
                        .addAddedAction(action("4.1", text, 0)).build())
                .evaluation(Evaluation.builder()
                        .addOutcomes(ActionOutcome.of("1.1", Outcome.ACHIEVED, "Commentaire " + text),
                                ActionOutcome.of("2.1", Outcome.PARTLY_ACHIEVED))
                        .overallAssessment("Bilan " + text)
                        .build())
                .stage(Stage.TERMINATED)
                .signatureDate(LocalDate.of(2024, 3, 6))
                .termination(Termination.of(LocalDate.of(2026, 7, 1), "Motif " + text))
                .predecessorId("ctg-34-old.2018")
                .build();
    }

    static Signatory signatory(String name, String identifier, boolean signed) {
        return Signatory.builder()
                .kind(signed ? OrganisationKind.COMMUNE : OrganisationKind.CAF)
                .name(name)
                .identifier(java.util.Optional.ofNullable(identifier))
                .representative(Person.of("Représentant " + name, "Maire " + name))
                .mandate(signed ? java.util.Optional.of(Mandate.of("DEL-2024 " + name, LocalDate.of(2024, 2, 8)))
                        : java.util.Optional.empty())
                .signedOn(signed ? java.util.Optional.of(LocalDate.of(2024, 3, 6)) : java.util.Optional.empty())
                .build();
    }

    /** The longest start of {@code text} of at most {@code max} chars that does not split a character. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** An action with {@code lines} budget lines, an indicator with two measurements, every option set. */
    static ActionSheet action(String number, String text, int lines) {
        List<BudgetLine> budget = new ArrayList<>();
        String[] amounts = {"1200.5", "100", "0.00", "9999999999999.99"};
        for (int i = 0; i < lines; i++) {
            budget.add(BudgetLine.builder().year(2024 + i).funder("Financeur " + text)
                    .instrument(FundingInstrument.values()[i % FundingInstrument.values().length])
                    .nature(i % 2 == 0 ? BudgetNature.FORECAST : BudgetNature.ACTUAL)
                    .amount(new BigDecimal(amounts[i % amounts.length])).build());
        }
        return ActionSheet.builder()
                .number(number)
                .title("Action " + number + " " + text)
                .addFields(FieldOfAction.of(ActionField.EARLY_CHILDHOOD), FieldOfAction.other("autre " + text))
                .addObjectives("Objectif " + text, "Second objectif")
                .targetPublic("Public " + text)
                .pilot("Pilote " + text)
                .addPartners("Partenaire " + text, "France Services")
                .schedule(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)))
                .status(ActionStatus.IN_PROGRESS)
                .priority(Priority.HIGH)
                .budget(budget)
                .addIndicator(ActionIndicator.builder().label("Places " + text).unit("places")
                        .baseline(new BigDecimal("210")).target(new BigDecimal("240.0"))
                        .addMeasurements(Measurement.of(LocalDate.of(2024, 12, 31), new BigDecimal("215")),
                                Measurement.of(LocalDate.of(2025, 12, 31), new BigDecimal("0.123456789012345678901")))
                        .build())
                .addIndicator(ActionIndicator.builder().label("Sans cible").unit("familles").build())
                .build();
    }

    /** {@link #full} with {@code count} actions in its plan. */
    static Convention withActions(String id, int count) {
        List<ActionSheet> actions = IntStream.rangeClosed(1, count)
                .mapToObj(i -> action((i / 100 + 1) + "." + (i % 100), "plan", 2)).toList();
        return ImmutableConvention.copyOf(full(id, "texte")).withActions(actions);
    }
}
