package io.github.ctglib.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rates file: read as written, refused with the line and column of a fault, the illustrative one published. */
class BonusRatesTest {

    private static final String HEAD = "# ctg-bonus-rates/1\nannee;caf;parametre;cle;valeur;source\n";

    @Test
    void aRowForTheCafOverridesTheNationalOne() throws Exception {
        BonusRates rates = BonusRates.read(new StringReader("\uFEFF" + HEAD
                + "2025;*;ALSH_PLACE;;150,50;national\n2025;34;ALSH_PLACE;;160;CAF 34\n"), "rates.csv");

        assertThat(rates.rate(2025, "34", RateParameter.ALSH_PLACE, "")).map(Rate::value)
                .contains(new BigDecimal("160"));
        assertThat(rates.rate(2025, "30", RateParameter.ALSH_PLACE, "")).map(Rate::value)
                .contains(new BigDecimal("150.50"));
        assertThat(rates.rate(2026, "34", RateParameter.ALSH_PLACE, "")).isEmpty();
    }

    @Test
    void aFaultyFileIsRefusedNamingTheLineAndColumn() {
        assertRefused("annee;caf\n", "rates.csv, line 1: a rates file starts with the line \"# ctg-bonus-rates/1\"");
        assertRefused("# ctg-bonus-rates/1\nyear;caf\n", "rates.csv, line 2: the header is annee;caf;parametre;cle;valeur;source");
        assertRefused(HEAD + "2025;*;ALSH_PLACE;;deux cents;x\n",
                "rates.csv, line 3: column valeur holds \"deux cents\"; expected a number");
        assertRefused(HEAD + "2025;*;PLACE;;200;x\n", "rates.csv, line 3: column parametre holds \"PLACE\"");
        assertRefused(HEAD + "2025;340;ALSH_PLACE;;200;x\n", "rates.csv, line 3: column caf holds \"340\"");
        assertRefused(HEAD + "25;*;ALSH_PLACE;;200;x\n", "rates.csv, line 3: column annee holds \"25\"");
        assertRefused(HEAD + "2025;*;EAJE_NEW_PLACE;;2600;x\n", "rates.csv, line 3: column cle holds \"\"; expected a key");
        assertRefused(HEAD + "2025;*;PER_EQUIPMENT;RELAIS;2600;x\n", "column cle holds \"RELAIS\"; expected an equipment kind");
        assertRefused(HEAD + "2025;*;ALSH_PLACE;;-1;x\n", "column valeur holds \"-1\"; expected 0 or more");
        assertRefused(HEAD + "2025;*;ALSH_PLACE;;1.005;x\n", "expected euros with at most two decimals");
        assertRefused(HEAD + "2025;*;ALSH_PLACE;;200\n", "rates.csv, line 3: 5 columns where the header has 6");
        assertRefused(HEAD + "2025;*;ALSH_PLACE;;200;x\n\n2025;*;ALSH_PLACE;;210;y\n",
                "rates.csv, line 5: a second row for 2025/*/ALSH_PLACE/");
    }

    @Test
    void theIllustrativeRatesHoldThePublishedFiguresOnly() {
        BonusRates rates = BonusRates.illustrative();

        assertThat(rates.rate(2020, "34", RateParameter.EAJE_NEW_PLACE, "LOWEST")).map(Rate::value)
                .contains(new BigDecimal("2100"));
        assertThat(rates.highestNewPlaceRate(2020, "34")).map(Rate::value).contains(new BigDecimal("3100"));
        for (int year = 2021; year <= 2025; year++) {
            assertThat(rates.rate(year, "34", RateParameter.EAJE_NEW_PLACE, "LOWEST")).map(Rate::value)
                    .contains(new BigDecimal("2600"));
            assertThat(rates.highestNewPlaceRate(year, "34")).map(Rate::value).contains(new BigDecimal("3600"));
        }
        assertThat(rates.rate(2025, "34", RateParameter.EAJE_EMPLOYER_RESERVED_PLACE, "")).map(Rate::value)
                .contains(new BigDecimal("2800"));
        assertThat(rates.rates()).allSatisfy(rate -> assertThat(rate.source()).startsWith("Illustratif"));
        assertThat(rates.rates()).noneMatch(rate -> rate.parameter() == RateParameter.ALSH_PLACE
                || rate.parameter() == RateParameter.EAJE_CARRIED_OVER_FLOOR);
    }

    private static void assertRefused(String file, String message) {
        assertThatThrownBy(() -> BonusRates.read(new StringReader(file), "rates.csv"))
                .isInstanceOf(InvalidRatesException.class).hasMessageContaining(message);
    }
}
