package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "200066355", // CA Sète Agglopôle Méditerranée
        "213401086", // commune of Frontignan
        "242010056", // CA du Pays Ajaccien
        "249740119", // CINOR (La Réunion)
        "000000000",
    })
    void acceptsNineDigitsWithAValidChecksum(String siren) {
        assertThat(Siren.isWellFormed(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "200066354", "200066356", "213401087", // last digit off by one
        "200066535", // two digits swapped
    })
    void rejectsAWrongChecksum(String siren) {
        assertThat(Siren.isWellFormed(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20006635", "2000663550", "0200066355", "34108", "21340108600015"})
    void rejectsAWrongLength(String siren) {
        assertThat(Siren.isWellFormed(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "20006635A", "2000 6635", "200 066 355", "-20006635", "+20006635",
        "20006635\u0665", // ARABIC-INDIC DIGIT FIVE: a digit for Character.isDigit, not for a SIREN
    })
    void rejectsNonDigits(String siren) {
        assertThat(Siren.isWellFormed(siren)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String siren) {
        assertThat(Siren.isWellFormed(siren)).isFalse();
    }
}
