package org.cls.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cls.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "A fiche action as the API returns it.")
public record ActionDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "The axis.") UUID axisId,
        @Schema(required = true, description = "The objective.") UUID objectiveId,
        @Schema(required = true, description = "Code: the one set, or derived from the tree (axis.objective.n).") String code,
        @Schema(required = true, description = "Whether the code was set by hand.") boolean codeSet,
        @Schema(required = true, description = "Title.") String title,
        @Schema(description = "Rationale (constat).") String rationale,
        @Schema(description = "Goals.") String goals,
        @Schema(description = "Description.") String description,
        @Schema(description = "Target public.") String targetPublic,
        @Schema(required = true, description = "Themes.") List<ActionTheme> themes,
        @Schema(required = true, description = "INSEE codes of the communes covered.") List<String> communeCodes,
        @Schema(required = true, description = "Priority neighbourhoods (QPV) covered.") List<String> priorityNeighbourhoods,
        @Schema(description = "Start date.") LocalDate startDate,
        @Schema(description = "End date.") LocalDate endDate,
        @Schema(required = true, description = "Status.") ActionStatus status,
        @Schema(required = true, description = "Progress in percent.") int progress,
        @Schema(required = true, description = "True when the end date has passed and the action is not DONE.") boolean late,
        @Schema(description = "Priority.") Priority priority,
        @Schema(required = true, description = "Links to other schemes.") ActionInput.Links links,
        @Schema(description = "Evaluation notes.") String evaluationNotes,
        @Schema(description = "The pilot.") Pilot pilot,
        @Schema(required = true, description = "Partners and their roles.") List<PartnerLine> partners,
        @Schema(required = true, description = "Fundings.") List<FundingLine> fundings,
        @Schema(required = true, description = "Totals of the fundings.") FundingTotals fundingTotals,
        @Schema(required = true, description = "Steps and milestones, in order.") List<StepLine> steps,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy,
        @Schema(required = true, description = "What the caller may do with this action.") Permissions permissions) {

    @Schema(name = "ActionPilot", description = "The pilot of an action.")
    public record Pilot(
            @Schema(required = true, description = "The partner organisation.") UUID partnerId,
            @Schema(required = true, description = "Its name.") String partnerName,
            @Schema(description = "The referent contact.") UUID contactId,
            @Schema(description = "The referent's full name.") String contactName,
            @Schema(description = "The referent's email.") String contactEmail) {
    }

    @Schema(name = "ActionPartner", description = "A partner of an action.")
    public record PartnerLine(
            @Schema(required = true, description = "The partner organisation.") UUID partnerId,
            @Schema(required = true, description = "Its name.") String partnerName,
            @Schema(required = true, description = "Its role.") PartnerRole role) {
    }

    @Schema(name = "Funding", description = "A funding of an action.")
    public record FundingLine(
            @Schema(required = true, description = "The funder.") UUID funderId,
            @Schema(required = true, description = "The funder's name.") String funderName,
            @Schema(required = true, description = "Year.") int year,
            @Schema(required = true, description = "Amount in euros.") BigDecimal amount,
            @Schema(required = true, description = "Operating or investment.") FundingKind kind,
            @Schema(required = true, description = "Requested, granted or paid.") FundingStatus status) {
    }

    @Schema(name = "FundingTotals", description = "Totals of an action's fundings, in euros.")
    public record FundingTotals(
            @Schema(required = true, description = "Sum of all fundings.") BigDecimal total,
            @Schema(required = true, description = "Sum per status (every status present, 0 when none).") Map<FundingStatus, BigDecimal> byStatus,
            @Schema(required = true, description = "Sums per funder, in the order of first appearance.") List<FunderTotal> byFunder) {
    }

    @Schema(name = "FunderTotal", description = "The fundings of one funder, summed.")
    public record FunderTotal(
            @Schema(required = true, description = "The funder.") UUID funderId,
            @Schema(required = true, description = "The funder's name.") String funderName,
            @Schema(required = true, description = "Sum of its fundings.") BigDecimal total,
            @Schema(required = true, description = "Sum per status (every status present, 0 when none).") Map<FundingStatus, BigDecimal> byStatus) {
    }

    @Schema(name = "Step", description = "A step or milestone of an action.")
    public record StepLine(
            @Schema(required = true, description = "Title.") String title,
            @Schema(description = "Due date.") LocalDate dueDate,
            @Schema(required = true, description = "Done.") boolean done) {
    }
}
