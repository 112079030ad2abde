package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Renewal (CTG de 2e génération) from several predecessors: the CTGs of two neighbouring EPCIs of the Hérault,
 * CA Sète Agglopôle Méditerranée (200066355) and Montpellier Méditerranée Métropole (243400017), built from the
 * bundled geography, renewed as one.
 */
class RenewalTest {

    private static final Geography GEOGRAPHY = Geography.bundled();
    private static final Epci SETE_AGGLO = GEOGRAPHY.epci("200066355").orElseThrow();
    private static final Epci MONTPELLIER = GEOGRAPHY.epci("243400017").orElseThrow();
    private static final String NEXT = "ctg-34-thau-montpellier-2027";
    private static final String COVERAGE = "Taux de couverture petite enfance";

    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    private static Signatory caf() {
        return Frontignan.signatories().get(0);
    }

    private static Signatory epciParty(Epci epci) {
        return Signatory.builder().kind(OrganisationKind.EPCI).name(epci.name()).identifier(epci.siren())
                .addRepresentative(Representative.of("Président de " + epci.name(), "Président")).build();
    }

    private static Convention ctgOf(Epci epci, String id, DateRange validity, String coverage, FieldOfAction... more) {
        ImmutableConvention c = ImmutableConvention.copyOf(Frontignan.draft()).withId(id)
                .withTitle("CTG de " + epci.name())
                .withTerritory(Territory.builder().addAllCommuneCodes(epci.memberInseeCodes())
                        .addEpciSirens(epci.siren()).build())
                .withValidity(validity)
                .withSignatories(caf(), epciParty(epci))
                .withDiagnostic(Diagnostic.builder().addIndicator(Indicator.builder().label(COVERAGE)
                        .value(new BigDecimal(coverage)).unit("places pour 100 enfants").referenceYear(2022)
                        .source("data.caf.fr").build()).build())
                .withActions(List.of()).withAxes(List.of());
        List<FieldOfAction> fields = new ArrayList<>(c.getFields());
        fields.addAll(List.of(more));
        return c.withFields(fields);
    }

    private static Mandate mandate(String body, LocalDate day) {
        return Mandate.builder().reference("Délibération (illustratif)").date(day).body(body).build();
    }

    /** Created, diagnosed, signatures requested and every party signed on {@code day}. */
    private Convention signed(Convention draft, LocalDate day) {
        journey.awaitingSignatures(draft);
        Convention c = null;
        for (Signatory party : draft.getSignatories()) {
            c = ctg.sign(draft.getId(), Signing.byEveryRepresentative(party.getName(), day,
                    mandate(party.getName(), day.minusMonths(1))), AGENT).convention();
        }
        assertThat(c.getStage()).isEqualTo(Stage.SIGNED);
        return c;
    }

    @Test
    void twoConventionsAreRenewedAsOne() {
        Convention thau = signed(ctgOf(SETE_AGGLO, "ctg-34-thau-2021", DateRange.ofYears(2021, 2025), "48.5"),
                LocalDate.of(2021, 6, 1));
        Convention montpellier = signed(ctgOf(MONTPELLIER, "ctg-34-montpellier-2022", DateRange.ofYears(2022, 2026),
                "61.2", FieldOfAction.of(ActionField.DISABILITY)), LocalDate.of(2022, 6, 1));

        CommandResult result = ctg.renew(List.of(thau.getId(), montpellier.getId()), NEXT,
                "CTG Thau et Montpellier 2027-2031", AGENT);
        Convention next = result.convention();

        assertThat(next.getStage()).isEqualTo(Stage.IN_PREPARATION);
        assertThat(next.getPredecessorIds()).containsExactly("ctg-34-montpellier-2022", "ctg-34-thau-2021");
        TreeSet<String> communes = new TreeSet<>(SETE_AGGLO.memberInseeCodes());
        communes.addAll(MONTPELLIER.memberInseeCodes());
        assertThat(next.getTerritory().getCommuneCodes()).containsExactlyElementsOf(communes)
                .contains(Frontignan.COMMUNE, "34024", "34301", "34172");
        assertThat(next.getTerritory().getEpciSirens()).containsExactly("200066355", "243400017");
        assertThat(next.getSignatories()).extracting(Signatory::getName).containsExactly(Frontignan.CAF_NAME,
                SETE_AGGLO.name(), MONTPELLIER.name());
        assertThat(next.getSignatories()).noneMatch(s -> s.getRepresentatives().stream()
                .anyMatch(Representative::hasSigned)).allMatch(s -> s.getMandate().isEmpty());
        assertThat(next.getFields()).containsAll(thau.getFields()).contains(FieldOfAction.of(ActionField.DISABILITY));
        assertThat(next.getValidity()).isEqualTo(DateRange.ofYears(2027, 2031));
        assertThat(next.getDiagnostic().getIndicators()).extracting(i -> i.getTerritory().orElseThrow() + " "
                + i.getValue()).containsExactlyInAnyOrder("200066355 48.5", "243400017 61.2");
        assertThat(journey.events).extracting(LifecycleEvent::type).endsWith(EventType.RENEWED);
        assertThat(journey.repository.history(NEXT)).extracting(io.github.ctglib.ports.Revision::summary)
                .containsExactly("Renewal of ctg-34-thau-2021, ctg-34-montpellier-2022");
    }

