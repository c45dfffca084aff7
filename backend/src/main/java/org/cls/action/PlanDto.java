package org.cls.action;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "The whole plan of a contract: axes, their objectives and summaries of their actions, in order.")
public record PlanDto(
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "Number of actions in the plan.") int actionCount,
        @Schema(required = true, description = "Mean progress of the actions, in percent (0 when none).") int progress,
        @Schema(required = true, description = "The axes, by number.") List<AxisNode> axes) {

    @Schema(name = "PlanAxis", description = "An axis of the plan.")
    public record AxisNode(
            @Schema(required = true, description = "Identifier.") UUID id,
            @Schema(required = true, description = "Version.") long version,
            @Schema(required = true, description = "Number (position).") int number,
            @Schema(required = true, description = "Title.") String title,
            @Schema(description = "Description.") String description,
            @Schema(required = true, description = "Number of actions under it.") int actionCount,
            @Schema(required = true, description = "Mean progress of its actions, in percent (0 when none).") int progress,
            @Schema(required = true, description = "Its objectives, by number.") List<ObjectiveNode> objectives) {
    }

    @Schema(name = "PlanObjective", description = "An objective of the plan.")
    public record ObjectiveNode(
            @Schema(required = true, description = "Identifier.") UUID id,
            @Schema(required = true, description = "Version.") long version,
            @Schema(required = true, description = "Number (position) within its axis.") int number,
            @Schema(required = true, description = "Code, e.g. `2.3`.") String code,
            @Schema(required = true, description = "Title.") String title,
            @Schema(description = "Description.") String description,
            @Schema(required = true, description = "Its actions, by number.") List<ActionSummary> actions) {
    }

    @Schema(name = "ActionSummary", description = "An action as summarised in the plan.")
    public record ActionSummary(
            @Schema(required = true, description = "Identifier.") UUID id,
            @Schema(required = true, description = "Code.") String code,
            @Schema(required = true, description = "Title.") String title,
            @Schema(required = true, description = "Status.") ActionStatus status,
            @Schema(required = true, description = "Progress in percent.") int progress,
            @Schema(required = true, description = "End date passed and not DONE.") boolean late,
            @Schema(description = "The pilot partner.") UUID pilotPartnerId,
            @Schema(description = "The pilot partner's name.") String pilotPartnerName) {
    }
}
