package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks decide as the schema's pattern and {@code LocalDate.parse}; pointers spelt as RFC 6901. */
class TreeReadingTest {

    /** The pattern of decimals in the JSON Schema, the reference of the hand-written check. */
    private static final Pattern SCHEMA_DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]{0,29})(?:\\.[0-9]{1,30})?");

    @Test
    void aDecimalIsPlainExactlyWhenTheSchemaPatternMatchesIt() {
        String thirty = "1".repeat(30);
        List<String> samples = List.of("0", "-0", "29", "29.0", "180000.00", "-87.125", "0.5", thirty,
                thirty + "1", "1." + thirty, "1." + thirty + "1", "-" + thirty + "." + thirty, "", "-", ".", "1.",
                ".5", "-.5", "01", "00", "-01", "1e5", "1E5", "+1", " 1", "1 ", "1.2.3", "١٢", "--1", "1-", "0x1",
                "12,5", "NaN", "Infinity", "0.", "0.0");
        for (String sample : samples) {
            assertThat(TreeReading.isPlainDecimal(sample)).as("\"%s\"", sample)
                    .isEqualTo(SCHEMA_DECIMAL.matcher(sample).matches());
        }
    }

    @Test
    void aDateIsReadAsLocalDateParseReadsIt() {
        List<String> samples = List.of("2024-03-06", "0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29",
                "2023-02-30", "2023-13-01", "2023-00-10", "2023-01-00", "2023-1-01", "2023/01/01", "20230101",
                "+10000-01-01", "-0001-01-01", "2023-01-0x", " 2023-01-01", "2023-01-01 ", "", "２０２３-01-01");
        for (String sample : samples) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(sample);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> TreeReading.parseDate(sample)).as("\"%s\"", sample)
                        .isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(TreeReading.parseDate(sample)).as("\"%s\"", sample).isEqualTo(expected);
        }
    }

    @Test
    void aPointerIsSpeltAsRfc6901SaysOnlyWhenAsked() {
        TreeReading.Pointer root = TreeReading.Pointer.ROOT;

        assertThat(root.toString()).isEmpty();
        assertThat(root.child("actions").element(2).child("a/b~c").toString()).isEqualTo("/actions/2/a~1b~0c");
    }
}
