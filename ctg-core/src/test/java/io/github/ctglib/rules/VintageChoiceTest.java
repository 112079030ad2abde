package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vintage a territory records chooses the geography that judges it, among those given. */
class VintageChoiceTest {

    /** A test vintage "2027" knowing four communes only (an extract of 2026 lines): Montpellier is not among them. */
    private static Geography extract2027;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        extract2027 = Geography.fromEtalab(Path.of(VintageChoiceTest.class
                .getResource("/io/github/ctglib/territory/etalab-extract/package").toURI()));
    }

    private static Convention inMontpellier(Integer vintage) {
        io.github.ctglib.convention.ImmutableTerritory.Builder territory = Territory.builder().addCommuneCode("34172");
        if (vintage != null) {
            territory.vintage(vintage);
        }
        return ImmutableConvention.copyOf(Frontignan.draft()).withTerritory(territory.build());
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void theRecordedVintageChoosesTheGeography() {
        ConventionValidator validator = ConventionValidator.withGeographies(
                Geographies.of(Geography.bundled(), extract2027));

        assertThat(codes(validator.validate(inMontpellier(2027))))
                .as("judged by the 2027 extract, which does not know 34172").contains(RuleCodes.COMMUNE_UNKNOWN)
                .doesNotContain(RuleCodes.VINTAGE_MISMATCH);
        assertThat(codes(validator.validate(inMontpellier(2026)))).doesNotContain(RuleCodes.COMMUNE_UNKNOWN,
                RuleCodes.VINTAGE_MISMATCH);
        assertThat(codes(validator.validate(inMontpellier(null))))
                .as("no vintage: the preferred geography").doesNotContain(RuleCodes.COMMUNE_UNKNOWN);
        assertThat(codes(validator.validate(inMontpellier(2019))))
                .as("a vintage none is: the preferred geography, with the warning")
                .contains(RuleCodes.VINTAGE_MISMATCH).doesNotContain(RuleCodes.COMMUNE_UNKNOWN);
    }

    @Test
    void oneGeographyJudgesEveryVintage() {
        ConventionValidator validator = ConventionValidator.withGeography(extract2027);

        assertThat(codes(validator.validate(inMontpellier(2026))))
                .contains(RuleCodes.COMMUNE_UNKNOWN, RuleCodes.VINTAGE_MISMATCH);
    }

    @Test
    void theLifecycleJudgesByTheRecordedVintage() {
        ConventionLifecycle ctg = ConventionLifecycle.builder(new InMemoryConventionRepository())
                .geographies(Geographies.of(extract2027, Geography.bundled())).build();

        assertThat(codes(ctg.validate(inMontpellier(2026)))).doesNotContain(RuleCodes.COMMUNE_UNKNOWN);
        assertThat(codes(ctg.validate(inMontpellier(null)))).as("the preferred is the 2027 extract")
                .contains(RuleCodes.COMMUNE_UNKNOWN);
    }

    @Test
    void geographiesKeepTheFirstOfAYear() {
        Geographies both = Geographies.of(extract2027, Geography.bundled(), extract2027);

        assertThat(both.byYear()).containsOnlyKeys(2026, 2027);
        assertThat(both.ofYear(2026)).containsSame(Geography.bundled());
        assertThat(both.forVintage(java.util.Optional.of(2030))).isSameAs(extract2027);
        assertThat(both.preferred()).isSameAs(extract2027);
    }
}
