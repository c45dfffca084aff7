package org.cls.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.plan.Axis;
import org.cls.plan.Objective;

/** The whole plan of a contract in a constant number of queries: axes, objectives, then action rows. */
@ApplicationScoped
@Transactional
public class PlanTreeService {

    @Inject
    Policy policy;

    @Inject
    EntityManager em;

    public PlanDto plan(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        List<Axis> axes = em.createQuery("from Axis ax where ax.contract = :c order by ax.position", Axis.class)
                .setParameter("c", contract).getResultList();
        List<Objective> objectives = em.createQuery("select o from Objective o join fetch o.axis ax where ax.contract = :c"
                + " order by ax.position, o.position", Objective.class).setParameter("c", contract).getResultList();
        List<Object[]> rows = em.createQuery("select a.id, o.id, ax.position, o.position, a.seq, a.code, a.title, a.status,"
                + " a.progress, a.endDate, p.id, p.name from Action a join a.objective o join o.axis ax left join a.pilotPartner p"
                + " where ax.contract = :c order by ax.position, o.position, a.seq", Object[].class)
                .setParameter("c", contract).getResultList();
        LocalDate today = LocalDate.now(ActionService.PARIS);
        Map<UUID, List<PlanDto.ActionSummary>> byObjective = new HashMap<>();
        for (Object[] r : rows) {
            String code = r[5] != null ? (String) r[5] : Action.derivedCode((Integer) r[2], (Integer) r[3], (Integer) r[4]);
            ActionStatus status = (ActionStatus) r[7];
            LocalDate end = (LocalDate) r[9];
            boolean late = end != null && end.isBefore(today) && status != ActionStatus.DONE;
            byObjective.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(new PlanDto.ActionSummary((UUID) r[0], code,
                    (String) r[6], status, (Integer) r[8], late, (UUID) r[10], (String) r[11]));
        }
        Map<UUID, List<PlanDto.ObjectiveNode>> byAxis = new HashMap<>();
        for (Objective o : objectives) {
            byAxis.computeIfAbsent(o.axis.id, k -> new ArrayList<>()).add(new PlanDto.ObjectiveNode(o.id, o.version, o.position,
                    o.code(), o.title, o.description, byObjective.getOrDefault(o.id, List.of())));
        }
        List<PlanDto.AxisNode> nodes = new ArrayList<>();
        for (Axis ax : axes) {
            List<PlanDto.ObjectiveNode> objs = byAxis.getOrDefault(ax.id, List.of());
            List<PlanDto.ActionSummary> actions = objs.stream().flatMap(o -> o.actions().stream()).toList();
            nodes.add(new PlanDto.AxisNode(ax.id, ax.version, ax.position, ax.title, ax.description, actions.size(),
                    mean(actions), objs));
        }
        List<PlanDto.ActionSummary> all = nodes.stream().flatMap(a -> a.objectives().stream()).flatMap(o -> o.actions().stream())
                .toList();
        return new PlanDto(contract.id, all.size(), mean(all), nodes);
    }

    private static int mean(List<PlanDto.ActionSummary> actions) {
        return actions.isEmpty() ? 0
                : (int) Math.round(actions.stream().mapToInt(PlanDto.ActionSummary::progress).average().orElse(0));
    }
}
