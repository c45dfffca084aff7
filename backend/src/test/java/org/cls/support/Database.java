package org.cls.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Empties the tables between tests. */
@ApplicationScoped
public class Database {

    /** Children first. */
    static final String[] TABLES = { "report", "document", "decision", "meeting_invitee", "meeting_agenda_item", "meeting",
            "committee_member", "committee", "measurement", "indicator", "action_note", "action", "objective", "axis", "amendment",
            "contract", "contact", "partner" };

    @Inject
    EntityManager em;

    @Transactional
    public void clear() {
        for (String table : TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }
}
