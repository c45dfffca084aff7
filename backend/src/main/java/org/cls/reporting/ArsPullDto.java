package org.cls.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cls.action.ActionStatus;
import org.cls.action.ActionTheme;
import org.cls.action.FundingKind;
import org.cls.action.FundingStatus;
import org.cls.action.PartnerRole;
import org.cls.action.Priority;
import org.cls.contract.ContractKind;
import org.cls.contract.ContractStatus;
import org.cls.contract.TerritoryDto;
import org.cls.indicator.Direction;
import org.cls.indicator.Frequency;
import org.cls.indicator.IndicatorKind;
import org.cls.indicator.IndicatorPoint;
import org.cls.indicator.IndicatorProgress;
import org.cls.indicator.TrackStatus;
import org.cls.partner.PartnerType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ARS pull, as streamed: the body is written field by field in this order (contracts, then deletions) and never held
 * in memory whole, but its shape is exactly this record. Fields are only ever added (stable schema, version 1).
 */
@Schema(name = "ArsPull", description = "Every contract in the caller's ARS scope with its plan, fundings, indicators and"
        + " measurements. With `updatedSince`, only the contracts changed since then (a changed indicator or a value recorded"
        + " since then counts as a change of its contract) (each sent whole: replace what you hold) and the deletions since then.")
public record ArsPullDto(
        @Schema(required = true, description = "Version of this schema; fields are only ever added within a version.", examples = "1") int schemaVersion,
        @Schema(required = true, description = "When this answer was computed; pass it as `updatedSince` on the next pull.") Instant generatedAt,
        @Schema(description = "The `updatedSince` asked, or null for a full pull.") Instant updatedSince,
        @Schema(required = true, description = "The contracts, by identifier.") List<ArsContract> contracts,
        @Schema(required = true, description = "What was deleted since `updatedSince` (empty on a full pull).") Deleted deleted) {

    public static final int SCHEMA_VERSION = 1;

    @Schema(name = "ArsContract", description = "A contract with its whole plan.")
    public record ArsContract(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Version (optimistic lock), grows on every change of the contract itself.") long version,
            @Schema(required = true) ContractKind kind,
            @Schema(required = true) String name,
            @Schema(required = true) int generation,
            @Schema(required = true) ContractStatus status,
            LocalDate signedOn,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(required = true) TerritoryDto territory,
            @Schema(required = true, description = "Last change of the contract or of anything in its plan.") Instant updatedAt,
            @Schema(required = true, description = "Number of actions in the plan.") int actionCount,
            @Schema(required = true, description = "Mean progress of the actions, in percent (0 when none).") int progress,
            @Schema(required = true, description = "The axes, by number.") List<ArsAxis> axes,
            @Schema(required = true, description = "Every partner the plan names (pilots, partners, funders).") List<ArsPartner> partners) {
    }

    @Schema(name = "ArsAxis", description = "An axis of the plan.")
    public record ArsAxis(@Schema(required = true) UUID id, @Schema(required = true) int number,
            @Schema(required = true) String title, String description,
            @Schema(required = true) List<ArsObjective> objectives) {
    }

    @Schema(name = "ArsObjective", description = "An objective of an axis.")
    public record ArsObjective(@Schema(required = true) UUID id, @Schema(required = true) int number,
            @Schema(required = true, description = "e.g. `2.3`.") String code, @Schema(required = true) String title,
            String description, @Schema(required = true) List<ArsAction> actions,
            @Schema(description = "The objective's own indicators with their values (absent only from snapshots taken before they"
                    + " were added).") List<ArsIndicator> indicators) {
    }

    @Schema(name = "ArsAction", description = "An action (fiche action) with its steps, partners, fundings and indicators.")
    public record ArsAction(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Code shown, e.g. `1.2.3`.") String code,
            @Schema(required = true) String title,
            String rationale,
            String goals,
            String description,
            String targetPublic,
            @Schema(required = true) List<ActionTheme> themes,
            @Schema(required = true) List<String> communeCodes,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(required = true) ActionStatus status,
            @Schema(required = true) int progress,
            @Schema(required = true, description = "End date passed and not DONE, on the day of `generatedAt` (Paris).") boolean late,
            Priority priority,
            @Schema(description = "The pilot partner (see the contract's `partners`).") UUID pilotPartnerId,
            @Schema(required = true) List<ArsStep> steps,
            @Schema(required = true) List<ArsActionPartner> partners,
            @Schema(required = true) List<ArsFunding> fundings,
            @Schema(required = true) Instant updatedAt,
            @Schema(description = "The action's indicators with their values (absent only from snapshots taken before they were added).")
            List<ArsIndicator> indicators) {
    }

    @Schema(name = "ArsIndicator", description = "An indicator of an action or an objective, its definition, its computed fields and every value"
            + " recorded. " + IndicatorProgress.RULES)
    public record ArsIndicator(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) IndicatorKind kind,
            String unit,
            @Schema(required = true) Direction direction,
            @Schema(description = "The baseline (situation de départ), when set.") IndicatorPoint baseline,
            @Schema(required = true) IndicatorPoint target,
            @Schema(required = true) Frequency frequency,
            String source,
            @Schema(description = "The value of the latest date, if any.") BigDecimal latestValue,
            LocalDate latestDate,
            @Schema(description = "In [0, 1]; null without values.") Double achievement,
            @Schema(required = true, description = "In [0, 1], on the day of `generatedAt` (Paris).") Double expectedAchievement,
            @Schema(required = true) TrackStatus trackStatus,
            LocalDate nextDueDate,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "The values, by date.") List<ArsMeasurement> measurements) {
    }

    @Schema(name = "ArsMeasurement", description = "A value of an indicator.")
    public record ArsMeasurement(@Schema(required = true, description = "The date the value refers to.") LocalDate date,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, description = "When it was recorded last.") Instant recordedAt) {
    }

    @Schema(name = "ArsStep", description = "A step (étape) of an action.")
    public record ArsStep(@Schema(required = true) String title, LocalDate dueDate, @Schema(required = true) boolean done) {
    }

    @Schema(name = "ArsActionPartner", description = "A partner of an action and its role.")
    public record ArsActionPartner(@Schema(required = true) UUID partnerId, @Schema(required = true) PartnerRole role) {
    }

    @Schema(name = "ArsFunding", description = "A funding line of an action.")
    public record ArsFunding(@Schema(required = true) UUID funderId, @Schema(required = true) int year,
            @Schema(required = true) BigDecimal amount, @Schema(required = true) FundingKind kind,
            @Schema(required = true) FundingStatus status) {
    }

    @Schema(name = "ArsPartner", description = "A partner named by a plan.")
    public record ArsPartner(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) PartnerType type, String siret) {
    }

    @Schema(name = "ArsDeleted", description = "Deletions since `updatedSince`. A contract deleted is listed here once;"
            + " an action deleted on its own is listed under `actions` (actions going with their axis or contract come with it:"
            + " the contract is then sent again whole, or listed as deleted).")
    public record Deleted(@Schema(required = true) List<DeletedItem> contracts, @Schema(required = true) List<DeletedItem> actions) {
    }

    @Schema(name = "ArsDeletedItem", description = "A deleted object.")
    public record DeletedItem(@Schema(required = true) UUID id,
            @Schema(required = true, description = "The contract it belonged to (itself for a contract).") UUID contractId,
            @Schema(required = true) Instant deletedAt) {
    }
}
