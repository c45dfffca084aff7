package org.cls.partner;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.Action;
import org.cls.security.Policy;

/**
 * Where partners are used by actions: a partner in use is never deleted (a contact's uses: {@link ContactUsage}). The 409 names the
 * actions the caller may read and says nothing of the others but that there are some.
 */
@ApplicationScoped
public class PartnerUsage {

    @Inject
    EntityManager em;

    @Inject
    Policy policy;

    /** The actions naming this partner (pilot, partner, funder), described for a 409; empty when none. */
    public String actionsUsing(Partner partner) {
        return describe(em.createQuery("select distinct a from Action a left join a.partners ap left join a.fundings f"
                + " where a.pilotPartner = :p or ap.partnerId = :id or f.funderId = :id", Action.class)
                .setParameter("p", partner).setParameter("id", partner.id).getResultList());
    }

    /**
     * "action(s) 1.1.1 Title, …", then "and actions in other contracts" when some are in contracts the caller cannot
     * read: those are neither named nor counted (a count would tell what another territory does).
     */
    private String describe(List<Action> actions) {
        if (actions.isEmpty()) {
            return "";
        }
        List<Action> readable = actions.stream().filter(a -> policy.canRead(a.objective.axis.contract)).toList();
        boolean others = readable.size() < actions.size();
        if (readable.isEmpty()) {
            return "actions in contracts you cannot see";
        }
        String named = readable.stream().map(a -> a.displayCode() + " " + a.title).collect(Collectors.joining(", "));
        return "action(s) " + named + (others ? ", and actions in other contracts" : "");
    }
}
