package org.cls.plan;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.Action;

/** The actions below axes and objectives, described for a 409. On a cascade the database removes them with their parent. */
@ApplicationScoped
public class PlanDependents {

    @Inject
    EntityManager em;

    /** e.g. " and 3 action(s): 1.1.1 …" or empty. */
    public String describeActionsOfAxis(Axis axis) {
        List<Action> actions = em.createQuery("select a from Action a join a.objective o where o.axis = :axis"
                + " order by o.position, a.seq", Action.class).setParameter("axis", axis).getResultList();
        return actions.isEmpty() ? "" : " and " + describe(actions);
    }

    /** e.g. "2 action(s): 1.1.1 …" or empty when none. */
    public String describeActionsOfObjective(Objective objective) {
        List<Action> actions = em.createQuery("select a from Action a where a.objective = :o order by a.seq", Action.class)
                .setParameter("o", objective).getResultList();
        return actions.isEmpty() ? "" : describe(actions);
    }

    private static String describe(List<Action> actions) {
        return actions.size() + " action(s): "
                + actions.stream().map(a -> a.displayCode() + " " + a.title).collect(Collectors.joining(", "));
    }
}
