package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever the codec writes conforms to the published schema; and the schema is as strict as the reader. */
class SchemaConformanceTest {

    private final ConventionJson json = ConventionJson.standard();

    @Test
    void aConventionWithEveryFieldConforms() {
        assertThat(SchemaCheck.errors(json.toBytes(SampleConventions.maximal(), Optional.empty()))).isEmpty();
    }

    @Test
    void everySampleConformsAndNoneConformsToTheVersion1Schema() {
        for (Convention sample : java.util.List.of(SampleConventions.inEveryScript(), SampleConventions.withExactAmounts(),
                SampleConventions.withActions(3))) {
            assertThat(SchemaCheck.errors(json.toBytes(sample, Optional.empty()))).as(sample.getId()).isEmpty();
        }
        assertThat(SchemaCheck.errorsAgainst(1, json.toBytes(SampleConventions.maximal(), Optional.empty())))
                .anySatisfy(e -> assertThat(e).contains("/format"));
    }

    /** A change's fields are those of its kind: the schema refuses another kind's field, as the reader does. */
    @Test
    void theSchemaRefusesAChangeWithTheFieldsOfAnotherKind() {
        String valid = new String(json.toBytes(SampleConventions.maximal(), Optional.empty()), StandardCharsets.UTF_8);
        String wrong = valid.replaceFirst("\"kind\": \"WITHDRAW_ACTION\"", "\"kind\": \"WITHDRAW_PARTY\"");

        assertThat(wrong).isNotEqualTo(valid);
        assertThat(errors(wrong)).anySatisfy(e -> assertThat(e).contains("/amendments/0/changes/5"));
    }

    @Test
    void aStoredRevisionConforms() {
        Revision revision = new Revision(7, Instant.parse("2026-11-26T10:15:30Z"), "agent:test", "Résiliation");

        assertThat(SchemaCheck.errors(json.toBytes(SampleConventions.maximal(), Optional.of(revision)))).isEmpty();
    }

    @Test
    void frontignansDraftAndASparseConventionConform() {
        Convention sparse = Convention.builder().id("a").title("Minimal").caf(Caf.of("CAF du Gard", "30"))
                .territory(Territory.ofCommune("30189")).validity(DateRange.ofYears(2025, 2029)).build();

        assertThat(SchemaCheck.errors(json.toBytes(Frontignan.draft(), Optional.empty()))).isEmpty();
        assertThat(SchemaCheck.errors(json.toBytes(sparse, Optional.empty()))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() {
        String valid = new String(json.toBytes(Frontignan.draft(), Optional.empty()), StandardCharsets.UTF_8);

        assertThat(errors(valid.replace("\"title\":", "\"colour\": \"blue\",\n  \"title\":")))
                .anySatisfy(e -> assertThat(e).contains("colour"));
        assertThat(errors(valid.replace("\"amount\": \"180000.00\"", "\"amount\": 180000.00")))
                .anySatisfy(e -> assertThat(e).contains("/actions/0/budget/0/amount"));
        assertThat(errors(valid.replace("\"ctg-convention/3\"", "\"ctg-convention/4\"")))
                .anySatisfy(e -> assertThat(e).contains("/format"));
        assertThat(errors(valid.replace("\"ctg-convention/3\"", "\"ctg-convention/2\"")))
                .anySatisfy(e -> assertThat(e).contains("/format"));
        assertThat(errors(valid.replace("\"2027-12-31\"", "\"31/12/2027\"")))
                .anySatisfy(e -> assertThat(e).contains("/validity/to"));
    }

    private static java.util.List<String> errors(String document) {
        return SchemaCheck.errors(document.getBytes(StandardCharsets.UTF_8));
    }
}
