package io.github.ctglib.rules;

import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Step;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule catalogue as Markdown: {@code docs/RULES.md} is this text, checked by a test, so that the docs say
 * exactly which rules exist, where each applies and what it says.
 */
public final class RulesDocument {

    private RulesDocument() {}

    /** {@return the whole of {@code docs/RULES.md}} */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n")
                .append("<!-- Generated from the rule catalogue (RuleBook) by RulesDocument; RulesDocumentTest checks")
                .append(" it. Do not edit by hand: change the rule, then run the test with -Dctg.rules.write=true. -->\n\n")
                .append("Every rule ctg checks has a stable code. A code never changes meaning once published; new rules")
                .append(" get new codes. Each violation carries the code, a path into the convention")
                .append(" (`actions[3].budget[0].amount`), a severity (`ERROR` rejects, `WARNING` informs) and a message")
                .append(" in French and English. All violations are reported together.\n\n")
                .append("## Where rules apply\n\n")
                .append("A convention is judged **as of its stage**: the rules on its state apply at the stages listed,")
                .append(" whichever path it takes — a lifecycle command, `ConventionValidator`, `ctg validate`, an import")
                .append(" (`ctg import`, `ConventionLifecycle.importDocuments`) or a copy (`ctg copy`). Rules *with the")
                .append(" geography* need a geography (the lifecycle and the CLI use the bundled one); rules *against the")
                .append(" store* are checked when a convention enters the store (created, renewed, imported, copied) and,")
                .append(" for exclusivity, whenever its signed coverage grows (last signature, amendment in effect),")
                .append(" against the store and the documents imported with it. *Command input* rules guard what a")
                .append(" lifecycle step is given.\n\n")
                .append("The steps of a convention's life and the stages each may be taken from (`Step`):\n\n")
                .append("| Step | Allowed from |\n|---|---|\n");
        for (Step step : Step.values()) {
            out.append("| `").append(step).append("` | ").append(step.allowedFrom().size() == Stage.values().length
                    ? "every stage" : step.allowedFrom().stream().map(Stage::name).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        Map<String, String> constants = constantNames();
        for (Applies.Kind kind : Applies.Kind.values()) {
            out.append("\n## ").append(title(kind)).append("\n\n")
                    .append("| Code | Constant | Severity | Where it applies | Meaning | Message (French) | Message (English) |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (Rule<?> rule : RuleBook.all()) {
                if (rule.applies().kind() != kind) {
                    continue;
                }
                out.append("| `").append(rule.code()).append("` | `").append(constants.get(rule.code())).append("` | ")
                        .append(rule.severity()).append(" | ").append(cell(rule.applies().describe())).append(" | ")
                        .append(cell(rule.meaning())).append(" | ").append(cell(RuleMessages.pattern(rule.code(), "fr")))
                        .append(" | ").append(cell(RuleMessages.pattern(rule.code(), "en"))).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String title(Applies.Kind kind) {
        return switch (kind) {
            case FIELD -> "Field constraints (Jakarta Validation on the model)";
            case CONTENT -> "Rules on the content and the stage";
            case GEOGRAPHY -> "Rules with the geography";
            case STORE -> "Rules against the store";
            case COMMAND -> "Rules on a command's input";
            case ACCESS -> "Access scopes (a scoped view: ConventionLifecycle.as(actor))";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static Map<String, String> constantNames() {
        Map<String, String> names = new HashMap<>();
        for (Field field : RuleCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.put((String) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
