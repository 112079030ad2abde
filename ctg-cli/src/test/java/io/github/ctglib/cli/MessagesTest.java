package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.TimeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages english = new Messages(Language.en);
    private final Messages french = new Messages(Language.fr);

    private static Set<String> keys(Messages messages) {
        return new TreeSet<>(Collections.list(messages.bundle().getKeys()));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(french)).isEqualTo(keys(english));
    }

    @Test
    void everyStageStatusOutcomeCommitteeAndTimeStatusHasAName() {
        for (Messages messages : new Messages[] {english, french}) {
            for (Stage stage : Stage.values()) {
                assertThat(messages.stage(stage)).isNotBlank();
            }
            for (ActionStatus status : ActionStatus.values()) {
                assertThat(messages.status(status)).isNotBlank();
            }
            for (Outcome outcome : Outcome.values()) {
                assertThat(messages.outcome(outcome)).isNotBlank();
            }
            for (CommitteeKind kind : CommitteeKind.values()) {
                assertThat(messages.committee(kind)).isNotBlank();
            }
            for (TimeStatus status : TimeStatus.values()) {
                assertThat(messages.timeStatus(status)).isNotBlank();
            }
        }
    }

    @Test
    void englishStaysEnglishOnAFrenchMachine() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(new Messages(Language.en).stage(Stage.SIGNED)).isEqualTo("signed");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void datesAndAmountsAreWrittenAsEachLanguageWritesThem() {
        assertThat(english.date(LocalDate.of(2024, 3, 6))).isEqualTo("6 March 2024");
        assertThat(french.date(LocalDate.of(2024, 3, 6))).isEqualTo("6 mars 2024");
        assertThat(french.date(LocalDate.of(2023, 1, 1))).isEqualTo("1er janvier 2023");
        assertThat(english.money(new BigDecimal("222000"))).isEqualTo("€222,000.00");
        assertThat(french.money(new BigDecimal("68500.5"))).isEqualTo("68 500,50 €");
    }

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(english.count(1, "convention")).isEqualTo("1 convention");
        assertThat(english.count(0, "convention")).isEqualTo("0 conventions");
        assertThat(french.count(0, "revision")).isEqualTo("0 révision");
        assertThat(french.count(2, "revision")).isEqualTo("2 révisions");
    }

    @Test
    void aMissingMessageIsABugNamedPrecisely() {
        assertThatThrownBy(() -> english.get("no.such.key")).hasMessageContaining("msg.no.such.key");
    }

    @Test
    void theLanguageFollowsTheMachineOnlyForFrench() {
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.fr);
        assertThat(Language.of(Locale.ITALY)).isEqualTo(Language.en);
    }
}
