package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples follow every rule of the model, so that every store must be able to keep them. */
class SampleConventionsTest {

    @Test
    void samplesFollowTheModelsRules() {
        List<Convention> samples = List.of(SampleConventions.frontignan(), SampleConventions.maximal(),
                SampleConventions.inEveryScript(), SampleConventions.withExactAmounts(),
                SampleConventions.withActions(200));
        ConventionValidator validator = ConventionValidator.standard();
        for (Convention sample : samples) {
            assertThat(validator.validate(sample)).as(sample.getId()).filteredOn(Violation::isError).isEmpty();
        }
    }
}
