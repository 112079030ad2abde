package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete and says each rule once: every code is one rule of the {@link RuleBook}, with a
 * French and an English message; every code a model annotation carries is a field constraint of the catalogue.
 */
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
    void everyCodeIsExactlyOneRuleOfTheBook() {
        List<String> inBook = RuleBook.all().stream().map(Rule::code).collect(Collectors.toList());
        assertThat(inBook).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes());
        assertThat(RuleBook.rule(RuleCodes.SCOPE)).get().extracting(Rule::severity).isEqualTo(Severity.ERROR);
        assertThat(RuleBook.rule("CTG-NOPE-999")).isEmpty();
    }

    @Test
    void everyRuleButTheFieldConstraintsHasItsCheck() {
        for (Rule<?> rule : RuleBook.all()) {
            boolean annotated = rule.applies().kind() == Applies.Kind.FIELD && !rule.code().equals(RuleCodes.ID_FORMAT);
            assertThat(rule.check().isPresent()).as(rule.code()).isEqualTo(!annotated);
        }
    }

    @Test
    void everyCodeOnAModelAnnotationIsAFieldConstraint() throws IOException, URISyntaxException {
        Set<String> fieldCodes = RuleBook.all().stream().filter(r -> r.applies().kind() == Applies.Kind.FIELD)
                .map(Rule::code).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        for (Class<?> type : modelTypes()) {
            for (Method getter : type.getDeclaredMethods()) {
                annotations(getter).forEach(a -> message(a).ifPresent(used::add));
            }
        }
        assertThat(used).isNotEmpty().isSubsetOf(fieldCodes);
    }

    @Test
    void everyCodeHasAFrenchAndAnEnglishMessage() {
        for (String code : codes()) {
            String fr = RuleMessages.format(code, Locale.FRENCH, "a", "b", "c", "d");
            String en = RuleMessages.format(code, Locale.ENGLISH, "a", "b", "c", "d");
            assertThat(fr).as(code).isNotBlank().isNotEqualTo(en);
            assertThat(RuleMessages.hasMessages(code)).isTrue();
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
    void aWordingIsSaidInEachMessagesLanguage() {
        Violation v = Violation.error(RuleCodes.STAGE, "stage", "SIGNED",
                new Violation.Wording("en français", "in English"));
        assertThat(v.messageFr()).contains("en français").doesNotContain("in English");
        assertThat(v.messageEn()).contains("in English").doesNotContain("en français");
    }

    @Test
    void anUnknownCodeIsABug() {
        assertThatThrownBy(() -> RuleMessages.format("CTG-NOPE-999", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CTG-NOPE-999");
    }

    private static List<Class<?>> modelTypes() throws IOException, URISyntaxException {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : List.of("convention", "actionplan")) {
            Path dir = Path.of(RuleCatalogTest.class.getResource("/io/github/ctglib/" + pkg).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    try {
                        types.add(Class.forName("io.github.ctglib." + pkg + "." + name));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return types;
    }

    private static List<Annotation> annotations(Method getter) {
        List<Annotation> out = new ArrayList<>(Arrays.asList(getter.getAnnotations()));
        collect(getter.getAnnotatedReturnType(), out);
        return out;
    }

    private static void collect(AnnotatedType type, List<Annotation> out) {
        out.addAll(Arrays.asList(type.getAnnotations()));
        if (type instanceof AnnotatedParameterizedType parameterized) {
            Arrays.stream(parameterized.getAnnotatedActualTypeArguments()).forEach(t -> collect(t, out));
        }
    }

    private static java.util.Optional<String> message(Annotation annotation) {
        try {
            Object message = annotation.annotationType().getMethod("message").invoke(annotation);
            return message instanceof String s && s.startsWith("CTG-") ? java.util.Optional.of(s)
                    : java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            return java.util.Optional.empty();
        }
    }
}
