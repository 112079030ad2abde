package io.github.ctglib.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void numbersWithADecimalCommaOrPointAndSpacesBetweenThousands() {
        assertThat(Cells.number("58,3")).contains(new BigDecimal("58.3"));
        assertThat(Cells.number("58.3")).contains(new BigDecimal("58.3"));
        assertThat(Cells.number(" 1 234,5 ")).contains(new BigDecimal("1234.5"));
        assertThat(Cells.number("-17,6")).contains(new BigDecimal("-17.6"));
        assertThat(Cells.number("2612.4")).contains(new BigDecimal("2612.4"));
        assertThat(Cells.number("")).isEmpty();
        assertThat(Cells.number("s")).isEmpty();
        assertThat(Cells.number("nd")).isEmpty();
        assertThatThrownBy(() -> Cells.number("1.234,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Cells.number("12a")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void yearsFromAYearOrADate() {
        assertThat(Cells.year("2022")).hasValue(2022);
        assertThat(Cells.year("2022-01-01")).hasValue(2022);
        assertThat(Cells.year("2022-12-31T00:00:00+00:00")).hasValue(2022);
        assertThat(Cells.year("31/12/2022")).hasValue(2022);
        assertThat(Cells.year("22")).isEmpty();
        assertThat(Cells.year("2022/12")).isEmpty();
    }

    @Test
    void placeholdersAreXs() {
        assertThat(Cells.isPlaceholder("XX")).isTrue();
        assertThat(Cells.isPlaceholder("XXX")).isTrue();
        assertThat(Cells.isPlaceholder("XXXXX")).isTrue();
        assertThat(Cells.isPlaceholder("2A004")).isFalse();
        assertThat(Cells.isPlaceholder("")).isFalse();
    }
}
