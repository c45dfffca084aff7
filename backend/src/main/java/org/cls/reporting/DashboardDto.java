package org.cls.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cls.action.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dashboard", description = "The state of a contract's plan at a glance.")
public record DashboardDto(
        @Schema(required = true) UUID contractId,
        @Schema(required = true, description = "The day the figures are computed for (Paris); lateness is judged against it.") LocalDate today,
        @Schema(required = true, description = "Number of actions.") int actionCount,
        @Schema(required = true, description = "Mean progress of the actions, in percent (0 when none).") int progress,
        @Schema(required = true, description = "Number of actions per status, every status present (0 when none).") Map<ActionStatus, Long> byStatus,
        @Schema(required = true, description = "The same figures per axis, by number (axes without actions included).") List<AxisFigures> axes,
        @Schema(required = true, description = "Actions whose end date has passed and that are not DONE, the oldest end date first.") List<LateAction> lateActions,
        @Schema(required = true, description = "Funding per funder and year: `planned` counts every line, `granted` the lines GRANTED"
                + " or PAID, `paid` the lines PAID. By year, then funder name.") List<BudgetLine> budget,
        @Schema(required = true, description = "Totals of `budget`.") BudgetTotals budgetTotals,
        @Schema(required = true, implementation = DashboardDto.Sections.class, description = "Sections from other modules, by"
                + " name (see DashboardSection): `indicators`, `meetings` and `decisions`.") Map<String, Object> sections) {

    /** The shape of {@code sections} as documented; the sections themselves come from their modules. */
    @Schema(name = "DashboardSections", description = "Sections other modules add to the dashboard.")
    public record Sections(
            @Schema(description = "Indicators by track status.") org.cls.indicator.IndicatorDashboardSection.Figures indicators,
            @Schema(description = "Upcoming meetings.") org.cls.governance.GovernanceDashboardSections.Meetings meetings,
            @Schema(description = "Open decisions.") org.cls.governance.GovernanceDashboardSections.Decisions decisions) {
    }

    @Schema(name = "DashboardAxis", description = "Figures of one axis.")
    public record AxisFigures(@Schema(required = true) UUID axisId, @Schema(required = true) int number,
            @Schema(required = true) String title, @Schema(required = true) int actionCount,
            @Schema(required = true, description = "Mean progress, in percent (0 when no action).") int progress,
            @Schema(required = true) Map<ActionStatus, Long> byStatus,
            @Schema(required = true, description = "Number of late actions.") int late) {
    }

    @Schema(name = "DashboardLateAction", description = "A late action.")
    public record LateAction(@Schema(required = true) UUID id, @Schema(required = true) String code,
            @Schema(required = true) String title, @Schema(required = true) int axisNumber,
            @Schema(required = true) LocalDate endDate, @Schema(required = true) ActionStatus status,
            @Schema(required = true) int progress, @Schema(required = true, description = "Days since the end date.") long daysLate) {
    }

    @Schema(name = "DashboardBudgetLine", description = "Funding of one funder for one year.")
    public record BudgetLine(@Schema(required = true) UUID funderId, @Schema(required = true) String funderName,
            @Schema(required = true) int year, @Schema(required = true) BigDecimal planned,
            @Schema(required = true) BigDecimal granted, @Schema(required = true) BigDecimal paid) {
    }

    @Schema(name = "DashboardBudgetTotals", description = "Totals over every funder and year.")
    public record BudgetTotals(@Schema(required = true) BigDecimal planned, @Schema(required = true) BigDecimal granted,
            @Schema(required = true) BigDecimal paid) {
    }
}
