package org.cls.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.cls.contract.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArsOverviewRow", description = "One contract of the ARS's scope at a glance.")
public record ArsOverviewDto(
        @Schema(required = true) UUID contractId,
        @Schema(required = true) String name,
        @Schema(required = true) ContractStatus status,
        @Schema(required = true) String territoryName,
        LocalDate endDate,
        @Schema(required = true) int actionCount,
        @Schema(required = true, description = "Mean progress of the actions, in percent.") int progress,
        @Schema(required = true, description = "Actions whose end date has passed and that are not DONE.") int lateActions,
        @Schema(required = true, description = "Indicators of the contract (of its actions and objectives) whose trackStatus is"
                + " OFF_TRACK today.") int indicatorsOffTrack,
        @Schema(description = "Period of the latest report, if any.") String lastReportPeriod,
        @Schema(description = "State of the latest report, if any.") ReportStatus lastReportStatus) {
}
