package io.github.ctglib.lifecycle;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.CommitteeMeeting;
import java.util.List;
import org.immutables.value.Value;

/**
 * What monitoring (suivi) records in one go: indicator measurements, action status changes and committee
 * meetings, e.g. a year of follow-up presented to the steering committee.
 */
@Value.Immutable
public interface MonitoringReport {

    /** {@return the indicator measurements of the round} */
    List<MeasurementEntry> getMeasurements();

    /** {@return the action status changes of the round} */
    List<StatusChange> getStatusChanges();

    /** {@return the committee meetings of the round} */
    List<CommitteeMeeting> getMeetings();

    /** {@return a builder of monitoring rounds} */
    static ImmutableMonitoringReport.Builder builder() {
        return ImmutableMonitoringReport.builder();
    }

    /** A measurement of the indicator {@code indicatorLabel} of action {@code actionNumber}. */
    @Value.Immutable
    interface MeasurementEntry {
        /** {@return the number of the action sheet} */
        @Value.Parameter
        String getActionNumber();

        /** {@return the label of its indicator} */
        @Value.Parameter
        String getIndicatorLabel();

        /** {@return the value measured, and when} */
        @Value.Parameter
        Measurement getMeasurement();

        /**
         * A measurement of an action's indicator.
         *
         * @param actionNumber the number of the action sheet
         * @param indicatorLabel the label of its indicator
         * @param measurement the value measured, and when
         * @return the entry
         */
        static MeasurementEntry of(String actionNumber, String indicatorLabel, Measurement measurement) {
            return ImmutableMeasurementEntry.of(actionNumber, indicatorLabel, measurement);
        }
    }

    /** Action {@code actionNumber} now stands at {@code status}. */
    @Value.Immutable
    interface StatusChange {
        /** {@return the number of the action sheet} */
        @Value.Parameter
        String getActionNumber();

        /** {@return its new status} */
        @Value.Parameter
        ActionStatus getStatus();

        /**
         * A new status of an action.
         *
         * @param actionNumber the number of the action sheet
         * @param status its new status
         * @return the change
         */
        static StatusChange of(String actionNumber, ActionStatus status) {
            return ImmutableStatusChange.of(actionNumber, status);
        }
    }
}
