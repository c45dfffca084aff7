package org.cls.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator of an action or of an objective, with what its values say. " + IndicatorProgress.RULES)
public record IndicatorDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag; send it back in If-Match to change the indicator.") long version,
        @Schema(description = "The action it measures; absent for an objective's indicator.") UUID actionId,
        @Schema(description = "The objective it measures (contract-level indicator); absent for an action's indicator.") UUID objectiveId,
        @Schema(required = true, description = "The contract it belongs to.") UUID contractId,
        @Schema(required = true, description = "Name.") String name,
        @Schema(required = true, description = "Kind.") IndicatorKind kind,
        @Schema(description = "Unit of the values.") String unit,
        @Schema(required = true, description = "Which way is better.") Direction direction,
        @Schema(description = "Situation at the start; absent when none was given.") IndicatorPoint baseline,
        @Schema(required = true, description = "Target value and date.") IndicatorPoint target,
        @Schema(required = true, description = "How often a value is expected.") Frequency frequency,
        @Schema(description = "Data source.") String source,
        @Schema(description = "Definition, how the value is computed.") String description,
        @Schema(description = "The latest value (by date); absent without values.") BigDecimal latestValue,
        @Schema(description = "The date of the latest value.") LocalDate latestDate,
        @Schema(description = "Share of the way from the reference to the target covered by the latest value, 0 to 1 (1 = target "
                + "reached), direction-aware and clamped; absent without values.") Double achievement,
        @Schema(required = true, description = "Share of the way expected today on a linear path to the target date, 0 to 1.")
        Double expectedAchievement,
        @Schema(required = true, description = "ON_TRACK: target reached, or (up to the target date) achievement ≥ expectedAchievement − 0.10; "
                + "AT_RISK: achievement ≥ expectedAchievement − 0.25 (or an unreached target after the target date); OFF_TRACK: "
                + "further behind; NO_DATA: no value yet.") TrackStatus trackStatus,
        @Schema(description = "The date the next value refers to (end of the next period of the frequency); absent once a value covers "
                + "the target date.") LocalDate nextDueDate,
        @Schema(required = true, description = "Whether the caller may record values (coordinators of the contract, the action's pilot).")
        boolean canRecord,
        @Schema(required = true, description = "Whether the caller may change or delete the indicator (coordinators of the contract).")
        boolean canEdit,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy) {
}
