package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "21340108600011", // an establishment of the commune of Frontignan (illustrative NIC)
        "35600000000048", // La Poste, head office: passes Luhn
        "35600000049837", // La Poste: fails Luhn, but its digits sum to a multiple of 5
    })
    void acceptsFourteenDigitsWithAValidCheck(String siret) {
        assertThat(Siret.isWellFormed(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "21340108600012", // last digit off by one
        "21340108600101", // two digits swapped
        "35600000000013", // La Poste: neither Luhn nor a multiple of 5
        "21340108700001", // passes Luhn as 14 digits, but its SIREN 213401087 does not
    })
    void rejectsAWrongCheck(String siret) {
        assertThat(Siret.isWellFormed(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"213401086", "2134010860001", "213401086000110", "34108"})
    void rejectsAWrongLength(String siret) {
        assertThat(Siret.isWellFormed(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2134010860001A", "213 401 086 00011", "2134010860001\u0661"})
    void rejectsNonDigits(String siret) {
        assertThat(Siret.isWellFormed(siret)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String siret) {
        assertThat(Siret.isWellFormed(siret)).isFalse();
    }
}
