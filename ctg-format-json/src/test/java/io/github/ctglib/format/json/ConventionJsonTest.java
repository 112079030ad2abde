package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ConventionJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void theSamplesKeepTheDomainRules() {
        assertThat(DomainRules.errors(SampleConventions.maximal())).isEmpty();
        assertThat(DomainRules.errors(Frontignan.draft())).isEmpty();
    }

    @Test
    void aConventionWithEveryFieldComesBackEqual() {
        Convention complete = SampleConventions.maximal();

        Convention read = roundTrip(ConventionJson.standard(), complete);

        assertThat(read).isEqualTo(complete);
    }

    @Test
    void frontignansDraftComesBackEqual() {
        assertThat(roundTrip(ConventionJson.standard(), Frontignan.draft())).isEqualTo(Frontignan.draft());
    }

    @Test
    void theDocumentStartsWithItsFormatAndUsesEnglishNamesIsoDatesAndConstantNames() {
        Convention maximal = SampleConventions.maximal();
        JsonNode document = PLAIN.readTree(write(maximal));

        assertThat(document.propertyNames()).first().isEqualTo("format");
        assertThat(document.get("format").stringValue()).isEqualTo("ctg-convention/3");
        assertThat(document.get("caf").get("departementCode").stringValue())
                .isEqualTo(maximal.getCaf().getDepartementCode());
        assertThat(document.get("validity").get("from").stringValue())
                .isEqualTo(maximal.getValidity().getFrom().toString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        assertThat(document.get("signatureDate").stringValue())
                .isEqualTo(maximal.getSignatureDate().orElseThrow().toString());
        assertThat(document.get("stage").stringValue()).isEqualTo(maximal.getStage().name());
        assertThat(document.get("fields").get(0).get("kind").stringValue())
                .isEqualTo(maximal.getFields().iterator().next().getKind().name());
        assertThat(document.get("version").isIntegralNumber()).isTrue();
        assertThat(document.has("revision")).as("an export carries no revision metadata").isFalse();
    }

    @Test
    void amountsAreStringsThatKeepEveryDigitAndTheScale() {
        Convention exact = SampleConventions.withExactAmounts();
        JsonNode document = PLAIN.readTree(write(exact));
        JsonNode firstLine = document.get("actions").get(0).get("budget").get(0);

        assertThat(firstLine.get("amount").isString()).isTrue();
        assertThat(firstLine.get("amount").stringValue())
                .isEqualTo(exact.getActions().get(0).getBudget().get(0).getAmount().toPlainString());
        assertThat(roundTrip(ConventionJson.standard(), exact)).isEqualTo(exact);
    }

    @Test
    void aStoredRevisionCarriesWhoWhenAndWhy() {
        Convention convention = ImmutableConvention.copyOf(SampleConventions.maximal()).withVersion(7);
        Revision revision = new Revision(7, Instant.parse("2026-11-26T10:15:30Z"), "agent:m.dupont", "Résiliation");
        ConventionJson json = ConventionJson.standard();

        ConventionDocument.Content content = json.fromBytes(json.toBytes(convention, Optional.of(revision)), "test");

        assertThat(content.revision()).contains(revision);
        assertThat(content.convention()).isEqualTo(convention);
    }

    @Test
    void theLayoutIsStableIndentedAndEndsWithANewline() {
        String text = new String(write(Frontignan.draft()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"format\": \"ctg-convention/3\",\n  \"id\": \"ctg-34-frontignan-2023\",\n");
        assertThat(text).contains("\"communeCodes\": [\n      \"34108\"\n    ]");
        assertThat(text).contains("\"amendments\": []");
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        assertThat(write(Frontignan.draft())).isEqualTo(write(Frontignan.draft()));
    }

    @Test
    void aHostMapperIsCopiedAndLeftAsItWas() {
        JsonMapper host = JsonMapper.builder()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();

        ConventionJson json = ConventionJson.using(host);
        byte[] bytes = toBytes(json, SampleConventions.maximal());

        assertThat(host.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)).isTrue();
        assertThat(host.writeValueAsString(1)).isEqualTo("\"1\"");
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).as("the host's escaping is kept")
                .contains("\\u00E9").doesNotContain("é");
        assertThat(PLAIN.readTree(bytes).get("version").isIntegralNumber()).as("the format's numbers are kept")
                .isTrue();
        assertThat(json.read(new ByteArrayInputStream(bytes), "host")).isEqualTo(SampleConventions.maximal());
    }

    @Test
    void theCallersStreamsAreLeftOpen() {
        CloseTracking out = new CloseTracking(new ByteArrayOutputStream());
        ConventionDocuments.write(Frontignan.draft(), out);
        OpenTracking in = new OpenTracking(new ByteArrayInputStream(((ByteArrayOutputStream) out.target()).toByteArray()));

        Convention read = ConventionDocuments.read(in, "exchange.json");

        assertThat(out.closed).isFalse();
        assertThat(in.closed).isFalse();
        assertThat(read).isEqualTo(Frontignan.draft());
    }

    @Test
    void theSchemaIsInTheJar() throws IOException {
        try (InputStream schema = ConventionDocuments.schema()) {
            JsonNode node = PLAIN.readTree(schema);
            assertThat(node.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.get("properties").get("format").get("const").stringValue()).isEqualTo(ConventionJson.FORMAT);
        }
    }

    private static Convention roundTrip(ConventionJson json, Convention convention) {
        return json.read(new ByteArrayInputStream(toBytes(json, convention)), "round-trip");
    }

    private static byte[] write(Convention convention) {
        return toBytes(ConventionJson.standard(), convention);
    }

    private static byte[] toBytes(ConventionJson json, Convention convention) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(convention, out);
        return out.toByteArray();
    }

    private static final class CloseTracking extends FilterOutputStream {
        boolean closed;

        CloseTracking(OutputStream target) {
            super(target);
        }

        OutputStream target() {
            return out;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static final class OpenTracking extends FilterInputStream {
        boolean closed;

        OpenTracking(InputStream source) {
            super(source);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
