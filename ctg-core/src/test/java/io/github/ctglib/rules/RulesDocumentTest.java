package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/RULES.md} is the rule catalogue rendered: where each rule applies and its messages included.
 * After changing a rule, run {@code ./mvnw -pl ctg-core test -Dtest=RulesDocumentTest -Dctg.rules.write=true}.
 */
class RulesDocumentTest {

    private static final Path DOC = Path.of("..", "docs", "RULES.md");

    @Test
    void theDocsAreTheCatalogue() throws IOException {
        String rendered = RulesDocument.markdown();
        if (Boolean.getBoolean("ctg.rules.write")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/RULES.md differs from the catalogue: rerun this test with -Dctg.rules.write=true")
                .isEqualTo(rendered);
    }

    @Test
    void theDocsSayWhereEachRuleAppliesAndWhatItSays() {
        String rendered = RulesDocument.markdown();
        for (Rule<?> rule : RuleBook.all()) {
            String row = rendered.lines().filter(l -> l.startsWith("| `" + rule.code() + "`")).findFirst().orElseThrow();
            assertThat(row).contains(rule.applies().describe(), rule.severity().name(),
                    RuleMessages.pattern(rule.code(), "en").replace("|", "\\|"),
                    RuleMessages.pattern(rule.code(), "fr").replace("|", "\\|"));
        }
        assertThat(rendered).contains("| `CTG-PERIOD-003` | `VALIDITY_LENGTH` | ERROR | every stage · content |");
    }
}
