package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"34108", "01001", "75056", "2A004", "2B033", "97411", "97101", "98901"})
    void acceptsWellFormedCodes(String code) {
        assertThat(InseeCode.isWellFormed(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "3410", "341080", "974110", // wrong length
        "2a004", "2C004", "3A004", "A2004", "2AB04", "34A08", "3410X", // letters in the wrong place
        "34 08", "-3410", "\u0663\u0664108", // not ASCII digits
    })
    void rejectsMalformedCodes(String code) {
        assertThat(InseeCode.isWellFormed(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String code) {
        assertThat(InseeCode.isWellFormed(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "34108, 34",
        "01001, 01",
        "2A004, 2A",
        "2B033, 2B",
        "97411, 974",
        "97101, 971",
        "98901, 989",
        "96001, 96", // not an overseas prefix
        "99001, 99",
    })
    void givesTheDepartement(String code, String departement) {
        assertThat(InseeCode.departementOf(code)).isEqualTo(departement);
    }

    @Test
    void departementOfRejectsMalformedCodes() {
        assertThatThrownBy(() -> InseeCode.departementOf("3410"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3410");
        assertThatThrownBy(() -> InseeCode.departementOf("2a004"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InseeCode.departementOf(null))
                .isInstanceOf(NullPointerException.class);
    }
}
