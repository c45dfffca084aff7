package org.cls.plan;

import jakarta.enterprise.context.ApplicationScoped;

/** What hangs below axes and objectives (the actions), described for a 409 and removed on a cascade. */
@ApplicationScoped
public class PlanDependents {

    /** e.g. ", and 3 action(s): 1.1.1 …" or empty. */
    public String describeActionsOfAxis(Axis axis) {
        return "";
    }

    /** e.g. "2 action(s): 1.1.1 …" or empty when none. */
    public String describeActionsOfObjective(Objective objective) {
        return "";
    }

    public void deleteUnderAxis(Axis axis) {
    }

    public void deleteUnderObjective(Objective objective) {
    }
}
