package org.cls.indicator;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDue", description = "An indicator the caller has to feed, with its action.")
public record IndicatorDueDto(
        @Schema(required = true, description = "The indicator, with its latest value and next due date.") IndicatorDto indicator,
        @Schema(required = true, description = "Its action.") UUID actionId,
        @Schema(required = true, description = "The action's code.") String actionCode,
        @Schema(required = true, description = "The action's title.") String actionTitle,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "The contract's name.") String contractName,
        @Schema(required = true, description = "Days since the due date (0 when due today).") long daysOverdue) {
}
