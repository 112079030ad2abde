package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    @Test
    void readsValuesWithWhereTheyStart() throws Exception {
        JsonText.Node root = JsonText.parse("\uFEFF[\n {\"a\": \"x\\u00e9\\n\", \"b\": -1.5e2, \"c\": [true, false, null]},\n 7]");

        List<?> items = (List<?>) root.value();
        assertThat(items).hasSize(2);
        JsonText.Node first = (JsonText.Node) items.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.column()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, JsonText.Node> object = (Map<String, JsonText.Node>) first.value();
        assertThat(object.keySet()).containsExactly("a", "b", "c");
        assertThat(object.get("a").value()).isEqualTo("xé\n");
        assertThat(object.get("b").value()).isEqualTo(new BigDecimal("-1.5e2"));
        assertThat(object.get("b").column()).isEqualTo(26);
        List<?> c = (List<?>) object.get("c").value();
        assertThat(c).extracting(n -> ((JsonText.Node) n).value()).containsExactly(true, false, null);
        assertThat(((JsonText.Node) items.get(1)).value()).isEqualTo(BigDecimal.valueOf(7));
        assertThat(((JsonText.Node) items.get(1)).line()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1,]                 | 1 | 4 | a value was expected",
        "{\"a\":1,\"a\":2}    | 1 | 8 | duplicate member \"a\"",
        "[01]                 | 1 | 3 | leading zero",
        "[1] x                | 1 | 5 | after the JSON value",
        "{a:1}                | 1 | 2 | a member name in double quotes",
        "[\"\\x\"]            | 1 | 4 | bad escape",
        "[tru]                | 1 | 2 | a value was expected",
        "[1.]                 | 1 | 4 | after the decimal point",
        "[                    | 1 | 2 | unexpected end of the file",
        "// comment           | 1 | 1 | a value was expected",
    })
    void isStrict(String text, int line, int column, String message) {
        assertThatThrownBy(() -> JsonText.parse(text.strip()))
                .isInstanceOfSatisfying(JsonText.SyntaxException.class, e -> {
                    assertThat(e.line).isEqualTo(line);
                    assertThat(e.column).isEqualTo(column);
                })
                .hasMessageContaining(message);
    }

    @Test
    void rejectsAControlCharacterInAString() {
        assertThatThrownBy(() -> JsonText.parse("[\"a\tb\"]")).hasMessageContaining("control character U+0009");
    }

    @Test
    void rejectsDeepNesting() {
        assertThatThrownBy(() -> JsonText.parse("[".repeat(100) + "]".repeat(100))).hasMessageContaining("nested");
    }
}
