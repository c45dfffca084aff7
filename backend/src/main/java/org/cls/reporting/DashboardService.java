package org.cls.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.cls.contract.Contract;
import org.cls.contract.ContractAccess;
import org.cls.plan.Axis;

/** A contract's dashboard in a constant number of SQL statements: aggregates are computed by the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @Inject
    ContractAccess access;

    @Inject
    EntityManager em;

    @Inject
    Instance<DashboardSection> sections;

    public DashboardDto dashboard(UUID contractId) {
        Contract contract = access.readable(contractId);
        LocalDate today = LocalDate.now(ActionService.PARIS);
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
        for (Object[] r : em.createQuery("select f.funderId, p.name, f.year, f.status, sum(f.amount) from Action a join a.fundings f"
                + " join a.objective o join o.axis ax left join Partner p on p.id = f.funderId where ax.contract = :c"
                + " group by f.funderId, p.name, f.year, f.status order by f.year, p.name, f.funderId", Object[].class)
                .setParameter("c", contract).getResultList()) {
            UUID funder = (UUID) r[0];
            int year = (Integer) r[2];
            FundingStatus status = (FundingStatus) r[3];
            BigDecimal amount = (BigDecimal) r[4];
            BigDecimal g = status == FundingStatus.REQUESTED ? BigDecimal.ZERO : amount;
            BigDecimal p = status == FundingStatus.PAID ? amount : BigDecimal.ZERO;
            planned = planned.add(amount);
            granted = granted.add(g);
            paid = paid.add(p);
            budget.merge(funder + "/" + year, new DashboardDto.BudgetLine(funder, (String) r[1], year, amount, g, p),
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
