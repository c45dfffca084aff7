package org.cls.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.action.PlanDto;
import org.cls.action.PlanTreeService;
import org.cls.common.ApiException;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;

/** Starts a contract's plan as a copy of another contract's plan (usually its predecessor's), all or nothing. */
@ApplicationScoped
public class PlanCopyService {

    @Inject
    Policy policy;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    PlanCopier copier;

    @Inject
    PlanTreeService planTree;

    @Transactional
    public PlanDto copy(UUID targetId, UUID sourceId) {
        Contract target = policy.writable(Contract.class, targetId);
        Contract source = policy.readable(Contract.class, sourceId);
        if (source == target) {
            throw ApiException.badParameter("sourceId", "a contract cannot copy its own plan");
        }
        // Two copies at once into the same contract: the second waits here, then finds the plan and answers 409
        em.lock(target, LockModeType.PESSIMISTIC_WRITE);
        long existing = em.createQuery("select count(ax) from Axis ax where ax.contract = :c", Long.class)
                .setParameter("c", target).getSingleResult();
        if (existing > 0) {
            throw ApiException.conflict("Contract '" + target.name + "' already has a plan of " + existing
                    + " axis/axes: a plan is copied only into a contract without one.");
        }
        List<Axis> axes = em.createQuery("from Axis ax where ax.contract = :c order by ax.position", Axis.class)
                .setParameter("c", source).getResultList();
        if (axes.isEmpty()) {
            throw ApiException.conflict("Contract '" + source.name + "' has no plan to copy.");
        }
        String by = user.username();
        Instant now = Instant.now();
        for (Axis axis : axes) {
            Axis axisCopy = copier.copyAxis(axis, target, by, now);
            for (Objective objective : em.createQuery("from Objective o where o.axis = :a order by o.position", Objective.class)
                    .setParameter("a", axis).getResultList()) {
                Objective objectiveCopy = copier.copyObjective(objective, axisCopy, by, now);
                for (Action action : em.createQuery("from Action a where a.objective = :o order by a.seq", Action.class)
                        .setParameter("o", objective).getResultList()) {
                    copier.copyAction(action, objectiveCopy, by, now);
                }
            }
        }
        em.flush();
        return planTree.plan(targetId);
    }
}
