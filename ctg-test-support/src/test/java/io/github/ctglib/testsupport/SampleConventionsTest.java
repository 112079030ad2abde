package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The samples follow every rule their stage implies (the geography included), so that every store must be able
 * to keep them and none reports them as a problem.
 */
class SampleConventionsTest {

    @Test
    void samplesFollowTheModelsRules() {
        List<Convention> samples = List.of(SampleConventions.frontignan(), SampleConventions.maximal(),
                SampleConventions.inEveryScript(), SampleConventions.withExactAmounts(),
                SampleConventions.withActions(200));
        ConventionValidator validator = ConventionValidator.withGeography(Geography.bundled());
        assertThat(samples).allSatisfy(sample -> assertThat(validator.validate(sample)).as(sample.getId())
                .filteredOn(Violation::isError).isEmpty());
    }
}
