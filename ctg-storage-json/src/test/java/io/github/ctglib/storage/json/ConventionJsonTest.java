package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        assertThat(DomainRules.errors(io.github.ctglib.testsupport.SampleConventions.maximal())).isEmpty();
        assertThat(DomainRules.errors(Frontignan.draft())).isEmpty();
    }

    @Test
    void aConventionWithEveryFieldComesBackEqual() {
        Convention complete = Samples.complete();

        Convention read = roundTrip(ConventionJson.standard(), complete);

        assertThat(read).isEqualTo(complete);
    }

    @Test
    void frontignansDraftComesBackEqual() {
        assertThat(roundTrip(ConventionJson.standard(), Frontignan.draft())).isEqualTo(Frontignan.draft());
    }

    @Test
    void theDocumentStartsWithItsFormatAndUsesEnglishNamesIsoDatesAndConstantNames() {
        JsonNode document = PLAIN.readTree(write(Samples.complete()));

        assertThat(document.propertyNames()).first().isEqualTo("format");
        assertThat(document.get("format").stringValue()).isEqualTo("ctg-convention/1");
        assertThat(document.get("caf").get("departementCode").stringValue()).isEqualTo("34");
        assertThat(document.get("validity").get("from").stringValue()).isEqualTo("2023-01-01");
        assertThat(document.get("signatureDate").stringValue()).isEqualTo("2024-03-06");
        assertThat(document.get("stage").stringValue()).isEqualTo("TERMINATED");
        assertThat(document.get("fields").get(0).get("kind").stringValue()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(document.get("version").isIntegralNumber()).isTrue();
        assertThat(document.has("revision")).as("an export carries no revision metadata").isFalse();
    }

    @Test
    void amountsAreStringsThatKeepEveryDigitAndTheScale() {
        JsonNode document = PLAIN.readTree(write(Samples.complete()));
        JsonNode firstLine = document.get("actions").get(0).get("budget").get(0);
        JsonNode bigLine = document.get("actions").get(6).get("budget").get(0);

        assertThat(firstLine.get("amount").isString()).isTrue();
        assertThat(firstLine.get("amount").stringValue()).isEqualTo("180000.00");
        assertThat(bigLine.get("amount").stringValue()).isEqualTo("12345678901.05");
        assertThat(document.get("diagnostic").get("indicators").get(0).get("value").stringValue()).isEqualTo("29");
    }

    @Test
    void aStoredRevisionCarriesWhoWhenAndWhy() {
        Convention convention = Samples.complete();
        Revision revision = new Revision(7, Samples.NOW, "agent:m.dupont", "Résiliation");
        ConventionJson json = ConventionJson.standard();

        ConventionDocument.Content content = json.fromBytes(json.toBytes(convention, Optional.of(revision)), "test");

        assertThat(content.revision()).contains(revision);
        assertThat(content.convention()).isEqualTo(convention);
    }

    @Test
    void theLayoutIsStableIndentedAndEndsWithANewline() {
        String text = new String(write(Frontignan.draft()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"format\": \"ctg-convention/1\",\n  \"id\": \"ctg-34-frontignan-2023\",\n");
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
        byte[] bytes = toBytes(json, Samples.complete());

        assertThat(host.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)).isTrue();
        assertThat(host.writeValueAsString(1)).isEqualTo("\"1\"");
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).as("the host's escaping is kept")
                .contains("\\u00E9").doesNotContain("é");
        assertThat(PLAIN.readTree(bytes).get("version").isIntegralNumber()).as("the format's numbers are kept")
                .isTrue();
        assertThat(json.read(new ByteArrayInputStream(bytes), "host")).isEqualTo(Samples.complete());
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
