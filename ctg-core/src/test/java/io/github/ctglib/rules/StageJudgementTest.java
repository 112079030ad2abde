package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Parties;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentEffects;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A document is judged as of its stage: the rules its stage implies apply, on the document path
 * ({@link ConventionValidator}, as {@code ctg validate} and the import use it) as on the lifecycle path.
 */
class StageJudgementTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.withGeography(Geography.bundled());

    /** Frontignan as it stands at {@code stage}, consistent with it. */
    static ImmutableConvention at(Stage stage) {
        ImmutableConvention signed = ImmutableConvention.copyOf(Frontignan.signed());
        Evaluation evaluation = Evaluation.builder()
                .addAllOutcomes(Frontignan.actions().stream()
                        .map(a -> ActionOutcome.of(a.getNumber(), Outcome.ACHIEVED)).toList())
                .overallAssessment("Partenariat solide ; à renouveler").build();
        return switch (stage) {
            case IN_PREPARATION, SHARED_DIAGNOSTIC, ACTION_PLANNING, AWAITING_SIGNATURES ->
                    ImmutableConvention.copyOf(Frontignan.draft()).withStage(stage);
            case SIGNED -> signed;
            case EVALUATION -> signed.withEvaluation(evaluation).withStage(Stage.EVALUATION);
            case CLOSED -> signed.withEvaluation(evaluation).withStage(Stage.CLOSED);
            case TERMINATED -> signed.withTermination(Termination.of(LocalDate.of(2026, 1, 1), "Fusion"))
                    .withStage(Stage.TERMINATED);
        };
    }

    private static List<String> errors(Convention c) {
        return VALIDATOR.validate(c).stream().filter(Violation::isError).map(Violation::code)
                .collect(Collectors.toList());
    }

    private static List<Violation> violations(Convention c, String code) {
        return VALIDATOR.validate(c).stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void frontignanAsItStandsAtEachStageIsValid(Stage stage) {
        assertThat(VALIDATOR.validate(at(stage))).filteredOn(Violation::isError).isEmpty();
    }

    /** What the request for signatures demands holds from AWAITING_SIGNATURES on, not before. */
    @ParameterizedTest
    @EnumSource(Stage.class)
    void theScopeAppliesFromTheRequestForSignaturesOn(Stage stage) {
        ImmutableConvention withoutParenthood = at(stage).withFields(at(stage).getFields().stream()
                .filter(f -> f.getKind() != ActionField.PARENTHOOD).collect(Collectors.toList()))
                .withActions(List.of()).withEvaluation(Optional.empty());
        Convention judged = stage == Stage.EVALUATION || stage == Stage.CLOSED
                ? withoutParenthood.withEvaluation(Evaluation.builder().overallAssessment("Bilan").build())
                : withoutParenthood;
        assertThat(errors(judged).contains(RuleCodes.SCOPE)).as(stage.name()).isEqualTo(stage.isSubmitted());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void theSigningRulesApplyOnceSigned(Stage stage) {
        ImmutableConvention oneUnsigned = at(stage).withSignatories(replace(at(stage).getSignatories(), 1,
                s -> Parties.unsigned(s).withMandate(Optional.empty())));
        assertThat(errors(oneUnsigned).contains(RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY)).as(stage.name())
                .isEqualTo(stage.isSigned());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"EVALUATION", "CLOSED"})
    void anEvaluatedOrClosedConventionHasItsEvaluation(Stage stage) {
        assertThat(errors(at(stage))).doesNotContain(RuleCodes.EVALUATION_MISSING);
        assertThat(violations(at(stage).withEvaluation(Optional.empty()), RuleCodes.EVALUATION_MISSING))
                .extracting(Violation::path).containsExactly("evaluation");
    }

    @Nested
    class TheIssuesDocuments {
        /** A signed document with a 7-year validity. */
        @Test
        void sevenYearsAreRefused() {
            assertThat(errors(at(Stage.SIGNED).withValidity(DateRange.ofYears(2023, 2029))))
                    .contains(RuleCodes.VALIDITY_LENGTH);
        }

        @Test
        void withoutTheConventionsCafAmongItsParties() {
            ImmutableConvention noCaf = at(Stage.SIGNED).withSignatories(at(Stage.SIGNED).getSignatories().stream()
                    .filter(s -> s.getKind() != OrganisationKind.CAF).toList());
            assertThat(errors(noCaf)).contains(RuleCodes.CAF_NOT_PARTY);
        }

        @Test
        void aSecondCafOnAOneDepartementTerritory() {
            List<Signatory> parties = new ArrayList<>(at(Stage.SIGNED).getSignatories());
            parties.add(Signatory.builder().kind(OrganisationKind.CAF).name("CAF du Gard")
                    .addRepresentative(Representative.signed("Directrice", "Directrice", LocalDate.of(2024, 3, 1)))
                    .mandate(Frontignan.mandateOf(Frontignan.CAF_NAME)).build());
            assertThat(violations(at(Stage.SIGNED).withSignatories(parties), RuleCodes.SECOND_CAF))
                    .extracting(Violation::path).containsExactly("signatories[2]");
        }

        @Test
        void signedWhileNoPartyHasSigned() {
            ImmutableConvention noSignature = ImmutableConvention.copyOf(Frontignan.draft()).withStage(Stage.SIGNED)
                    .withSignatureDate(Frontignan.SIGNATURE_DATE);
            assertThat(violations(noSignature, RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY)).extracting(Violation::path)
                    .containsExactly("signatories[0].representatives[0].signedOn",
                            "signatories[0].representatives[1].signedOn", "signatories[1].representatives[0].signedOn",
                            "signatories[1].representatives[1].signedOn");
        }

        @Test
        void signedWhileOneRepresentativeHasNot() {
            ImmutableConvention oneMissing = at(Stage.SIGNED).withSignatories(replace(at(Stage.SIGNED).getSignatories(),
                    0, s -> s.withRepresentatives(s.getRepresentatives().get(0),
                            Representative.of("Laurent Teissier", "Président du conseil d'administration"))));
            List<Violation> unsigned = violations(oneMissing, RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY);
            assertThat(unsigned).extracting(Violation::path)
                    .containsExactly("signatories[0].representatives[1].signedOn");
            assertThat(unsigned.get(0).messageEn()).contains("Laurent Teissier (CAF de l'Hérault)");
        }

        @Test
        void aWithdrawnPartyNeedNotHaveSignedButNoLongerCounts() {
            ImmutableConvention signed = at(Stage.SIGNED);
            Withdrawal withdrawal = Withdrawal.of(1, LocalDate.of(2025, 1, 1), Optional.of("Sortie"));
            ImmutableConvention communeWithdrawn = signed.withSignatories(replace(signed.getSignatories(), 1,
                    s -> Parties.unsigned(s).withWithdrawal(withdrawal)));
            assertThat(errors(communeWithdrawn)).contains(RuleCodes.NO_LOCAL_AUTHORITY)
                    .doesNotContain(RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY, RuleCodes.CAF_NOT_PARTY);
            ImmutableConvention cafWithdrawn = signed.withSignatories(replace(signed.getSignatories(), 0,
                    s -> s.withWithdrawal(withdrawal)));
            assertThat(errors(cafWithdrawn)).contains(RuleCodes.CAF_NOT_PARTY).doesNotContain(RuleCodes.NO_LOCAL_AUTHORITY);
            Signatory sivom = Signatory.builder().kind(OrganisationKind.SIVOM).name("SIVOM du Bassin de Thau")
                    .addRepresentative(Representative.signed("Président", "Président", Frontignan.SIGNATURE_DATE))
                    .mandate(Frontignan.mandateOf(Frontignan.COMMUNE_NAME)).build();
            assertThat(errors(communeWithdrawn.withSignatories(append(communeWithdrawn.getSignatories(), sivom))))
                    .as("a syndicat only co-signs").contains(RuleCodes.NO_LOCAL_AUTHORITY);
        }
    }

    @Nested
    class Representatives {
        @Test
        void aPartyNamesItsRepresentativesOnceSignaturesAreRequested() {
            ImmutableConvention nobody = at(Stage.IN_PREPARATION).withSignatories(replace(
                    at(Stage.IN_PREPARATION).getSignatories(), 1, s -> s.withRepresentatives(List.of())));
            assertThat(errors(nobody)).as("a draft may still be settling who signs")
                    .doesNotContain(RuleCodes.REPRESENTATIVE_MISSING);
            assertThat(violations(nobody.withStage(Stage.AWAITING_SIGNATURES), RuleCodes.REPRESENTATIVE_MISSING))
                    .extracting(Violation::path).containsExactly("signatories[1].representatives");
        }

        @Test
        void aPartyAPendingAmendmentAddsNamesItsRepresentatives() {
            Signatory sete = Signatory.builder().kind(OrganisationKind.EPCI).name("Sète Agglopôle Méditerranée")
                    .identifier(Frontignan.EPCI).build();
            Amendment joining = Amendment.builder().number(1).date(LocalDate.of(2024, 9, 1)).object("Adhésion de l'EPCI")
                    .addChange(AmendmentChange.addParty(sete)).build();
            assertThat(violations(at(Stage.SIGNED).withAmendments(joining), RuleCodes.REPRESENTATIVE_MISSING))
                    .extracting(Violation::path).containsExactly("amendments[0].changes[0].party.representatives");
            Amendment withPresident = Amendment.builder().from(joining).changes(List.of(AmendmentChange.addParty(
                    Signatory.builder().from(sete).addRepresentative(Representative.of("François Commeinhes",
                            "Président")).build()))).build();
            assertThat(errors(at(Stage.SIGNED).withAmendments(withPresident))).isEmpty();
        }
    }

    @Nested
    class Funders {
        @ParameterizedTest
        @EnumSource(Stage.class)
        void anUnknownFunderIsAWarningInPreparationAnErrorOnceSignaturesAreRequested(Stage stage) {
            ImmutableConvention c = at(stage);
            List<io.github.ctglib.actionplan.ActionSheet> actions = new ArrayList<>(c.getActions());
            actions.set(0, io.github.ctglib.actionplan.ImmutableActionSheet.copyOf(actions.get(0)).withBudget(
                    io.github.ctglib.actionplan.ImmutableBudgetLine.copyOf(actions.get(0).getBudget().get(0))
                            .withFunder("Conseil départemental de l'Hérault")));
            List<Violation> found = VALIDATOR.validate(c.withActions(actions)).stream()
                    .filter(v -> v.path().equals("actions[0].budget[0].funder")).toList();
            assertThat(found).extracting(Violation::code, Violation::severity).containsExactly(stage.isSubmitted()
                    ? tuple(RuleCodes.FUNDER_UNKNOWN, Severity.ERROR)
                    : tuple(RuleCodes.FUNDER_UNKNOWN_IN_PREPARATION, Severity.WARNING));
        }
    }

    @Nested
    class TheStageAgreesWithTheContent {
        @Test
        void everyPartySignedYetInPreparation() {
            ImmutableConvention allSigned = at(Stage.SIGNED).withStage(Stage.IN_PREPARATION)
                    .withSignatureDate(Optional.empty());
            assertThat(violations(allSigned, RuleCodes.UNSIGNED_STAGE_ALL_SIGNED)).extracting(Violation::path)
                    .containsExactly("stage");
            assertThat(errors(at(Stage.AWAITING_SIGNATURES))).doesNotContain(RuleCodes.UNSIGNED_STAGE_ALL_SIGNED);
        }

        @Test
        void theSignatureDateIsTheLastPartysSignature() {
            assertThat(errors(at(Stage.SIGNED))).doesNotContain(RuleCodes.SIGNATURE_DATE);
            assertThat(violations(at(Stage.SIGNED).withSignatureDate(LocalDate.of(2024, 3, 1)),
                    RuleCodes.SIGNATURE_DATE)).extracting(Violation::path).containsExactly("signatureDate");
            assertThat(errors(at(Stage.SIGNED).withSignatureDate(Optional.empty())))
                    .contains(RuleCodes.SIGNATURE_DATE);
        }

        @Test
        void aDraftHasNoSignatureDate() {
            assertThat(violations(at(Stage.AWAITING_SIGNATURES).withSignatureDate(Frontignan.SIGNATURE_DATE),
                    RuleCodes.SIGNATURE_DATE_UNSIGNED)).extracting(Violation::path).containsExactly("signatureDate");
        }

        @Test
        void amendmentsComeAfterTheSignature() {
            Amendment amendment = Amendment.builder().number(1).date(LocalDate.of(2024, 9, 1)).object("Ajout")
                    .addChange(AmendmentChange.addCommunes(java.util.List.of("34301"))).build();
            assertThat(errors(at(Stage.SIGNED).withAmendments(amendment)))
                    .doesNotContain(RuleCodes.AMENDMENT_BEFORE_SIGNATURE);
            assertThat(violations(at(Stage.ACTION_PLANNING).withAmendments(amendment),
                    RuleCodes.AMENDMENT_BEFORE_SIGNATURE)).extracting(Violation::path).containsExactly("amendments");
        }

        @Test
        void anAmendmentInEffectWasSignedByAll() {
            LocalDate day = LocalDate.of(2024, 9, 1);
            Amendment pending = Amendment.builder().number(1).date(day).object("Ajout").addChange(AmendmentChange.addCommunes(java.util.List.of("34301")))
                    .build();
            List<AmendmentSignature> all = at(Stage.SIGNED).getSignatories().stream()
                    .map(s -> AmendmentSignature.of(s.getName(), day)).toList();
            Amendment signedByAll = Amendment.builder().from(pending).signatures(all).effectiveOn(day).build();
            Amendment signedByOne = Amendment.builder().from(pending).signatures(all.subList(0, 1)).effectiveOn(day)
                    .build();
            ImmutableConvention sete = at(Stage.SIGNED).withTerritory(Territory.builder()
                    .addCommuneCodes("34108", "34301").build());
            assertThat(errors(sete.withAmendments(signedByAll))).doesNotContain(RuleCodes.AMENDMENT_UNSIGNED);
            assertThat(errors(sete.withAmendments(pending))).doesNotContain(RuleCodes.AMENDMENT_UNSIGNED);
            List<Violation> unsigned = violations(sete.withAmendments(signedByOne), RuleCodes.AMENDMENT_UNSIGNED);
            assertThat(unsigned).extracting(Violation::path).containsExactly("amendments[0].signatures");
            assertThat(unsigned.get(0).messageEn()).contains(Frontignan.COMMUNE_NAME);
        }

        @Test
        void aPartyAnEarlierAmendmentWithdrewSignsNoLaterAmendment() {
            Signatory sete = Parties.signedOn(Signatory.builder().kind(OrganisationKind.EPCI)
                    .name("Sète Agglopôle Méditerranée").identifier(Frontignan.EPCI)
                    .addRepresentative(Representative.of("François Commeinhes", "Président"))
                    .mandate(Frontignan.mandateOf(Frontignan.COMMUNE_NAME)).build(), Frontignan.SIGNATURE_DATE);
            ImmutableConvention three = at(Stage.SIGNED).withSignatories(append(at(Stage.SIGNED).getSignatories(), sete));
            LocalDate first = LocalDate.of(2024, 9, 1);
            Amendment leaving = Amendment.builder().number(1).date(first).object("Retrait de l'EPCI")
                    .addChange(AmendmentChange.withdrawParty(sete.getName(), "Compétence rendue")).build();
            Convention left = inEffect(three, signedBy(leaving, three.getSignatories(), first));
            assertThat(left.getAmendments()).hasSize(1);
            assertThat(left.activeParties()).hasSize(2);
            assertThat(errors(left)).isEmpty();
            LocalDate second = LocalDate.of(2025, 3, 1);
            Amendment later = Amendment.builder().number(2).date(second).object("Ajout de Sète")
                    .addChange(AmendmentChange.addCommunes(List.of("34301"))).build();
            Convention twice = inEffect(left, signedBy(later, left.activeParties(), second));
            assertThat(twice.getAmendments()).hasSize(2);
            assertThat(errors(twice)).isEmpty();
            Convention leftUnsigned = inEffect(three, signedBy(leaving, at(Stage.SIGNED).getSignatories(), first));
            assertThat(violations(leftUnsigned, RuleCodes.AMENDMENT_UNSIGNED)).as("a party it withdraws signs it")
                    .extracting(Violation::path).containsExactly("amendments[0].signatures");
        }

        @Test
        void aClosedConventionWithoutEvaluation() {
            assertThat(errors(at(Stage.CLOSED).withEvaluation(Optional.empty())))
                    .contains(RuleCodes.EVALUATION_MISSING).doesNotContain(RuleCodes.OUTCOME_MISSING);
        }

        @Test
        void aTerminatedConventionHasItsTermination() {
            assertThat(violations(at(Stage.TERMINATED).withTermination(Optional.empty()), RuleCodes.TERMINATION_STAGE))
                    .extracting(Violation::path).containsExactly("termination");
            assertThat(errors(at(Stage.SIGNED).withTermination(Termination.of(LocalDate.of(2026, 1, 1), "Motif"))))
                    .contains(RuleCodes.TERMINATION_STAGE);
            assertThat(violations(at(Stage.TERMINATED).withTermination(Termination.of(LocalDate.of(2024, 1, 1),
                    "Trop tôt")), RuleCodes.TERMINATION_DATE)).extracting(Violation::path)
                    .containsExactly("termination.date");
        }

        @Test
        void aClosedConventionRatesEveryAction() {
            ImmutableConvention closed = at(Stage.CLOSED);
            assertThat(violations(closed.withEvaluation(Evaluation.builder().addAllOutcomes(closed.getEvaluation()
                    .orElseThrow().getOutcomes().subList(1, 6)).build()), RuleCodes.OUTCOME_MISSING))
                    .extracting(Violation::path).containsExactly("actions[0]");
            assertThat(violations(closed.withEvaluation(Evaluation.builder().addAllOutcomes(closed.getEvaluation()
                    .orElseThrow().getOutcomes()).build()), RuleCodes.ASSESSMENT_MISSING)).hasSize(1);
        }
    }

    @Nested
    class PartiesAgreeWithTheTerritory {
        @Test
        void aCommunePartyIsACommuneOfTheTerritory() {
            ImmutableConvention submitted = at(Stage.AWAITING_SIGNATURES);
            assertThat(errors(submitted)).doesNotContain(RuleCodes.COMMUNE_PARTY_OUTSIDE);
            ImmutableConvention byInseeCode = submitted.withSignatories(replace(submitted.getSignatories(), 1,
                    s -> s.withIdentifier(Frontignan.COMMUNE)));
            assertThat(errors(byInseeCode)).doesNotContain(RuleCodes.COMMUNE_PARTY_OUTSIDE);
            assertThat(violations(byInseeCode.withTerritory(Territory.ofCommune("34301")), RuleCodes.COMMUNE_PARTY_OUTSIDE))
                    .extracting(Violation::path).containsExactly("signatories[1].identifier");
            assertThat(errors(at(Stage.IN_PREPARATION).withTerritory(Territory.ofCommune("34301"))))
                    .as("a draft may still be settling its parties").doesNotContain(RuleCodes.COMMUNE_PARTY_OUTSIDE);
        }

        @Test
        void aCommunePartyIdentifiedByItsSirenIsACommuneOfTheTerritory() {
            // Frontignan's own SIREN is 213401086 (INSEE 34108); Sète's is 213403017.
            ImmutableConvention bySiren = at(Stage.AWAITING_SIGNATURES);
            assertThat(bySiren.getSignatories().get(1).getIdentifier()).contains(Frontignan.COMMUNE_SIREN);
            assertThat(errors(bySiren)).doesNotContain(RuleCodes.COMMUNE_PARTY_OUTSIDE);
            assertThat(violations(bySiren.withTerritory(Territory.ofCommune("34301")), RuleCodes.COMMUNE_PARTY_OUTSIDE))
                    .extracting(Violation::path).containsExactly("signatories[1].identifier");
        }

        @Test
        void anEpciPartyIsTheTerritorysEpci() {
            Signatory sete = Signatory.builder().kind(OrganisationKind.EPCI).name("Sète Agglopôle Méditerranée")
                    .identifier(Frontignan.EPCI).addRepresentative(Representative.of("François Commeinhes", "Président")).build();
            Signatory montpellier = Signatory.builder().from(sete).name("Montpellier Méditerranée Métropole")
                    .identifier("243400017").build();
            ImmutableConvention submitted = at(Stage.AWAITING_SIGNATURES);
            assertThat(errors(submitted.withSignatories(append(submitted.getSignatories(), sete))))
                    .doesNotContain(RuleCodes.EPCI_PARTY_MISMATCH);
            assertThat(violations(submitted.withSignatories(append(submitted.getSignatories(), montpellier)),
                    RuleCodes.EPCI_PARTY_MISMATCH)).extracting(Violation::path)
                    .containsExactly("signatories[2].identifier");
        }

        @Test
        void aTerritoryWithNoCommuneInTheCafsDepartementIsAnError() {
            ImmutableConvention draft = at(Stage.IN_PREPARATION);
            assertThat(violations(draft.withTerritory(Territory.ofCommune("30189")),
                    RuleCodes.NO_COMMUNE_IN_CAF_DEPARTEMENT)).extracting(Violation::severity)
                    .containsExactly(Severity.ERROR);
            List<Violation> straddling = VALIDATOR.validate(draft.withTerritory(Territory.builder()
                    .addCommuneCodes("34108", "30189").build()));
            assertThat(straddling).extracting(Violation::code, Violation::severity)
                    .contains(tuple(RuleCodes.CAF_DEPARTEMENT_MISMATCH, Severity.WARNING))
                    .doesNotContain(tuple(RuleCodes.NO_COMMUNE_IN_CAF_DEPARTEMENT, Severity.ERROR));
            assertThat(errors(draft.withCaf(Caf.of("CAF du Gard", "30")).withTerritory(Territory.ofCommune("30189"))))
                    .doesNotContain(RuleCodes.NO_COMMUNE_IN_CAF_DEPARTEMENT);
        }
    }

    @Nested
    class Duration {
        @Test
        void outsideFourToFiveYearsIsAWarning() {
            List<Violation> three = VALIDATOR.validate(at(Stage.SIGNED).withValidity(DateRange.ofYears(2023, 2025))
                    .withActions(List.of()));
            assertThat(three).extracting(Violation::code, Violation::severity)
                    .contains(tuple(RuleCodes.VALIDITY_UNUSUAL, Severity.WARNING));
            assertThat(ConventionValidator.hasErrors(three)).isFalse();
            assertThat(VALIDATOR.validate(at(Stage.SIGNED))).extracting(Violation::code)
                    .doesNotContain(RuleCodes.VALIDITY_UNUSUAL);
            assertThat(VALIDATOR.validate(at(Stage.SIGNED).withValidity(DateRange.ofYears(2023, 2026))))
                    .extracting(Violation::code).doesNotContain(RuleCodes.VALIDITY_UNUSUAL);
        }

        @Test
        void theHardBoundsAndTheUsualOnesAreThePolicys() {
            CtgPolicy sixYears = CtgPolicy.builder().from(CtgPolicy.standard()).maximumValidityYears(6)
                    .usualMaximumValidityYears(6).build();
            ImmutableConvention six = at(Stage.IN_PREPARATION).withValidity(DateRange.ofYears(2023, 2028));
            assertThat(errors(six)).contains(RuleCodes.VALIDITY_LENGTH);
            assertThat(VALIDATOR.withPolicy(sixYears).validate(six)).extracting(Violation::code)
                    .doesNotContain(RuleCodes.VALIDITY_LENGTH, RuleCodes.VALIDITY_UNUSUAL);
        }
    }

    @Nested
    class TextsEveryStoreCanKeep {
        @Test
        void aControlCharacterInAShortTextIsRefused() {
            List<Violation> nul = violations(at(Stage.IN_PREPARATION).withTitle("CTG\u0000Frontignan"),
                    RuleCodes.TEXT_CONTROL);
            assertThat(nul).extracting(Violation::path).containsExactly("title");
            assertThat(nul.get(0).messageEn()).contains("U+0000", "position 4");
            assertThat(violations(at(Stage.IN_PREPARATION).withTitle("CTG\tFrontignan"), RuleCodes.TEXT_CONTROL))
                    .extracting(Violation::path).containsExactly("title");
            assertThat(violations(at(Stage.IN_PREPARATION).withTitle("CTG \u001b[2J"), RuleCodes.TEXT_CONTROL))
                    .hasSize(1);
        }

        @Test
        void tabsAndLineBreaksBelongInLongTexts() {
            ImmutableConvention withObjective = at(Stage.IN_PREPARATION).withActions(replaceAction(
                    "Ligne 1\nLigne 2\r\n\tretrait"));
            assertThat(violations(withObjective, RuleCodes.TEXT_CONTROL)).isEmpty();
            assertThat(violations(at(Stage.IN_PREPARATION).withActions(replaceAction("bip\u0007")),
                    RuleCodes.TEXT_CONTROL)).extracting(Violation::path).containsExactly("actions[0].objectives[0]");
        }

        @Test
        void aLoneSurrogateIsRefusedAPairIsKept() {
            assertThat(violations(at(Stage.IN_PREPARATION).withTitle("Familles 👨‍👩‍👧 𝄞"), RuleCodes.TEXT_CONTROL))
                    .isEmpty();
            assertThat(violations(at(Stage.IN_PREPARATION).withTitle("cassé \uD83D"), RuleCodes.TEXT_CONTROL))
                    .singleElement().satisfies(v -> assertThat(v.messageEn()).contains("lone surrogate U+D83D"));
            assertThat(violations(at(Stage.IN_PREPARATION).withSignatories(replace(
                    at(Stage.IN_PREPARATION).getSignatories(), 0, s -> s.withName("\uDC00CAF"))), RuleCodes.TEXT_CONTROL))
                    .extracting(Violation::path).containsExactly("signatories[0].name");
        }

        private List<io.github.ctglib.actionplan.ActionSheet> replaceAction(String objective) {
            List<io.github.ctglib.actionplan.ActionSheet> actions = new ArrayList<>(Frontignan.actions());
            actions.set(0, io.github.ctglib.actionplan.ImmutableActionSheet.copyOf(actions.get(0))
                    .withObjectives(objective));
            return actions;
        }
    }

    @Test
    void theStageTableIsOneTable() {
        assertThat(io.github.ctglib.convention.Step.SIGN.allowedFrom()).containsExactly(Stage.AWAITING_SIGNATURES);
        assertThat(io.github.ctglib.convention.Step.RECORD_MONITORING.allowedFrom())
                .containsExactlyInAnyOrder(Stage.SIGNED, Stage.EVALUATION);
        Set<Stage> signed = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) {
            if (s.isSigned()) {
                signed.add(s);
            }
        }
        assertThat(signed).containsExactly(Stage.SIGNED, Stage.EVALUATION, Stage.CLOSED, Stage.TERMINATED);
        assertThat(Stage.EVALUATION.isLiving()).isTrue();
        assertThat(Stage.CLOSED.isLiving()).isFalse();
        assertThat(Stage.ACTION_PLANNING.isPreparing()).isTrue();
    }

    private static List<Signatory> replace(List<Signatory> parties, int index, UnaryOperator<ImmutableSignatory> change) {
        List<Signatory> out = new ArrayList<>(parties);
        out.set(index, change.apply(ImmutableSignatory.copyOf(parties.get(index))));
        return out;
    }

    /** {@code c} with {@code amendment} (in effect) appended and applied. */
    private static Convention inEffect(Convention c, Amendment amendment) {
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        amendments.add(amendment);
        return AmendmentEffects.applied(ImmutableConvention.copyOf(c).withAmendments(amendments), amendment);
    }

    /** {@code amendment} in effect on {@code day}, signed that day by each of {@code parties}. */
    private static Amendment signedBy(Amendment amendment, List<Signatory> parties, LocalDate day) {
        return Amendment.builder().from(amendment).signatures(parties.stream()
                .map(s -> AmendmentSignature.of(s.getName(), day)).toList()).effectiveOn(day).build();
    }

    private static List<Signatory> append(List<Signatory> parties, Signatory party) {
        List<Signatory> out = new ArrayList<>(parties);
        out.add(party);
        return out;
    }
}
