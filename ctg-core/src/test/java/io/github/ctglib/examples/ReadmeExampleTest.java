package io.github.ctglib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.lifecycle.CommandResult;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.rules.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; a second test keeps the README's copy identical. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() {
        // example:embed
        ConventionRepository repository = new InMemoryConventionRepository(); // or a JSON / JDBC store
        ConventionLifecycle ctg = ConventionLifecycle.builder(repository)
                .clock(Clock.systemDefaultZone())
                .build();

        Convention draft = Frontignan.draft(); // built with Convention.builder()…
        ctg.create(draft, "agent:m.dupont");
        ctg.recordDiagnostic(draft.getId(), draft.getDiagnostic(), "agent:m.dupont");
        CommandResult asked = ctg.requestSignatures(draft.getId(), "agent:m.dupont");
        for (Violation warning : asked.warnings()) {
            System.out.println(warning.code() + " " + warning.path() + ": " + warning.messageFr());
        }
        List<Convention> inFrontignan = repository.search(ConventionQuery.byCommune("34108"));
        // end:embed

        assertThat(asked.convention().getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
        assertThat(inFrontignan).extracting(Convention::getId).containsExactly(Frontignan.ID);
    }

    @Test
    void theReadmeShowsTheCompiledExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src/test/java/io/github/ctglib/examples/ReadmeExampleTest.java"));
        assertThat(normalise(between(readme, "<!-- example:embed -->", "<!-- end:embed -->")))
                .isEqualTo(normalise(between(source, "// example:embed", "// end:embed")));
    }

    private static String between(String text, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("markers " + start + " … " + end).isTrue();
        return m.group(1).replace("```java", "").replace("```", "");
    }

    private static String normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
