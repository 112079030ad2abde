package io.github.ctglib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableTerritory;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real-shaped conventions of model v2 pass the rules of a convention awaiting signatures; broken, they do not. */
class RealShapesTest {

    private final Geography geography = Geography.bundled();
    private final ConventionValidator validator = ConventionValidator.withGeography(geography);

    private List<String> errors(Convention c) {
        return validator.validate(ImmutableConvention.copyOf(c).withStage(Stage.AWAITING_SIGNATURES)).stream()
                .filter(Violation::isError).map(v -> v.code() + " " + v.path()).toList();
    }

    @Test
    void aCommuneOutsideAnyEpciWithItsCcasCoSigning() {
        Convention brehat = RealShapes.islandCommune(geography);
        assertThat(geography.commune(RealShapes.BREHAT).orElseThrow().epci()).isEmpty();
        assertThat(brehat.getTerritory().getEpciSirens()).isEmpty();
        assertThat(errors(brehat)).isEmpty();

        // The CCAS only co-signs: without the commune there is no local authority.
        Convention ccasOnly = ImmutableConvention.copyOf(brehat).withSignatories(brehat.getSignatories().stream()
                .filter(s -> s.getKind() != OrganisationKind.COMMUNE).toList());
        assertThat(errors(ccasOnly)).anyMatch(e -> e.startsWith(RuleCodes.NO_LOCAL_AUTHORITY));
    }

    @Test
    void aTerritoryOverTwoEpcisChecksEachCommuneAgainstItsOwn() {
        Convention lozere = RealShapes.overTwoEpcis(geography);
        assertThat(lozere.getTerritory().getEpciSirens()).containsExactlyElementsOf(RealShapes.LOZERE_EPCIS);
        assertThat(lozere.getTerritory().getCommuneCodes()).hasSizeGreaterThan(30);
        assertThat(errors(lozere)).isEmpty();

        // Frontignan belongs to Sète Agglopôle, which the territory does not declare.
        Convention stray = ImmutableConvention.copyOf(lozere).withTerritory(ImmutableTerritory
                .copyOf(lozere.getTerritory()).withCommuneCodes(plus(lozere, Frontignan.COMMUNE)));
        assertThat(errors(stray)).anyMatch(e -> e.startsWith(RuleCodes.COMMUNE_OUTSIDE_EPCI));
    }

    @Test
    void aDepartementWideConventionCoversEveryEpciOfTheDepartement() {
        Convention belfort = RealShapes.departementWide(geography);
        assertThat(belfort.getTerritory().getEpciSirens()).hasSize(3);
        assertThat(belfort.getTerritory().getCommuneCodes())
                .hasSize(geography.communesOf(RealShapes.BELFORT).size());
        assertThat(errors(belfort)).isEmpty();
    }

    @Test
    void aDocumentIsKnownByItsSizeAndHash() throws Exception {
        DocumentReference signed = RealShapes.withJournalAndDocuments().getDocuments().get(0);
        byte[] same = "Convention signée (illustratif)".getBytes(StandardCharsets.UTF_8);
        byte[] other = "Convention signée (illustratif) ".getBytes(StandardCharsets.UTF_8);
        assertThat(signed.matches(new ByteArrayInputStream(same))).isTrue();
        assertThat(signed.matches(new ByteArrayInputStream(other))).isFalse();
        assertThat(validator.validate(RealShapes.withJournalAndDocuments())).filteredOn(Violation::isError).isEmpty();
    }

    private static java.util.SortedSet<String> plus(Convention c, String code) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(c.getTerritory().getCommuneCodes());
        codes.add(code);
        return codes;
    }
}
