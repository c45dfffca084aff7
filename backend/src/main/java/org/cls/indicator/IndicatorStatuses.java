package org.cls.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.ActionService;
import org.cls.indicator.IndicatorProgress.Point;

/**
 * How many indicators of each contract are on track, at risk, off track or without data, for the contracts given: four
 * statements whatever their number or size. The indicators of actions and those of objectives are read by two indexed
 * queries each (rather than one OR across outer joins); of their values, {@link IndicatorProgress} keeps the first and the
 * latest by date (picking them in SQL with correlated subqueries cost H2 more than reading them all).
 */
@ApplicationScoped
public class IndicatorStatuses {

    private static final String DEFINITION = "select ax.contract.id, i.id, i.direction, i.baselineDate, i.baselineValue,"
            + " i.targetDate, i.targetValue, i.frequency, i.createdAt from Indicator i";
    private static final String VALUES = "select i.id, m.date, m.value from Measurement m join m.indicator i";
    private static final String[] OWNERS = { " join i.action a join a.objective o join o.axis ax where ax.contract.id in :ids",
            " join i.objective o join o.axis ax where ax.contract.id in :ids" };

    @Inject
    EntityManager em;

    /** Counts by contract, every status present (0 included); contracts without indicators map to all zeros. */
    public Map<UUID, Map<TrackStatus, Long>> byContract(Collection<UUID> contractIds, LocalDate today) {
        Map<UUID, Map<TrackStatus, Long>> counts = new HashMap<>();
        contractIds.forEach(id -> counts.put(id, zeros()));
        if (contractIds.isEmpty()) {
            return counts;
        }
        Map<UUID, Point> first = new HashMap<>();
        Map<UUID, Point> latest = new HashMap<>();
        for (String owner : OWNERS) {
            em.createQuery(VALUES + owner, Object[].class).setParameter("ids", contractIds).getResultList()
                    .forEach(r -> {
                        Point p = new Point((LocalDate) r[1], (BigDecimal) r[2]);
                        first.merge((UUID) r[0], p, (x, y) -> x.date().isBefore(y.date()) ? x : y);
                        latest.merge((UUID) r[0], p, (x, y) -> x.date().isAfter(y.date()) ? x : y);
                    });
        }
        for (String owner : OWNERS) {
            List<Object[]> definitions = em.createQuery(DEFINITION + owner, Object[].class).setParameter("ids", contractIds)
                    .getResultList();
            for (Object[] r : definitions) {
                UUID id = (UUID) r[1];
                BigDecimal baseline = (BigDecimal) r[4];
                TrackStatus status = IndicatorProgress.compute((Direction) r[2],
                        baseline == null ? null : new Point((LocalDate) r[3], baseline), new Point((LocalDate) r[5], (BigDecimal) r[6]),
                        (Frequency) r[7], first.get(id), latest.get(id), ((Instant) r[8]).atZone(ActionService.PARIS).toLocalDate(),
                        today).trackStatus();
                counts.computeIfAbsent((UUID) r[0], k -> zeros()).merge(status, 1L, Long::sum);
            }
        }
        return counts;
    }

    public static Map<TrackStatus, Long> zeros() {
        Map<TrackStatus, Long> map = new EnumMap<>(TrackStatus.class);
        for (TrackStatus s : TrackStatus.values()) {
            map.put(s, 0L);
        }
        return map;
    }
}
