package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.format.json.ConventionJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format json}: one JSON document on standard output, of the shape its "format" names. */
class JsonOutputTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static JsonNode document(Result result, String format) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode root = MAPPER.readTree(result.out());
        assertThat(root.get("format").asString()).isEqualTo(format);
        return root;
    }

    @Test
    void listGivesEachConventionWithItsCodes() {
        String store = Fixtures.demoStore(dir);
        JsonNode list = document(Cli.run("list", "--format", "json", "--store", store), "ctg-list/1");

        assertThat(list.get("count").asInt()).isEqualTo(1);
        JsonNode c = list.get("conventions").get(0);
        assertThat(c.get("id").asString()).isEqualTo(Frontignan.ID);
        assertThat(c.get("stage").asString()).isEqualTo("EVALUATION");
        assertThat(c.get("validity").get("from").asString()).isEqualTo("2023-01-01");
        assertThat(c.get("communeCodes").get(0).asString()).isEqualTo("34108");
        assertThat(c.get("epciSirens").isArray()).isTrue();
    }

    @Test
    void anEmptyListIsADocumentToo() {
        String store = Fixtures.demoStore(dir);
        JsonNode list = document(Cli.run("list", "--caf", "30", "--format", "json", "--store", store), "ctg-list/1");
        assertThat(list.get("count").asInt()).isZero();
        assertThat(list.get("conventions").size()).isZero();
    }

    @Test
    void showIsTheInterchangeDocument() {
        String store = Fixtures.demoStore(dir);
        Result show = Cli.run("show", Frontignan.ID, "--format", "json", "--store", store);

        assertThat(show.exitCode()).isZero();
        var read = ConventionJson.standard().read(new ByteArrayInputStream(show.out().getBytes(StandardCharsets.UTF_8)),
                "show");
        assertThat(read.getId()).isEqualTo(Frontignan.ID);
        assertThat(read.getActions()).hasSize(7);
        Result before = Cli.run("show", Frontignan.ID, "--on", "2024-09-30", "--format", "json", "--store", store);
        assertThat(ConventionJson.standard().read(new ByteArrayInputStream(before.out().getBytes(StandardCharsets.UTF_8)),
                "show").getActions()).hasSize(6);
    }

    @Test
    void historyGivesEveryRevision() {
        String store = Fixtures.demoStore(dir);
        JsonNode history = document(Cli.run("history", Frontignan.ID, "--format", "json", "--store", store),
                "ctg-history/1");
        assertThat(history.get("revisions").size()).isEqualTo(13);
        assertThat(history.get("revisions").get(0).get("at").asString()).isEqualTo("2023-09-01T09:00:00Z");
        assertThat(history.get("revisions").get(0).get("actor").asString()).isEqualTo(DemoCommand.ACTOR);
    }

    @Test
    void territoryTellsConventionsUnknownWithoutAStoreAndListsThemWithOne() {
        String store = Fixtures.demoStore(dir);
        JsonNode withStore = document(Cli.run("territory", "200066355", "--format", "json", "--store", store),
                "ctg-territory/1");
        assertThat(withStore.get("kind").asString()).isEqualTo("EPCI");
        assertThat(withStore.get("members").size()).isEqualTo(14);
        assertThat(withStore.get("conventions").get(0).get("id").asString()).isEqualTo(Frontignan.ID);

        org.junit.jupiter.api.Assumptions.assumeFalse(Stores.defaultExists(),
                "the working directory holds a default store ./ctg-data/conventions");
        JsonNode alone = document(Cli.run("territory", "22016", "--format", "json"), "ctg-territory/1");
        assertThat(alone.get("name").asString()).isEqualTo("Île-de-Bréhat");
        assertThat(alone.get("epci").isNull()).isTrue();
        assertThat(alone.get("conventions").isNull()).isTrue();
    }

    @Test
    void reportGivesEveryFigureWithCodes() {
        String store = Fixtures.demoStore(dir);
        JsonNode report = document(Cli.run("report", "--departement", "34", "--format", "json", "--store", store),
                "ctg-report/1");
        assertThat(report.get("byStage").get("EVALUATION").asInt()).isEqualTo(1);
        assertThat(report.get("coverage").get(0).get("communes").asInt()).isEqualTo(341);
        assertThat(report.get("coverage").get(0).get("uncovered").size()).isEqualTo(340);
        JsonNode funding = report.get("funding").get(0);
        assertThat(funding.get("field").asString()).matches("[A-Z_]+");
        assertThat(funding.get("forecast").asString()).matches("[0-9]+\\.[0-9]{2}");
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        Result result = Cli.run("list", "--format", "yaml", "--store", Fixtures.json(dir));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
