package org.cls.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.ActionService;
import org.cls.contract.Contract;
import org.cls.indicator.IndicatorProgress.Point;
import org.cls.reporting.DashboardSection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code sections.indicators} of the dashboard: the contract's indicators (of actions and objectives) by trackStatus. */
@ApplicationScoped
public class IndicatorDashboardSection implements DashboardSection {

    @Inject
    EntityManager em;

    @Schema(name = "DashboardIndicators", description = "The contract's indicators (of its actions and objectives) by track status. "
            + IndicatorProgress.RULES)
    public record Figures(@Schema(required = true) int count,
            @Schema(required = true, description = "Every status, 0 included.") Map<TrackStatus, Long> byTrackStatus) {
    }

    @Override
    public String name() {
        return "indicators";
    }

    /**
     * Three statements: the indicators of the contract's actions, those of its objectives (two indexed queries rather than
     * one OR across outer joins), then their values, bounded by the contract's own size.
     */
    @Override
    public Figures compute(Contract contract, LocalDate today) {
        List<Indicator> indicators = new ArrayList<>(em.createQuery("select i from Indicator i join i.action a join a.objective o"
                + " join o.axis x where x.contract = :c", Indicator.class).setParameter("c", contract).getResultList());
        indicators.addAll(em.createQuery("select i from Indicator i join i.objective o join o.axis x where x.contract = :c",
                Indicator.class).setParameter("c", contract).getResultList());
        Map<TrackStatus, Long> byStatus = new EnumMap<>(TrackStatus.class);
        for (TrackStatus s : TrackStatus.values()) {
            byStatus.put(s, 0L);
        }
        if (indicators.isEmpty()) {
            return new Figures(0, byStatus);
        }
        Map<UUID, Point> first = new HashMap<>();
        Map<UUID, Point> latest = new HashMap<>();
        em.createQuery("select m.indicator.id, m.date, m.value from Measurement m where m.indicator in :list", Object[].class)
                .setParameter("list", indicators).getResultList().forEach(row -> {
                    Point p = new Point((LocalDate) row[1], (BigDecimal) row[2]);
                    first.merge((UUID) row[0], p, (x, y) -> x.date().isBefore(y.date()) ? x : y);
                    latest.merge((UUID) row[0], p, (x, y) -> x.date().isAfter(y.date()) ? x : y);
                });
        for (Indicator i : indicators) {
            TrackStatus status = IndicatorProgress.compute(i.direction,
                    i.baselineValue == null ? null : new Point(i.baselineDate, i.baselineValue), new Point(i.targetDate, i.targetValue),
                    i.frequency, first.get(i.id), latest.get(i.id), i.createdAt.atZone(ActionService.PARIS).toLocalDate(), today)
                    .trackStatus();
            byStatus.merge(status, 1L, Long::sum);
        }
        return new Figures(indicators.size(), byStatus);
    }
}
