package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ImmutableFieldOfAction;

import io.github.ctglib.vocabulary.ActionField;

import io.github.ctglib.vocabulary.FieldOfAction;

import io.github.ctglib.vocabulary.DateRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.examples.Frontignan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Building a value fails at once, naming the field, when a mandatory field is missing or blank. */
class BuildingValuesTest {

    @Test
    void frontignanBuildsWithItsFacts() {
        Convention c = Frontignan.draft();
        assertThat(c.getTerritory().getCommuneCodes()).containsExactly("34108");
        assertThat(c.getValidity()).isEqualTo(DateRange.ofYears(2023, 2027));
        assertThat(c.getSignatories()).flatExtracting(s -> s.getRepresentatives().stream().map(r -> r.getName()).toList())
                .containsExactly("Thierry Mathieu", "Laurent Teissier", "Michel Arrouy", "Claudie Minguez");
        assertThat(c.getDiagnostic().getIndicators()).hasSize(3);
        assertThat(c.getStage()).isEqualTo(Stage.IN_PREPARATION);
        assertThat(c.getVersion()).isZero();
    }

    @Test
    void aMissingMandatoryFieldIsNamed() {
        assertThatThrownBy(() -> Convention.builder().id("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title").hasMessageContaining("caf").hasMessageContaining("territory")
                .hasMessageContaining("validity");
        assertThatThrownBy(() -> BudgetLine.builder().year(2024).funder("CAF").build())
                .hasMessageContaining("instrument").hasMessageContaining("amount");
    }

    @Test
    void aBlankMandatoryFieldIsNamed() {
        assertThatThrownBy(() -> ImmutableConvention.copyOf(Frontignan.draft()).withTitle("  "))
                .isInstanceOf(IllegalStateException.class).hasMessage("Convention.title must not be blank");
        assertThatThrownBy(() -> Caf.of("", "34")).hasMessage("Caf.name must not be blank");
        assertThatThrownBy(() -> Person.of("Michel Arrouy", " ")).hasMessage("Person.title must not be blank");
        assertThatThrownBy(() -> Mandate.of("", LocalDate.of(2024, 1, 1))).hasMessage("Mandate.reference must not be blank");
        assertThatThrownBy(() -> ActionSheet.builder().number("1.1").title("\t").addFields(Frontignan.YOUTH).build())
                .hasMessage("ActionSheet.title must not be blank");
        assertThatThrownBy(() -> Termination.of(LocalDate.of(2025, 1, 1), "")).hasMessage(
                "Termination.reason must not be blank");
    }

    @Test
    void aNullIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Caf.of(null, "34")).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    }

    @Test
    void onlyTheFieldOtherTakesALabel() {
        assertThat(FieldOfAction.other("mobilité").describe()).isEqualTo("mobilité");
        assertThat(FieldOfAction.of(ActionField.YOUTH).describe()).isEqualTo("jeunesse");
        assertThatThrownBy(() -> ImmutableFieldOfAction.of(ActionField.OTHER, java.util.Optional.empty()))
                .hasMessageContaining("label");
        assertThatThrownBy(() -> ImmutableFieldOfAction.of(ActionField.YOUTH, java.util.Optional.of("x")))
                .hasMessageContaining("label");
    }

    @Test
    void aSignedConventionIsInForceOnlyWithinItsEffectivePeriod() {
        Convention signed = ImmutableConvention.copyOf(Frontignan.draft()).withStage(Stage.SIGNED)
                .withSignatureDate(Frontignan.SIGNATURE_DATE);
        assertThat(signed.timeStatus(LocalDate.of(2022, 12, 31))).isEqualTo(TimeStatus.UPCOMING);
        assertThat(signed.timeStatus(LocalDate.of(2023, 1, 1))).isEqualTo(TimeStatus.IN_FORCE);
        assertThat(signed.timeStatus(LocalDate.of(2027, 12, 31))).isEqualTo(TimeStatus.IN_FORCE);
        assertThat(signed.timeStatus(LocalDate.of(2028, 1, 1))).isEqualTo(TimeStatus.EXPIRED);
        assertThat(Frontignan.draft().timeStatus(LocalDate.of(2024, 1, 1))).isEqualTo(TimeStatus.NOT_SIGNED);

        Convention terminated = ImmutableConvention.copyOf(signed).withStage(Stage.TERMINATED)
                .withTermination(Termination.of(LocalDate.of(2025, 7, 1), "Fusion de communes"));
        assertThat(terminated.isInForceOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(terminated.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
    }
}
