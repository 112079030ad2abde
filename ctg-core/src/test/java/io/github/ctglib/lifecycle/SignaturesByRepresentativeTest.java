package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each representative signs on their own day; the party has signed when all have; the mandate is the party's. */
class SignaturesByRepresentativeTest {

    private static final String ID = Frontignan.ID;
    private static final String CAF = Frontignan.CAF_NAME;
    private static final String COMMUNE = Frontignan.COMMUNE_NAME;
    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    @Test
    void aPartyHasSignedWhenAllItsRepresentativesHaveOnTheLatestOfTheirDays() {
        journey.awaitingSignatures(Frontignan.draft());
        Convention c = ctg.sign(ID, Signing.by(CAF, "Laurent Teissier", LocalDate.of(2024, 2, 27),
                Frontignan.mandateOf(CAF)), AGENT).convention();
        Signatory caf = c.signatory(CAF).orElseThrow();
        assertThat(caf.hasSigned()).isFalse();
        assertThat(caf.representative("Laurent Teissier").orElseThrow().getSignedOn())
                .contains(LocalDate.of(2024, 2, 27));
        assertThat(caf.representative("Thierry Mathieu").orElseThrow().hasSigned()).isFalse();

        // The director signs after the president, but dated earlier: the party signed on the later day.
        c = ctg.sign(ID, Signing.by(CAF, Representative.of("Thierry Mathieu", "Directeur"), LocalDate.of(2024, 2, 20),
                null), AGENT).convention();
        assertThat(c.signatory(CAF).orElseThrow().getSignedOn()).contains(LocalDate.of(2024, 2, 27));
        assertThat(c.signatory(CAF).orElseThrow().getMandate()).contains(Frontignan.mandateOf(CAF));
        assertThat(c.getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
    }

    @Test
    void everyRepresentativeNotYetSignedMaySignAtOnce() {
        journey.awaitingSignatures(Frontignan.draft());
        ctg.sign(ID, Signing.by(COMMUNE, "Michel Arrouy", LocalDate.of(2024, 3, 1), Frontignan.mandateOf(COMMUNE)),
                AGENT);
        Convention c = ctg.sign(ID, Signing.byEveryRepresentative(COMMUNE, LocalDate.of(2024, 3, 6), null), AGENT)
                .convention();
        assertThat(c.signatory(COMMUNE).orElseThrow().getRepresentatives())
                .extracting(r -> r.getSignedOn().orElseThrow())
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 6));
    }

    @Test
    void theConventionIsSignedOnTheDayItsLastPartysLastRepresentativeSigns() {
        journey.awaitingSignatures(Frontignan.draft());
        ctg.sign(ID, Signing.by(COMMUNE, "Michel Arrouy", LocalDate.of(2024, 3, 6), Frontignan.mandateOf(COMMUNE)),
                AGENT);
        ctg.sign(ID, Signing.by(COMMUNE, "Claudie Minguez", LocalDate.of(2024, 3, 6), null), AGENT);
        ctg.sign(ID, Signing.by(CAF, "Thierry Mathieu", LocalDate.of(2024, 3, 5), Frontignan.mandateOf(CAF)), AGENT);
        Convention c = ctg.sign(ID, Signing.by(CAF, "Laurent Teissier", LocalDate.of(2024, 3, 6), null), AGENT)
                .convention();
        assertThat(c.getStage()).isEqualTo(Stage.SIGNED);
        assertThat(c.getSignatureDate()).contains(LocalDate.of(2024, 3, 6));
        assertThat(journey.events).extracting(LifecycleEvent::type).endsWith(EventType.SIGNED);
    }

    @Test
    void aRepresentativeSignsOnce() {
        journey.awaitingSignatures(Frontignan.draft());
        ctg.sign(ID, Signing.by(COMMUNE, "Michel Arrouy", LocalDate.of(2024, 3, 1), Frontignan.mandateOf(COMMUNE)),
                AGENT);
        List<Violation> v = assertRejected(journey.repository, ID, () -> ctg.sign(ID, Signing.by(COMMUNE,
                "Michel Arrouy", LocalDate.of(2024, 3, 6), null), AGENT), RuleCodes.ALREADY_SIGNED,
                "signatories[1].representatives[0].signedOn");
        assertThat(v.get(0).messageFr()).contains("Michel Arrouy", "2024-03-01");
    }

    @Test
    void aPersonNotListedOnThePartyIsRefusedNotAdded() {
        journey.awaitingSignatures(Frontignan.draft());
        List<Violation> v = assertRejected(journey.repository, ID, () -> ctg.sign(ID, Signing.by(COMMUNE,
                "Michel Arouy", LocalDate.of(2024, 3, 6), Frontignan.mandateOf(COMMUNE)), AGENT),
                RuleCodes.REPRESENTATIVE_UNKNOWN, "signatories[1].representatives");
        assertThat(v.get(0).messageFr()).contains("Michel Arouy", COMMUNE, "Michel Arrouy, Claudie Minguez");
        assertThat(v.get(0).messageEn()).contains("not among the representatives");
        assertThat(ctg.find(ID).orElseThrow().signatory(COMMUNE).orElseThrow().getRepresentatives()).hasSize(2);
    }

    @Test
    void aListedRepresentativeIsAccepted() {
        journey.awaitingSignatures(Frontignan.draft());
        assertThat(ctg.sign(ID, Signing.by(COMMUNE, "Michel Arrouy", LocalDate.of(2024, 3, 6),
                Frontignan.mandateOf(COMMUNE)), AGENT).convention().signatory(COMMUNE).orElseThrow()
                .representative("Michel Arrouy").orElseThrow().hasSigned()).isTrue();
    }

    @Test
    void aPartyWithoutRepresentativeCannotBeAskedToSign() {
        List<Signatory> parties = List.of(Frontignan.signatories().get(0), ImmutableSignatory.copyOf(
                Frontignan.signatories().get(1)).withRepresentatives(List.of()));
        journey.prepared(ImmutableConvention.copyOf(Frontignan.draft()).withSignatories(parties));
        assertRejected(journey.repository, ID, () -> ctg.requestSignatures(ID, AGENT),
                RuleCodes.REPRESENTATIVE_MISSING, "signatories[1].representatives");
    }

    @Test
    void aPartyNotOfTheConventionIsRefused() {
        journey.awaitingSignatures(Frontignan.draft());
        assertRejected(journey.repository, ID, () -> ctg.sign(ID, Signing.by("Commune de Sète", "François Commeinhes",
                LocalDate.of(2024, 3, 6), null), AGENT), RuleCodes.SIGNATORY_UNKNOWN, "signatories");
    }
}
