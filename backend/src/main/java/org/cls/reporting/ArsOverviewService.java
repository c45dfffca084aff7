package org.cls.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.cls.action.ActionService;
import org.cls.action.ActionStatus;
import org.cls.contract.ContractScope;
import org.cls.contract.ContractStatus;
import org.cls.indicator.IndicatorStatuses;
import org.cls.indicator.TrackStatus;

/** The contracts of an ARS scope with their headline figures, in seven statements whatever their number. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArsOverviewService {

    @Inject
    EntityManager em;

    @Inject
    IndicatorStatuses indicators;

    public List<ArsOverviewDto> overview(ContractScope scope) {
        Map<String, Object> params = new HashMap<>();
        String inScope = scope.jpql("c", params);
        TypedQuery<Object[]> contracts = em.createQuery("select c.id, c.name, c.status, c.territory.name, c.endDate from Contract c"
                + " where " + inScope + " order by c.name, c.id", Object[].class);
        params.forEach(contracts::setParameter);
        List<Object[]> rows = contracts.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        LocalDate today = LocalDate.now(ActionService.PARIS);
        Map<UUID, Map<TrackStatus, Long>> tracks = indicators.byContract(ids, today);
        Map<UUID, long[]> figures = new HashMap<>();
        for (Object[] r : em.createQuery("select ax.contract.id, count(a), sum(a.progress),"
                + " sum(case when a.endDate < :today and a.status <> :done then 1 else 0 end)"
                + " from Action a join a.objective o join o.axis ax where ax.contract.id in :ids group by ax.contract.id", Object[].class)
                .setParameter("ids", ids).setParameter("today", today)
                .setParameter("done", ActionStatus.DONE).getResultList()) {
            figures.put((UUID) r[0], new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue() });
        }
        Map<UUID, Object[]> lastReport = new HashMap<>();
        for (Object[] r : em.createQuery("select r.contract.id, r.period, r.status from Report r where r.contract.id in :ids"
                + " order by r.periodEnd desc, r.periodStart desc", Object[].class).setParameter("ids", ids).getResultList()) {
            lastReport.putIfAbsent((UUID) r[0], r);
        }
        return rows.stream().map(r -> {
            long[] f = figures.getOrDefault((UUID) r[0], new long[3]);
            Object[] report = lastReport.get((UUID) r[0]);
            return new ArsOverviewDto((UUID) r[0], (String) r[1], (ContractStatus) r[2], (String) r[3], (LocalDate) r[4], (int) f[0],
                    f[0] == 0 ? 0 : (int) Math.round((double) f[1] / f[0]), (int) f[2], tracks.get((UUID) r[0]).get(TrackStatus.OFF_TRACK).intValue(), report == null ? null : (String) report[1],
                    report == null ? null : (ReportStatus) report[2]);
        }).toList();
    }
}
