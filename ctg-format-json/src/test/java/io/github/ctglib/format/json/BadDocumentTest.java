package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of bad document gets an error that names the document and says what is wrong, and where. */
class BadDocumentTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final String SOURCE = "bad/ctg-34-frontignan-2023.json";

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        assertProblem("{\n  \"format\": \"ctg-convention/2\",\n  \"id\": \n}",
                "it is not valid JSON at line 4, column 1");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertProblem("   ", "the document is empty");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertProblem("[1, 2]", "a convention document is a JSON object");
    }

    @Test
    void aDocumentWithoutFormatIsRefused() {
        assertProblem(mutated(d -> d.remove("format")), "the field \"format\" is missing");
    }

    @Test
    void anotherKindOfDocumentIsRefused() {
        assertProblem(mutated(d -> d.put("format", "ctg-report/1")), "\"ctg-report/1\" is not a ctg convention format");
    }

    @Test
    void aLaterFormatVersionAsksForAnUpgrade() {
        assertProblem(mutated(d -> d.put("format", "ctg-convention/4")),
                "written in format ctg-convention/4, newer than this version of ctg reads (ctg-convention/3);"
                        + " upgrade ctg");
    }

    @Test
    void aFormatVersionThatNeverExistedIsRefused() {
        assertProblem(mutated(d -> d.put("format", "ctg-convention/0")), "never existed");
    }

    @Test
    void aDocumentOverTheSizeCapIsRefusedWhileParsing() {
        String text = "x".repeat(50_000);
        String document = mutated(d -> {
            ArrayNode objectives = (ArrayNode) d.get("actions").get(0).get("objectives");
            for (int i = 0; i < ConventionJson.MAX_DOCUMENT_BYTES / text.length() + 1; i++) {
                objectives.add(text);
            }
        });

        assertProblem(document, "beyond the limits of format ctg-convention/3", "Document length");
    }

    @Test
    void aDocumentNestedTooDeepIsRefusedWhileParsing() {
        String deep = "[".repeat(ConventionJson.MAX_NESTING_DEPTH) + "]".repeat(ConventionJson.MAX_NESTING_DEPTH);
        String document = mutated(d -> d.put("title", "PLACEHOLDER")).replace("\"PLACEHOLDER\"", deep);

        assertProblem(document, "beyond the limits", "nesting depth");
    }

    @Test
    void anOverlongStringIsRefusedWhileParsing() {
        assertProblem(mutated(d -> d.put("title", "x".repeat(ConventionJson.MAX_STRING_LENGTH + 1))),
                "beyond the limits", "String value length");
    }

    @Test
    void anUnknownFieldIsAnErrorNamingItsPlace() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("actions").get(2)).put("budgett", "[]")),
                "/actions/2/budgett: is not a field of this object in format ctg-convention/3");
    }

    @Test
    void anAmountWrittenAsANumberIsRefusedRatherThanRounded() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("actions").get(0).get("budget").get(0))
                .put("amount", new java.math.BigDecimal("180000.10"))),
                "/actions/0/budget/0/amount: must be a string holding the exact amount, e.g. \"180000.10\"");
    }

    @Test
    void anAmountInScientificNotationIsRefused() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("actions").get(0).get("budget").get(0)).put("amount", "1.8E+5")),
                "/actions/0/budget/0/amount: must be an exact decimal in plain notation");
    }

    @Test
    void aDateThatIsNotIsoIsRefused() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("validity")).put("to", "31/12/2027")),
                "/validity/to: must be an ISO date (yyyy-mm-dd)");
    }

    @Test
    void anUnknownConstantListsTheAcceptedOnes() {
        assertProblem(mutated(d -> d.put("stage", "SIGNEE")),
                "/stage: must be one of IN_PREPARATION, SHARED_DIAGNOSTIC, ACTION_PLANNING");
    }

    @Test
    void aNullIsRefusedWithAHint() {
        assertProblem(mutated(d -> d.putNull("signatureDate")), "/signatureDate: must be a string, found null");
        assertProblem(mutated(d -> d.putNull("predecessorIds")), "/predecessorIds: must be an array, found null");
    }

    @Test
    void aMissingMandatoryFieldIsNamed() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("caf")).remove("departementCode")),
                "/caf: the field \"departementCode\" is missing");
    }

    @Test
    void aBlankMandatoryTextIsReportedAtItsObject() {
        assertProblem(mutated(d -> ((ObjectNode) d.get("signatories").get(1)).put("name", "  ")),
                "/signatories/1: Signatory.name must not be blank");
    }

    @Test
    void aDuplicateInASetIsRefused() {
        assertProblem(mutated(d -> ((ArrayNode) d.get("territory").get("communeCodes")).add("34108")),
                "/territory/communeCodes: lists the same value more than once");
    }

    @Test
    void aDuplicateFieldIsRefused() {
        String document = mutated(d -> { }).replaceFirst("\"title\"", "\"title\": \"Autre\",\n  \"title\"");

        int second = document.indexOf("\"title\"", document.indexOf("\"title\"") + 1);
        long line = document.substring(0, second).lines().count();

        assertProblem(document, "at line " + line + ", column ", "Duplicate Object property \"title\"");
        assertThatThrownBy(() -> read(document)).message().doesNotContain("ObjectNode", "Feature");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertProblem(mutated(d -> { }) + "{}", "more content after the document");
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnce() {
        String document = mutated(d -> {
            d.put("colour", "blue");
            ((ObjectNode) d.get("validity")).put("from", "2023-02-30");
            ((ObjectNode) d.get("actions").get(1).get("budget").get(0)).put("year", "2024");
        });

        assertThatThrownBy(() -> read(document))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems()).containsExactly(
                        "/validity/from: must be an ISO date (yyyy-mm-dd) such as \"2024-03-06\", found \"2023-02-30\"",
                        "/actions/1/budget/0/year: must be a whole number, found the string \"2024\"",
                        "/colour: is not a field of this object in format ctg-convention/3 (known: actions, amendments,"
                                + " axes, bonusTerms, caf, diagnostic, documents, equipment, evaluation, fields, format,"
                                + " governance, id, notes,"
                                + " predecessorIds, revision, signatories, signatureDate, stage, termination, territory,"
                                + " title, validity, version); fix its name or remove it"))
                .hasMessageStartingWith(SOURCE + " is not a usable ctg convention document (3 problems):");
    }

    @Test
    void aChangeOfAnUnknownKindListsTheKnownOnes() {
        assertProblem(maximalMutated(d -> change(d, 0).put("kind", "ADD_ACTIONS")),
                "/amendments/0/changes/0/kind: must be one of ADD_ACTION, REPLACE_ACTION, WITHDRAW_ACTION");
    }

    @Test
    void aChangeWithTheFieldOfAnotherKindIsAnErrorNamingIt() {
        assertProblem(maximalMutated(d -> change(d, 2).put("newEnd", "2027-06-30")),
                "/amendments/0/changes/2/newEnd: is not a field of this object",
                "(known: communeCodes, kind)");
        assertProblem(maximalMutated(d -> change(d, 3).remove("newEnd")),
                "/amendments/0/changes/3: the field \"newEnd\" is missing");
    }

    @Test
    void aMisspeltFieldOfAVersion2PartIsNamed() {
        assertProblem(maximalMutated(d -> ((ObjectNode) d.get("signatories").get(0).get("representatives").get(1))
                        .put("signedon", "2022-03-13")),
                "/signatories/0/representatives/1/signedon: is not a field of this object");
        assertProblem(maximalMutated(d -> ((ObjectNode) d.get("documents").get(0)).put("size", "12")),
                "/documents/0/size: must be a whole number, found the string \"12\"");
        assertProblem(maximalMutated(d -> ((ObjectNode) d.get("governance").get("coordinators").get(0))
                        .put("fullTimeEquivalents", 1.0)),
                "/governance/coordinators/0/fullTimeEquivalents: must be a string holding the exact amount");
    }

    private static ObjectNode change(ObjectNode document, int index) {
        return (ObjectNode) document.get("amendments").get(0).get("changes").get(index);
    }

    private static void assertProblem(String document, String... fragments) {
        assertThatThrownBy(() -> read(document))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith(SOURCE + " is not a usable ctg convention document")
                .hasMessageContainingAll(fragments)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).source()).isEqualTo(SOURCE));
    }

    private static void read(String document) {
        ConventionDocuments.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    /** Frontignan's document, changed by {@code change}. */
    private static String mutated(Consumer<ObjectNode> change) {
        return mutated(Frontignan.draft(), change);
    }

    /** The maximal sample's document, changed by {@code change}. */
    private static String maximalMutated(Consumer<ObjectNode> change) {
        return mutated(io.github.ctglib.testsupport.SampleConventions.maximal(), change);
    }

    private static String mutated(io.github.ctglib.convention.Convention convention, Consumer<ObjectNode> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConventionDocuments.write(convention, out);
        ObjectNode document = (ObjectNode) PLAIN.readTree(out.toByteArray());
        change.accept(document);
        return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }
}
