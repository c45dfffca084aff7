package org.cls.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.action.ActionService;
import org.cls.action.ActionStatus;
import org.cls.action.FundingStatus;
import org.cls.audit.AuditRevision;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.plan.Axis;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * A contract's dashboard in a constant number of SQL statements: aggregates are computed by the database. Dashboards are
 * kept in the {@code dashboard} cache by contract, last audit revision and day: any audited change anywhere gives a new
 * revision, so a cached dashboard is never older than the data, except for the upcoming meetings, which follow the clock
 * within the cache's expiry (a minute).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** What a dashboard depends on besides the clock. */
    record Key(UUID contractId, long revision, LocalDate today) {
    }

    @Inject
    @CacheName("dashboard")
    Cache cache;

    @Inject
    Policy policy;

    @Inject
    EntityManager em;

    @Inject
    Instance<DashboardSection> sections;

    /** The dashboard of a contract the caller may read; the same for every such caller. */
    public DashboardDto dashboard(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        LocalDate today = LocalDate.now(ActionService.PARIS);
        return cache.get(new Key(contract.id, AuditRevision.latest(em), today), key -> compute(contract, today)).await().indefinitely();
    }

    private DashboardDto compute(Contract contract, LocalDate today) {
        List<Axis> axes = em.createQuery("from Axis ax where ax.contract = :c order by ax.position", Axis.class)
                .setParameter("c", contract).getResultList();

        Map<UUID, Map<ActionStatus, Long>> statusByAxis = new HashMap<>();
        Map<UUID, long[]> progressByAxis = new HashMap<>();
        for (Object[] r : em.createQuery("select ax.id, a.status, count(a), sum(a.progress) from Action a join a.objective o"
                + " join o.axis ax where ax.contract = :c group by ax.id, a.status", Object[].class).setParameter("c", contract)
                .getResultList()) {
            long count = ((Number) r[2]).longValue();
            statusByAxis.computeIfAbsent((UUID) r[0], k -> emptyStatuses()).put((ActionStatus) r[1], count);
            long[] sum = progressByAxis.computeIfAbsent((UUID) r[0], k -> new long[2]);
            sum[0] += count;
            sum[1] += ((Number) r[3]).longValue();
        }

        List<DashboardDto.LateAction> late = new ArrayList<>();
        Map<UUID, Integer> lateByAxis = new HashMap<>();
        for (Object[] r : em.createQuery("select a.id, a.code, ax.position, o.position, a.seq, a.title, a.endDate, a.status,"
                + " a.progress, ax.id from Action a join a.objective o join o.axis ax where ax.contract = :c and a.endDate < :today"
                + " and a.status <> :done order by a.endDate, ax.position, o.position, a.seq", Object[].class)
                .setParameter("c", contract).setParameter("today", today).setParameter("done", ActionStatus.DONE).getResultList()) {
            String code = r[1] != null ? (String) r[1] : Action.derivedCode((Integer) r[2], (Integer) r[3], (Integer) r[4]);
            LocalDate end = (LocalDate) r[6];
            late.add(new DashboardDto.LateAction((UUID) r[0], code, (String) r[5], (Integer) r[2], end, (ActionStatus) r[7],
                    (Integer) r[8], ChronoUnit.DAYS.between(end, today)));
            lateByAxis.merge((UUID) r[9], 1, Integer::sum);
        }

        Map<String, DashboardDto.BudgetLine> budget = new LinkedHashMap<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        // funder names apart: joined in, they lead H2 to scan every action of every contract
        List<Object[]> sums = em.createQuery("select f.funderId, f.year, f.status, sum(f.amount) from Action a join a.fundings f"
                + " join a.objective o join o.axis ax where ax.contract = :c group by f.funderId, f.year, f.status", Object[].class)
                .setParameter("c", contract).getResultList();
        Map<UUID, String> names = new HashMap<>();
        if (!sums.isEmpty()) {
            em.createQuery("select p.id, p.name from Partner p where p.id in :ids", Object[].class)
                    .setParameter("ids", sums.stream().map(r -> (UUID) r[0]).distinct().toList()).getResultList()
                    .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        sums.sort(Comparator.<Object[], Integer>comparing(r -> (Integer) r[1])
                .thenComparing(r -> names.get((UUID) r[0]), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> (UUID) r[0]));
        for (Object[] r : sums) {
            UUID funder = (UUID) r[0];
            int year = (Integer) r[1];
            FundingStatus status = (FundingStatus) r[2];
            BigDecimal amount = (BigDecimal) r[3];
            BigDecimal g = status == FundingStatus.REQUESTED ? BigDecimal.ZERO : amount;
            BigDecimal p = status == FundingStatus.PAID ? amount : BigDecimal.ZERO;
            planned = planned.add(amount);
            granted = granted.add(g);
            paid = paid.add(p);
            budget.merge(funder + "/" + year, new DashboardDto.BudgetLine(funder, names.get(funder), year, amount, g, p),
                    (x, y) -> new DashboardDto.BudgetLine(funder, x.funderName(), year, x.planned().add(y.planned()),
                            x.granted().add(y.granted()), x.paid().add(y.paid())));
        }

        Map<ActionStatus, Long> byStatus = emptyStatuses();
        List<DashboardDto.AxisFigures> axisFigures = new ArrayList<>();
        long count = 0;
        long progress = 0;
        for (Axis ax : axes) {
            Map<ActionStatus, Long> statuses = statusByAxis.getOrDefault(ax.id, emptyStatuses());
            statuses.forEach((s, n) -> byStatus.merge(s, n, Long::sum));
            long[] sum = progressByAxis.getOrDefault(ax.id, new long[2]);
            count += sum[0];
            progress += sum[1];
            axisFigures.add(new DashboardDto.AxisFigures(ax.id, ax.position, ax.title, (int) sum[0], mean(sum[0], sum[1]), statuses,
                    lateByAxis.getOrDefault(ax.id, 0)));
        }

        Map<String, Object> extra = new LinkedHashMap<>();
        for (DashboardSection section : sections) {
            Object value = section.compute(contract, today);
            if (value != null) {
                extra.put(section.name(), value);
            }
        }
        return new DashboardDto(contract.id, today, (int) count, mean(count, progress), byStatus, axisFigures, late,
                new ArrayList<>(budget.values()), new DashboardDto.BudgetTotals(planned, granted, paid), extra);
    }

    private static int mean(long count, long sum) {
        return count == 0 ? 0 : (int) Math.round((double) sum / count);
    }

    private static Map<ActionStatus, Long> emptyStatuses() {
        Map<ActionStatus, Long> map = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            map.put(s, 0L);
        }
        return map;
    }
}
