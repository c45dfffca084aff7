package org.cls.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ReportSnapshot", description = "The contract as it stood when the report was submitted (or, for a draft, last"
        + " saved): its whole plan and its dashboard. Indicators and meetings join once those modules exist.")
public record ReportSnapshot(
        @Schema(required = true) Instant takenAt,
        @Schema(required = true) String period,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true) ArsPullDto.ArsContract contract,
        @Schema(required = true) DashboardDto dashboard) {
}
