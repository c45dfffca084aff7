package org.cls.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cls.contract.geo.CommuneCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ActionPeriod
@Schema(name = "ActionInput", description = "A fiche action as clients send it (create, replace, merge-patch).")
public record ActionInput(
        @NotNull
        @Schema(description = "The operational objective it serves.")
        UUID objectiveId,
        @Size(max = 20)
        @Schema(description = "Code set by hand; omitted or null: derived from the tree (axis.objective.n, e.g. `2.3.1`).", examples = "2.3")
        String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Title.", examples = "Sport santé sur ordonnance")
        String title,
        @Size(max = 8000) @Schema(description = "Rationale (constat).") String rationale,
        @Size(max = 8000) @Schema(description = "Goals (objectifs de l'action).") String goals,
        @Size(max = 8000) @Schema(description = "Description of the action.") String description,
        @Size(max = 2000) @Schema(description = "Target public.") String targetPublic,
        @Size(max = 16)
        @Schema(description = "Themes, from the fixed list.")
        List<@NotNull ActionTheme> themes,
        @Size(max = 500)
        @Schema(description = "INSEE codes of the communes covered.", examples = "[\"46042\"]")
        List<@NotBlank @CommuneCode String> communeCodes,
        @Size(max = 50)
        @Schema(description = "Priority neighbourhoods (QPV) covered, by name.")
        List<@NotBlank @Size(max = 200) String> priorityNeighbourhoods,
        @Schema(description = "Start date.", examples = "2025-03-01") LocalDate startDate,
        @Schema(description = "End date, not before startDate.", examples = "2026-12-31") LocalDate endDate,
        @NotNull @Schema(description = "Status.") ActionStatus status,
        @NotNull @Min(0) @Max(100) @Schema(description = "Progress in percent, 0 to 100.", examples = "30") Integer progress,
        @Schema(description = "Priority.") Priority priority,
        @Valid @Schema(description = "Links to other schemes, as text.") Links links,
        @Size(max = 8000) @Schema(description = "Evaluation notes.") String evaluationNotes,
        @Valid @Schema(description = "The pilot: a partner organisation and its referent contact.") PilotInput pilot,
        @Size(max = 50) @Schema(description = "Partner organisations and their roles.") List<@NotNull @Valid PartnerInput> partners,
        @Size(max = 100) @Schema(description = "Fundings by funder and year.") List<@NotNull @Valid FundingInput> fundings,
        @Size(max = 100) @Schema(description = "Steps and milestones, in order.") List<@NotNull @Valid StepInput> steps) {

    @Schema(name = "ActionLinks", description = "Links of an action to other schemes, as free text.")
    public record Links(
            @Size(max = 1000) @Schema(description = "Contrat de ville / Atelier Santé Ville.") String contratDeVille,
            @Size(max = 1000) @Schema(description = "Conseil local de santé mentale.") String clsm,
            @Size(max = 1000) @Schema(description = "Projet territorial de santé mentale.") String ptsm,
            @Size(max = 1000) @Schema(description = "Communauté professionnelle territoriale de santé.") String cpts,
            @Size(max = 1000) @Schema(description = "Convention territoriale globale (CAF).") String ctg,
            @Size(max = 1000) @Schema(description = "Objective of the Projet Régional de Santé.") String prs) {
    }

    @Schema(name = "ActionPilotInput", description = "The pilot of an action.")
    public record PilotInput(
            @NotNull @Schema(description = "The partner organisation that pilots.") UUID partnerId,
            @Schema(description = "The referent contact, one of the partner's contacts.") UUID contactId) {
    }

    @Schema(name = "ActionPartnerInput", description = "A partner of an action.")
    public record PartnerInput(
            @NotNull @Schema(description = "The partner organisation.") UUID partnerId,
            @NotNull @Schema(description = "Its role.") PartnerRole role) {
    }

    @Schema(name = "FundingInput", description = "A funding of an action.")
    public record FundingInput(
            @NotNull @Schema(description = "The funder (a partner organisation).") UUID funderId,
            @NotNull @Min(2000) @Max(2100) @Schema(description = "Year.", examples = "2025") Integer year,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Amount in euros.", examples = "12000.00") BigDecimal amount,
            @NotNull @Schema(description = "Operating or investment.") FundingKind kind,
            @NotNull @Schema(description = "Requested, granted or paid.") FundingStatus status) {
    }

    @Schema(name = "StepInput", description = "A step or milestone of an action.")
    public record StepInput(
            @NotBlank @Size(max = 300) @Schema(description = "Title.", examples = "Former les éducateurs") String title,
            @Schema(description = "Due date.", examples = "2025-06-30") LocalDate dueDate,
            @Schema(description = "Done; false when omitted.") Boolean done) {
    }
}
