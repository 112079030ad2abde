package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Frontignan's signed CTG after a year and a half of follow-up (measurements, actuals, committees: illustrative). */
final class Samples {

    private Samples() {}

    static Convention frontignanFollowedUp() {
        Convention signed = Frontignan.signed();
        List<ActionSheet> actions = signed.getActions().stream().map(Samples::followedUp).toList();
        return ImmutableConvention.copyOf(signed).withActions(actions)
                .withGovernance(Governance.builder()
                        .addCoordinators(Coordinator.builder().name("Nadia Benali").title("Chargée de coopération CTG")
                                .employer(Frontignan.CAF_NAME).build())
                        .addMeetings(CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 18))
                                .kind(CommitteeKind.STEERING)
                                .addAttendees("Thierry Mathieu", "Michel Arrouy", "Claudie Minguez")
                                .addDecisions("Ouverture d'une micro-crèche de 12 places à La Peyrade en 2025")
                                .addDecisions("Report à 2025 du diagnostic sur la non-décence des logements")
                                .build())
                        .addMeetings(CommitteeMeeting.builder().date(LocalDate.of(2024, 11, 26))
                                .kind(CommitteeKind.TECHNICAL).addDecisions("Préparation du bilan 2024").build())
                        .addMeetings(CommitteeMeeting.builder().date(LocalDate.of(2023, 10, 3))
                                .kind(CommitteeKind.STEERING).addDecisions("Décision d'une autre année").build())
                        .build());
    }

    private static ActionSheet followedUp(ActionSheet action) {
        ImmutableActionSheet.Builder builder = ActionSheet.builder().from(action)
                .schedule(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        switch (action.getNumber()) {
            case "1.1" -> builder.status(ActionStatus.IN_PROGRESS)
                    .indicators(List.of(ActionIndicator.builder().from(action.getIndicators().get(0))
                            .addMeasurements(Measurement.of(LocalDate.of(2023, 12, 31), new BigDecimal("212")),
                                    Measurement.of(LocalDate.of(2024, 6, 30), new BigDecimal("218")),
                                    Measurement.of(LocalDate.of(2024, 12, 31), new BigDecimal("226")))
                            .build()))
                    .addBudget(actual(2024, Frontignan.CAF_NAME, FundingInstrument.SERVICE_FUNDING, "171250.00"))
                    .addBudget(actual(2024, Frontignan.CAF_NAME, FundingInstrument.TERRITORY_BONUS, "42000.00"));
            case "2.1" -> builder.status(ActionStatus.IN_PROGRESS)
                    .addIndicators(ActionIndicator.builder().label("Familles accueillies au LAEP").unit("familles")
                            .baseline(new BigDecimal("40")).target(new BigDecimal("60"))
                            .addMeasurements(Measurement.of(LocalDate.of(2024, 12, 31), new BigDecimal("47")))
                            .build())
                    .addBudget(actual(2024, Frontignan.CAF_NAME, FundingInstrument.SERVICE_FUNDING, "19800.00"));
            case "3.1" -> builder.status(ActionStatus.IN_PROGRESS)
                    .addBudget(actual(2024, Frontignan.COMMUNE_NAME, FundingInstrument.OWN_FUNDS, "325400.00"));
            case "5.1" -> builder.status(ActionStatus.COMPLETED)
                    .addBudget(actual(2024, Frontignan.CAF_NAME, FundingInstrument.SERVICE_FUNDING, "68500.50"));
            default -> builder.status(ActionStatus.PLANNED);
        }
        return builder.build();
    }

    private static BudgetLine actual(int year, String funder, FundingInstrument instrument, String euros) {
        return BudgetLine.builder().year(year).funder(funder).instrument(instrument).nature(BudgetNature.ACTUAL)
                .amount(new BigDecimal(euros)).build();
    }
}
