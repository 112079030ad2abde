package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.access.Actor;
import io.github.ctglib.access.Scope;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.DateRange;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A scoped view keeps an actor within its scope on every command and every read. */
class AccessScopeTest {

    private final FrontignanJourney journey = new FrontignanJourney();

    /** Nîmes, the Gard CAF's convention (département 30). */
    private static final ImmutableConvention NIMES = ImmutableConvention.copyOf(Frontignan.draft())
            .withId("ctg-30-nimes").withCaf(Caf.of("CAF du Gard", "30")).withTerritory(Territory.ofCommune("30189"))
            .withSignatories(Frontignan.signatories().stream().filter(s -> s.getIdentifier().isEmpty()).toList());

    private final Actor herault = new Actor("agent:caf34.m.dupont", Scope.caf("34"));
    private final Actor commune = new Actor("mairie:frontignan", Scope.partner(Frontignan.COMMUNE));
    private final Actor national = new Actor("cnaf:pilotage", Scope.national());

    private static List<Violation> refused(Supplier<?> command, String code) {
        AccessRefusedException e = catchThrowableOfType(AccessRefusedException.class, command::get);
        assertThat(e).as("expected a refusal " + code).isNotNull();
        assertThat(e.violations()).extracting(Violation::code).containsExactly(code);
        return e.violations();
    }

    @Test
    void aCafReadsAndChangesItsDepartementsConventionsOnly() {
        journey.prepared(Frontignan.draft());
        journey.prepared(NIMES);
        ConventionLifecycle ctg = journey.ctg.as(herault);

        assertThat(ctg.requestSignatures(Frontignan.ID, null).convention().getStage())
                .isEqualTo(Stage.AWAITING_SIGNATURES);
        assertThat(ctg.repository().search(ConventionQuery.all())).extracting(Convention::getId)
                .containsExactly(Frontignan.ID);
        assertThat(ctg.repository().streamAll().map(Convention::getId)).containsExactly(Frontignan.ID);
        List<Violation> v = refused(() -> ctg.requestSignatures(NIMES.getId(), null), RuleCodes.READ_REFUSED);
        assertThat(v.get(0).messageEn()).contains("ctg-30-nimes", "agent:caf34.m.dupont", "CAF 34");
        refused(() -> ctg.repository().history(NIMES.getId()), RuleCodes.READ_REFUSED);
        refused(() -> ctg.find(NIMES.getId()), RuleCodes.READ_REFUSED);
        assertThat(journey.repository.findById(NIMES.getId()).orElseThrow().getStage())
                .isEqualTo(Stage.ACTION_PLANNING);
    }

