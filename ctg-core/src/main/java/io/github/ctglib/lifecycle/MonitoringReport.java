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

    List<MeasurementEntry> getMeasurements();

    List<StatusChange> getStatusChanges();

    List<CommitteeMeeting> getMeetings();

    static ImmutableMonitoringReport.Builder builder() {
        return ImmutableMonitoringReport.builder();
    }

    /** A measurement of the indicator {@code indicatorLabel} of action {@code actionNumber}. */
    @Value.Immutable
    interface MeasurementEntry {
        @Value.Parameter
        String getActionNumber();

        @Value.Parameter
        String getIndicatorLabel();

        @Value.Parameter
        Measurement getMeasurement();

        static MeasurementEntry of(String actionNumber, String indicatorLabel, Measurement measurement) {
            return ImmutableMeasurementEntry.of(actionNumber, indicatorLabel, measurement);
        }
    }

    /** Action {@code actionNumber} now stands at {@code status}. */
    @Value.Immutable
    interface StatusChange {
        @Value.Parameter
        String getActionNumber();

        @Value.Parameter
        ActionStatus getStatus();

        static StatusChange of(String actionNumber, ActionStatus status) {
            return ImmutableStatusChange.of(actionNumber, status);
        }
    }
}
