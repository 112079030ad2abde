package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule code is unique, has a French and an English message, and is documented in docs/RULES.md. */
class RuleCatalogTest {

    static List<String> codes() {
        return Arrays.stream(RuleCodes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(RuleCatalogTest::value)
                .collect(Collectors.toList());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void codesAreUniqueAndStable() {
        assertThat(codes()).doesNotHaveDuplicates().allMatch(code -> code.matches("CTG-[A-Z]+-[0-9]{3}"));
    }

    @Test
    void everyCodeHasAFrenchAndAnEnglishMessage() {
        for (String code : codes()) {
            String fr = RuleMessages.format(code, Locale.FRENCH, "a", "b", "c", "d");
            String en = RuleMessages.format(code, Locale.ENGLISH, "a", "b", "c", "d");
            assertThat(fr).as(code).isNotBlank().isNotEqualTo(en);
        }
    }

    @Test
    void messagesDoNotDependOnTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Violation.error(RuleCodes.BUDGET_YEAR, "x", 2028, 2023, 2027).messageEn())
                    .isEqualTo("The budget year 2028 lies outside the validity (2023 to 2027).");
            assertThat(Violation.error(RuleCodes.BUDGET_YEAR, "x", 2028, 2023, 2027).messageFr())
                    .isEqualTo("L'année budgétaire 2028 est hors de la validité (2023 à 2027).");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownCodeIsABug() {
        assertThatThrownBy(() -> RuleMessages.format("CTG-NOPE-999", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CTG-NOPE-999");
    }

    @Test
    void everyCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "RULES.md"));
        assertThat(codes()).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }
}