    @Test
    void theHistoryRecordsTheScopedActorAndNoOther() {
        journey.prepared(Frontignan.draft());
        ConventionLifecycle ctg = journey.ctg.as(herault);

        ctg.requestSignatures(Frontignan.ID, "agent:caf34.m.dupont");
        assertThat(journey.repository.history(Frontignan.ID)).last().extracting(Revision::actor)
                .isEqualTo("agent:caf34.m.dupont");
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> ctg.sign(Frontignan.ID, FrontignanJourney.signing(Frontignan.signatories().get(0)), "agent:other"));
        assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .contains(tuple(RuleCodes.ACTING_AS_ANOTHER, "actor"));
        assertThat(journey.repository.history(Frontignan.ID)).hasSize(4);
    }

    @Test
    void aCommuneIsKnownByItsInseeCodeOrItsSiren() {
        journey.prepared(Frontignan.draft());
        journey.prepared(NIMES);
        // Frontignan's commune party carries its SIREN (213401086); a scope given either code sees it.
        for (String code : List.of(Frontignan.COMMUNE, Frontignan.COMMUNE_SIREN)) {
            ConventionLifecycle ctg = journey.ctg.as(new Actor("mairie:frontignan", Scope.partner(code)));
            assertThat(ctg.repository().search(ConventionQuery.all())).extracting(Convention::getId)
                    .containsExactly(Frontignan.ID);
        }
        // Another commune's codes do not: Sète, 34301.
        ConventionLifecycle sete = journey.ctg.as(new Actor("mairie:sete", Scope.partner("34301")));
        assertThat(sete.repository().search(ConventionQuery.all())).isEmpty();
        refused(() -> sete.find(Frontignan.ID), RuleCodes.READ_REFUSED);
    }

    @Test
    void aPartnerReadsTheConventionsItIsAPartyToReadOnlyUnlessGranted() {
        journey.awaitingSignatures(Frontignan.draft());
        journey.prepared(NIMES);
        ConventionLifecycle ctg = journey.ctg.as(commune);
        Signatory caf = Frontignan.signatories().get(0);

        assertThat(ctg.find(Frontignan.ID)).isPresent();
        assertThat(ctg.repository().search(ConventionQuery.all())).extracting(Convention::getId)
                .containsExactly(Frontignan.ID);
        refused(() -> ctg.find(NIMES.getId()), RuleCodes.READ_REFUSED);
        refused(() -> ctg.sign(Frontignan.ID, FrontignanJourney.signing(caf), null), RuleCodes.WRITE_REFUSED);
        assertThat(journey.repository.history(Frontignan.ID)).hasSize(4);

        ConventionLifecycle trusted = journey.ctg.as(new Actor("mairie:frontignan",
                Scope.partner(Frontignan.COMMUNE).withWriting()));
        assertThat(trusted.sign(Frontignan.ID, FrontignanJourney.signing(caf), null).convention()
                .signatory(caf.getName()).orElseThrow().hasSigned()).isTrue();
    }

    @Test
    void theNationalLevelReadsEverythingAndChangesNothing() {
        journey.prepared(Frontignan.draft());
        journey.prepared(NIMES);
        ConventionLifecycle ctg = journey.ctg.as(national);

        assertThat(ctg.repository().search(ConventionQuery.all())).hasSize(2);
        refused(() -> ctg.requestSignatures(NIMES.getId(), null), RuleCodes.WRITE_REFUSED);
        refused(() -> ctg.create(ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-new"), null),
                RuleCodes.WRITE_REFUSED);
        assertThat(journey.repository.findById("ctg-34-new")).isEmpty();
    }

    @Test
    void exclusivityIsJudgedAgainstConventionsOutsideTheScope() {
        // The Gard's CAF signed a CTG over Frontignan (across the border): Hérault cannot sign one over it too.
        ImmutableConvention gardOverFrontignan = ImmutableConvention.copyOf(Frontignan.signed()).withId("ctg-30-bis")
                .withCaf(Caf.of("CAF du Gard", "30")).withTerritory(Territory.builder().addCommuneCodes("30189", "34108")
                        .build()).withSignatories(Frontignan.signed().getSignatories().stream()
                        .map(s -> s.getName().equals(Frontignan.CAF_NAME)
                                ? io.github.ctglib.convention.ImmutableSignatory.copyOf(s).withName("CAF du Gard") : s)
                        .toList()).withValidity(DateRange.ofYears(2024, 2028)).withActions(List.of());
        journey.ctg.importDocuments(List.of(new IncomingDocument("gard.json", gardOverFrontignan)), AGENT);
        journey.awaitingSignatures(Frontignan.draft());
        ConventionLifecycle ctg = journey.ctg.as(herault);
        List<Signatory> parties = FrontignanJourney.ordered(Frontignan.draft());
        for (Signatory party : parties.subList(0, parties.size() - 1)) {
            ctg.sign(Frontignan.ID, FrontignanJourney.signing(party), null);
        }

        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> ctg.sign(Frontignan.ID,
                FrontignanJourney.signing(parties.get(parties.size() - 1)), null));

        assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.TERRITORY_TAKEN);
    }

    @Test
    void anImportThroughAScopedViewStoresOnlyWhatTheActorMayStore() {
        ConventionLifecycle ctg = journey.ctg.as(herault);

        refused(() -> ctg.importDocuments(List.of(new IncomingDocument("nimes.json", NIMES)), null),
                RuleCodes.WRITE_REFUSED);
        assertThat(journey.repository.streamAll()).isEmpty();
        assertThat(ctg.importDocuments(List.of(new IncomingDocument("frontignan.json", Frontignan.draft())), null)
                .stored()).hasSize(1);
        assertThat(journey.repository.history(Frontignan.ID)).extracting(Revision::actor)
                .containsExactly("agent:caf34.m.dupont");
    }
}
