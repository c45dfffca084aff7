package org.cls.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cls.contract.Contract;
import org.cls.reporting.DashboardSection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code sections.indicators} of the dashboard: the contract's indicators (of actions and objectives) by trackStatus. */
@ApplicationScoped
public class IndicatorDashboardSection implements DashboardSection {

    @Inject
    IndicatorStatuses statuses;

    @Schema(name = "DashboardIndicators", description = "The contract's indicators (of its actions and objectives) by track status. "
            + IndicatorProgress.RULES)
    public record Figures(@Schema(required = true) int count,
            @Schema(required = true, description = "Every status, 0 included.") Map<TrackStatus, Long> byTrackStatus) {
    }

    @Override
    public String name() {
        return "indicators";
    }

    /** Four statements, whatever the size of the contract (see {@link IndicatorStatuses}). */
    @Override
    public Figures compute(Contract contract, LocalDate today) {
        Map<TrackStatus, Long> byStatus = statuses.byContract(List.of(contract.id), today).get(contract.id);
        return new Figures((int) byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }
}
