package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ImmutableActionIndicator;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableAxis;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.ImmutableCoordinator;
import io.github.ctglib.convention.ImmutableDocumentReference;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.Withdrawal;
import java.util.Optional;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableDiagnostic;
import io.github.ctglib.convention.ImmutableIndicator;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Jakarta constraint of the model fires, with its rule code and path: constraints on Immutables
 * accessors are silently ignored unless they are getters, so each one is proven here.
 */
class FieldConstraintsTest {

    private static final String LONG_SHORT_TEXT = "x".repeat(301);
    private static final String LONG_LONG_TEXT = "x".repeat(20_001);
    private static final ConventionValidator VALIDATOR = ConventionValidator.standard();

    @Test
    void frontignanHasNoFieldViolation() {
        assertThat(FieldConstraints.check(Frontignan.draft())).isEmpty();
    }

    static Stream<Arguments> constraints() {
        return Stream.of(
                violation("id pattern", c -> c.withId("../etc"), RuleCodes.ID_FORMAT, "id"),
                violation("title size", c -> c.withTitle(LONG_SHORT_TEXT), RuleCodes.TEXT_TOO_LONG, "title"),
                violation("caf name size", c -> c.withCaf(Caf.of(LONG_SHORT_TEXT, "34")), RuleCodes.TEXT_TOO_LONG,
                        "caf.name"),
                violation("caf département pattern", c -> c.withCaf(Caf.of("CAF", "340")),
                        RuleCodes.DEPARTEMENT_FORMAT, "caf.departementCode"),
                violation("commune pattern", c -> c.withTerritory(Territory.ofCommune("3410")),
                        RuleCodes.INSEE_FORMAT, "territory.communeCodes"),
                violation("territory not empty", c -> c.withTerritory(Territory.builder().build()),
                        RuleCodes.TERRITORY_EMPTY, "territory.communeCodes"),
                violation("epci pattern", c -> c.withTerritory(Territory.builder().addCommuneCode("34108")
                        .addEpciSiren("20006635").build()), RuleCodes.SIREN_FORMAT, "territory.epciSirens"),
                violation("territory vintage", c -> c.withTerritory(Territory.builder().addCommuneCode("34108")
                        .vintage(1942).build()), RuleCodes.YEAR_RANGE, "territory.vintage"),
                violation("signatory name size", c -> c.withSignatories(signatory(c, s -> s.withName(LONG_SHORT_TEXT))),
                        RuleCodes.TEXT_TOO_LONG, "signatories[0].name"),
                violation("signatory identifier size", c -> c.withSignatories(signatory(c,
                        s -> s.withIdentifier("123456789012345"))), RuleCodes.TEXT_TOO_LONG, "signatories[0].identifier"),
                violation("representative name size", c -> c.withSignatories(signatory(c,
                        s -> s.withRepresentatives(Representative.of(LONG_SHORT_TEXT, "Maire")))), RuleCodes.TEXT_TOO_LONG,
                        "signatories[0].representatives[0].name"),
                violation("representative title size", c -> c.withSignatories(signatory(c,
                        s -> s.withRepresentatives(Representative.of("A", LONG_SHORT_TEXT)))), RuleCodes.TEXT_TOO_LONG,
                        "signatories[0].representatives[0].title"),
                violation("mandate reference size", c -> c.withSignatories(signatory(c,
                        s -> s.withMandate(Mandate.of(LONG_SHORT_TEXT, LocalDate.of(2024, 1, 1))))),
                        RuleCodes.TEXT_TOO_LONG, "signatories[0].mandate.reference"),
                violation("mandate body size", c -> c.withSignatories(signatory(c, s -> s.withMandate(Mandate.builder()
                        .reference("DEL-1").date(LocalDate.of(2024, 1, 1)).body(LONG_SHORT_TEXT).build()))),
                        RuleCodes.TEXT_TOO_LONG, "signatories[0].mandate.body"),
                violation("mandate url size", c -> c.withSignatories(signatory(c, s -> s.withMandate(Mandate.builder()
                        .reference("DEL-1").date(LocalDate.of(2024, 1, 1)).url("https://" + LONG_SHORT_TEXT).build()))),
                        RuleCodes.TEXT_TOO_LONG, "signatories[0].mandate.url"),
                violation("indicator label size", c -> indicator(c, i -> i.withLabel(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "diagnostic.indicators[0].label"),
                violation("indicator unit size", c -> indicator(c, i -> i.withUnit("u".repeat(41))),
                        RuleCodes.TEXT_TOO_LONG, "diagnostic.indicators[0].unit"),
                violation("indicator year min", c -> indicator(c, i -> i.withReferenceYear(1899)),
                        RuleCodes.YEAR_RANGE, "diagnostic.indicators[0].referenceYear"),
                violation("indicator year max", c -> indicator(c, i -> i.withReferenceYear(2201)),
                        RuleCodes.YEAR_RANGE, "diagnostic.indicators[0].referenceYear"),
                violation("indicator source size", c -> indicator(c, i -> i.withSource(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "diagnostic.indicators[0].source"),
                violation("indicator territory size", c -> indicator(c, i -> i.withTerritory(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "diagnostic.indicators[0].territory"),
                violation("need description size", c -> c.withDiagnostic(ImmutableDiagnostic.copyOf(c.getDiagnostic()).withNeeds(
                        Need.of(Frontignan.YOUTH, LONG_LONG_TEXT))), RuleCodes.TEXT_TOO_LONG,
                        "diagnostic.needs[0].description"),
                violation("action number pattern", c -> action(c, a -> a.withNumber("2.a")),
                        RuleCodes.ACTION_NUMBER_FORMAT, "actions[0].number"),
                violation("action title size", c -> action(c, a -> a.withTitle(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].title"),
                violation("action fields not empty", c -> action(c, a -> a.withFields(List.of())),
                        RuleCodes.EMPTY, "actions[0].fields"),
                violation("action objective size", c -> action(c, a -> a.withObjectives(LONG_LONG_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].objectives[0]"),
                violation("action target public size", c -> action(c, a -> a.withTargetPublic(LONG_LONG_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].targetPublic"),
                violation("action pilot size", c -> action(c, a -> a.withPilot(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].pilot"),
                violation("action partner size", c -> action(c, a -> a.withPartners(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].partners[0]"),
                violation("budget year", c -> budget(c, b -> b.withYear(1800)), RuleCodes.YEAR_RANGE,
                        "actions[0].budget[0].year"),
                violation("budget funder size", c -> budget(c, b -> b.withFunder(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].budget[0].funder"),
                violation("budget funder identifier size", c -> budget(c, b -> b.withFunderIdentifier("123456789012345")),
                        RuleCodes.TEXT_TOO_LONG, "actions[0].budget[0].funderIdentifier"),
                violation("budget FTE negative", c -> budget(c, b -> b.withFullTimeEquivalents(new BigDecimal("-0.01"))),
                        RuleCodes.FTE_RANGE, "actions[0].budget[0].fullTimeEquivalents"),
                violation("budget FTE above 99.99", c -> budget(c, b -> b.withFullTimeEquivalents(new BigDecimal("100"))),
                        RuleCodes.FTE_RANGE, "actions[0].budget[0].fullTimeEquivalents"),
                violation("budget amount cents", c -> budget(c, b -> b.withAmount(new BigDecimal("10.005"))),
                        RuleCodes.AMOUNT_SCALE, "actions[0].budget[0].amount"),
                violation("action indicator label size", c -> action(c, a -> a.withIndicators(
                        ImmutableActionIndicator.copyOf(a.getIndicators().get(0)).withLabel(LONG_SHORT_TEXT))), RuleCodes.TEXT_TOO_LONG,
                        "actions[0].indicators[0].label"),
                violation("action indicator unit size", c -> action(c, a -> a.withIndicators(
                        ImmutableActionIndicator.copyOf(a.getIndicators().get(0)).withUnit("u".repeat(41)))), RuleCodes.TEXT_TOO_LONG,
                        "actions[0].indicators[0].unit"),
                violation("meeting decision size", c -> c.withGovernance(Governance.builder().addMeeting(
                        CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 1)).kind(CommitteeKind.STEERING)
                                .addDecision(LONG_LONG_TEXT).build()).build()), RuleCodes.TEXT_TOO_LONG,
                        "governance.meetings[0].decisions[0]"),
                violation("coordinator name size", c -> c.withGovernance(Governance.builder()
                        .addCoordinator(Coordinator.of(LONG_SHORT_TEXT, "Chargée de coopération")).build()),
                        RuleCodes.TEXT_TOO_LONG, "governance.coordinators[0].name"),
                violation("coordinator title size", c -> coordinator(c, k -> k.withTitle(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "governance.coordinators[0].title"),
                violation("coordinator employer size", c -> coordinator(c, k -> k.withEmployer(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "governance.coordinators[0].employer"),
                violation("coordinator FTE above 99.99", c -> coordinator(c,
                        k -> k.withFullTimeEquivalents(new BigDecimal("100.00"))), RuleCodes.FTE_RANGE,
                        "governance.coordinators[0].fullTimeEquivalents"),
                violation("coordinator FTE negative", c -> coordinator(c,
                        k -> k.withFullTimeEquivalents(new BigDecimal("-1"))), RuleCodes.FTE_RANGE,
                        "governance.coordinators[0].fullTimeEquivalents"),
                violation("coordinator FTE cents", c -> coordinator(c,
                        k -> k.withFullTimeEquivalents(new BigDecimal("0.333"))), RuleCodes.FTE_RANGE,
                        "governance.coordinators[0].fullTimeEquivalents"),
                violation("meeting attendee size", c -> c.withGovernance(Governance.builder().addMeeting(
                        CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 1)).kind(CommitteeKind.STEERING)
                                .addAttendee(LONG_SHORT_TEXT).build()).build()), RuleCodes.TEXT_TOO_LONG,
                        "governance.meetings[0].attendees[0]"),
                violation("axis number 0", c -> axis(c, a -> a.withNumber(0)), RuleCodes.NOT_POSITIVE, "axes[0].number"),
                violation("axis number 1000", c -> axis(c, a -> a.withNumber(1000)), RuleCodes.NOT_POSITIVE,
                        "axes[0].number"),
                violation("axis title size", c -> axis(c, a -> a.withTitle(LONG_SHORT_TEXT)), RuleCodes.TEXT_TOO_LONG,
                        "axes[0].title"),
                violation("document SHA-256 upper case", c -> document(c, d -> d.withSha256(SHA.toUpperCase())),
                        RuleCodes.DIGEST_FORMAT, "documents[0].sha256"),
                violation("document SHA-256 length", c -> document(c, d -> d.withSha256(SHA.substring(1))),
                        RuleCodes.DIGEST_FORMAT, "documents[0].sha256"),
                violation("document size", c -> document(c, d -> d.withSize(-1)), RuleCodes.NOT_POSITIVE,
                        "documents[0].size"),
                violation("document title size", c -> document(c, d -> d.withTitle(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "documents[0].title"),
                violation("document media type size", c -> document(c, d -> d.withMediaType("a/" + "b".repeat(254))),
                        RuleCodes.TEXT_TOO_LONG, "documents[0].mediaType"),
                violation("document location size", c -> document(c, d -> d.withLocation(LONG_SHORT_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "documents[0].location"),
                violation("note text size", c -> c.withNotes(Note.of(LocalDate.of(2024, 6, 1), LONG_LONG_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "notes[0].text"),
                violation("note author size", c -> c.withNotes(Note.builder().date(LocalDate.of(2024, 6, 1))
                        .text("COPIL").author(LONG_SHORT_TEXT).build()), RuleCodes.TEXT_TOO_LONG, "notes[0].author"),
                violation("action note text size", c -> action(c, a -> a.withNotes(Note.of(LocalDate.of(2024, 6, 1),
                        LONG_LONG_TEXT))), RuleCodes.TEXT_TOO_LONG, "actions[0].notes[0].text"),
                violation("action withdrawal amendment number", c -> action(c, a -> a.withWithdrawal(Withdrawal.of(0,
                        LocalDate.of(2024, 6, 1), Optional.empty()))), RuleCodes.NOT_POSITIVE,
                        "actions[0].withdrawal.amendmentNumber"),
                violation("party withdrawal reason size", c -> c.withSignatories(signatory(c, s -> s.withWithdrawal(
                        Withdrawal.of(1, LocalDate.of(2024, 6, 1), Optional.of(LONG_LONG_TEXT))))),
                        RuleCodes.TEXT_TOO_LONG, "signatories[0].withdrawal.reason"),
                violation("amendment number", c -> c.withAmendments(amendment(0, "Objet")), RuleCodes.NOT_POSITIVE,
                        "amendments[0].number"),
                violation("amendment object size", c -> c.withAmendments(amendment(1, LONG_LONG_TEXT)),
                        RuleCodes.TEXT_TOO_LONG, "amendments[0].object"),
                violation("amendment commune pattern", c -> c.withAmendments(Amendment.builder().number(1)
                        .date(LocalDate.of(2024, 6, 1)).object("Extension").addChange(AmendmentChange.addCommunes(java.util.List.of("ABCDE"))).build()),
                        RuleCodes.INSEE_FORMAT, "amendments[0].changes[0].communeCodes"),
                violation("amendment added action", c -> c.withAmendments(Amendment.builder().number(1)
                        .date(LocalDate.of(2024, 6, 1)).object("Ajout").addChange(AmendmentChange.addAction(
                                ImmutableActionSheet.copyOf(c.getActions().get(0)).withNumber("x"))).build()),
                        RuleCodes.ACTION_NUMBER_FORMAT, "amendments[0].changes[0].action.number"),
                violation("amendment withdrawn communes not empty", c -> c.withAmendments(amendment(1,
                        AmendmentChange.withdrawCommunes(List.of()))), RuleCodes.EMPTY,
                        "amendments[0].changes[0].communeCodes"),
                violation("amendment replaced action number", c -> c.withAmendments(amendment(1,
                        ImmutableAmendmentChange.ReplaceAction.builder().actionNumber("1-1")
                                .replacement(c.getActions().get(0)).build())), RuleCodes.ACTION_NUMBER_FORMAT,
                        "amendments[0].changes[0].actionNumber"),
                violation("amendment withdrawn action reason", c -> c.withAmendments(amendment(1,
                        AmendmentChange.withdrawAction("1.1", LONG_LONG_TEXT))), RuleCodes.TEXT_TOO_LONG,
                        "amendments[0].changes[0].reason"),
                violation("amendment withdrawn party name", c -> c.withAmendments(amendment(1,
                        AmendmentChange.withdrawParty(LONG_SHORT_TEXT, null))), RuleCodes.TEXT_TOO_LONG,
                        "amendments[0].changes[0].partyName"),
                violation("amendment added party", c -> c.withAmendments(amendment(1, AmendmentChange.addParty(
                        ImmutableSignatory.copyOf(c.getSignatories().get(0)).withName(LONG_SHORT_TEXT)))),
                        RuleCodes.TEXT_TOO_LONG, "amendments[0].changes[0].party.name"),
                violation("amendment budget", c -> c.withAmendments(amendment(1, AmendmentChange.changeBudget("1.1",
                        List.of(ImmutableBudgetLine.copyOf(c.getActions().get(0).getBudget().get(0)).withYear(1800))))),
                        RuleCodes.YEAR_RANGE, "amendments[0].changes[0].budget[0].year"),
                violation("other field label size", c -> c.withFields(Frontignan.EARLY_CHILDHOOD,
                        io.github.ctglib.vocabulary.FieldOfAction.other(LONG_SHORT_TEXT)), RuleCodes.TEXT_TOO_LONG,
                        "fields.label"),
                violation("amendment signatory size", c -> c.withAmendments(Amendment.builder().number(1)
                        .date(LocalDate.of(2024, 6, 1)).object("Avenant").addChange(AmendmentChange.addCommunes(java.util.List.of("34301")))
                        .addSignature(io.github.ctglib.convention.AmendmentSignature.of(LONG_SHORT_TEXT,
                                LocalDate.of(2024, 7, 1))).build()), RuleCodes.TEXT_TOO_LONG,
                        "amendments[0].signatures[0].signatoryName"),
                violation("outcome comment size", c -> c.withEvaluation(Evaluation.builder().addOutcome(
                        ActionOutcome.of("1.1", Outcome.ACHIEVED, LONG_LONG_TEXT)).build()), RuleCodes.TEXT_TOO_LONG,
                        "evaluation.outcomes[0].comment"),
                violation("overall assessment size", c -> c.withEvaluation(Evaluation.builder()
                        .overallAssessment(LONG_LONG_TEXT).build()), RuleCodes.TEXT_TOO_LONG,
                        "evaluation.overallAssessment"),
                violation("termination reason size", c -> c.withTermination(Termination.of(LocalDate.of(2025, 1, 1),
                        LONG_LONG_TEXT)), RuleCodes.TEXT_TOO_LONG, "termination.reason"),
                violation("equipment reference pattern", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withReference("EAJE 01")), RuleCodes.EQUIPMENT_REFERENCE_FORMAT, "equipment[0].reference"),
                violation("equipment places negative", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withPlaces(-1)), RuleCodes.PLACES_RANGE, "equipment[0].places"),
                violation("equipment bonus places above 100,000", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withBonusBasis(io.github.ctglib.equipment.BonusBasis.eaje(100_001, 0, 0))),
                        RuleCodes.PLACES_RANGE, "equipment[0].bonusBasis.carriedOverPlaces"),
                violation("equipment commune pattern", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withCommuneCode("3410")), RuleCodes.INSEE_FORMAT, "equipment[0].communeCode"),
                violation("equipment FTE", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withFullTimeEquivalents(new BigDecimal("100"))), RuleCodes.FTE_RANGE,
                        "equipment[0].fullTimeEquivalents"),
                violation("equipment manager SIRET size", c -> c.withEquipment(EquipmentRulesTest.creche()
                        .withManager(io.github.ctglib.equipment.EquipmentManager.of("Gestionnaire", "123456789012345"))),
                        RuleCodes.TEXT_TOO_LONG, "equipment[0].manager.siret"),
                violation("withdrawn equipment reference pattern", c -> c.withAmendments(amendment(1,
                        AmendmentChange.withdrawEquipment("EAJE/01", null))), RuleCodes.EQUIPMENT_REFERENCE_FORMAT,
                        "amendments[0].changes[0].equipmentReference"),
                violation("bonus terms base year", c -> c.withBonusTerms(io.github.ctglib.equipment.BonusTerms.builder()
                        .baseYear(1800).build()), RuleCodes.YEAR_RANGE, "bonusTerms.baseYear"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraints")
    void constraintFiresWithItsCodeAndPath(String name, UnaryOperator<ImmutableConvention> breakIt, String code,
            String path) {
        Convention broken = breakIt.apply(ImmutableConvention.copyOf(Frontignan.draft()));

        List<Violation> violations = VALIDATOR.validate(broken);

        assertThat(violations).extracting(Violation::code, Violation::path).contains(
                org.assertj.core.groups.Tuple.tuple(code, path));
        Violation violation = violations.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        assertThat(violation.messageFr()).isNotBlank().isNotEqualTo(violation.messageEn());
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void everyFieldConstraintOfTheCatalogueIsProvenToFireHere() {
        java.util.Set<Object> proven = constraints().map(arguments -> arguments.get()[2]).collect(
                java.util.stream.Collectors.toSet());
        assertThat(RuleBook.all()).filteredOn(rule -> rule.applies().kind() == Applies.Kind.FIELD)
                .extracting(Rule::code).allMatch(proven::contains);
    }

    @Test
    void everyViolationIsReportedTogether() {
        Convention broken = ImmutableConvention.copyOf(Frontignan.draft()).withId("../x").withTitle(LONG_SHORT_TEXT)
                .withCaf(Caf.of("CAF", "3"));

        assertThat(VALIDATOR.validate(broken)).extracting(Violation::code)
                .contains(RuleCodes.ID_FORMAT, RuleCodes.TEXT_TOO_LONG, RuleCodes.DEPARTEMENT_FORMAT);
    }

    private static Arguments violation(String name, UnaryOperator<ImmutableConvention> breakIt, String code,
            String path) {
        return Arguments.of(name, breakIt, code, path);
    }

    private static List<ImmutableSignatory> signatory(Convention c, UnaryOperator<ImmutableSignatory> change) {
        return List.of(change.apply(ImmutableSignatory.copyOf(c.getSignatories().get(0))));
    }

    private static ImmutableConvention indicator(ImmutableConvention c, UnaryOperator<ImmutableIndicator> change) {
        return c.withDiagnostic(ImmutableDiagnostic.copyOf(c.getDiagnostic()).withIndicators(
                change.apply(ImmutableIndicator.copyOf(c.getDiagnostic().getIndicators().get(0)))));
    }

    private static ImmutableConvention action(ImmutableConvention c, UnaryOperator<ImmutableActionSheet> change) {
        return c.withActions(change.apply(ImmutableActionSheet.copyOf(c.getActions().get(0))));
    }

    private static ImmutableConvention budget(ImmutableConvention c, UnaryOperator<ImmutableBudgetLine> change) {
        return action(c, a -> a.withBudget(change.apply(ImmutableBudgetLine.copyOf(a.getBudget().get(0)))));
    }

    private static final String SHA = DocumentReference.sha256Of("convention".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));

    private static ImmutableConvention coordinator(ImmutableConvention c, UnaryOperator<ImmutableCoordinator> change) {
        return c.withGovernance(Governance.builder().addCoordinator(change.apply(ImmutableCoordinator.copyOf(
                Coordinator.of("Léa Martin", "Chargée de coopération CTG")))).build());
    }

    private static ImmutableConvention axis(ImmutableConvention c, UnaryOperator<ImmutableAxis> change) {
        List<io.github.ctglib.actionplan.Axis> axes = new java.util.ArrayList<>(c.getAxes());
        axes.set(0, change.apply(ImmutableAxis.copyOf(axes.get(0))));
        return c.withAxes(axes);
    }

    private static ImmutableConvention document(ImmutableConvention c, UnaryOperator<ImmutableDocumentReference> change) {
        return c.withDocuments(change.apply(ImmutableDocumentReference.copyOf(DocumentReference.builder()
                .title("Convention signée").kind(DocumentKind.SIGNED_CONVENTION).mediaType("application/pdf")
                .size(1024).sha256(SHA).location("ged://ctg/frontignan/convention.pdf").build())));
    }

    private static Amendment amendment(int number, AmendmentChange change) {
        return Amendment.builder().number(number).date(LocalDate.of(2024, 6, 1)).object("Avenant")
                .addChange(change).build();
    }

    private static Amendment amendment(int number, String object) {
        return Amendment.builder().number(number).date(LocalDate.of(2024, 6, 1)).object(object)
                .addChange(AmendmentChange.addCommunes(java.util.List.of("34301"))).build();
    }

}