    @Test
    void aPredecessorNotAtARenewableStageIsRefusedAndNothingIsStored() {
        Convention thau = signed(ctgOf(SETE_AGGLO, "ctg-34-thau-2021", DateRange.ofYears(2021, 2025), "48.5"),
                LocalDate.of(2021, 6, 1));
        journey.prepared(ctgOf(MONTPELLIER, "ctg-34-montpellier-2022", DateRange.ofYears(2022, 2026), "61.2"));

        assertRejected(journey.repository, NEXT, () -> ctg.renew(List.of(thau.getId(), "ctg-34-montpellier-2022"), NEXT,
                "CTG Thau et Montpellier", AGENT), RuleCodes.STAGE, "predecessorIds[1]");
        assertThat(ctg.find(NEXT)).isEmpty();
    }

    @Test
    void exclusivityIsJudgedOverTheUnionWhenTheSuccessorIsSigned() {
        signed(ctgOf(SETE_AGGLO, "ctg-34-thau-2021", DateRange.ofYears(2021, 2025), "48.5"), LocalDate.of(2021, 6, 1));
        signed(ctgOf(MONTPELLIER, "ctg-34-montpellier-2022", DateRange.ofYears(2022, 2026), "61.2"),
                LocalDate.of(2022, 6, 1));
        ctg.renew(List.of("ctg-34-thau-2021", "ctg-34-montpellier-2022"), NEXT, "CTG Thau et Montpellier", AGENT);
        // Meanwhile the city of Montpellier signed a CTG of its own for 2027-2031.
        Convention city = ImmutableConvention.copyOf(Frontignan.signed()).withId("ctg-34-montpellier-ville")
                .withTitle("CTG de Montpellier").withTerritory(Territory.ofCommune("34172"))
                .withValidity(DateRange.ofYears(2027, 2031)).withSignatories(Frontignan.signed().getSignatories().get(0),
                        io.github.ctglib.convention.ImmutableSignatory.copyOf(Frontignan.signed().getSignatories().get(1))
                                .withName("Commune de Montpellier").withIdentifier(java.util.Optional.empty()))
                .withActions(List.of()).withAxes(List.of());
        journey.repository.save(city, new Change(AGENT, Instant.parse("2026-11-01T10:00:00Z"), "Imported"));

        ctg.requestSignatures(NEXT, AGENT);
        Convention next = ctg.find(NEXT).orElseThrow();
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<Signatory> parties = next.getSignatories();
        for (Signatory party : parties.subList(0, parties.size() - 1)) {
            ctg.sign(NEXT, Signing.byEveryRepresentative(party.getName(), day, mandate(party.getName(),
                    day.minusMonths(1))), AGENT);
        }
        Signatory last = parties.get(parties.size() - 1);
        int at = new ArrayList<>(next.getTerritory().getCommuneCodes()).indexOf("34172");
        assertRejected(journey.repository, NEXT, () -> ctg.sign(NEXT, Signing.byEveryRepresentative(last.getName(),
                day, mandate(last.getName(), day.minusMonths(1))), AGENT), RuleCodes.TERRITORY_TAKEN,
                "territory.communeCodes[" + at + "]");
    }
}
