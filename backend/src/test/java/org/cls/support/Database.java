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

    /** The rows of a table (the whole table, or those matching a condition given with its parameters ?1, ?2…). */
    @Transactional
    public long count(String table, String where, Object... parameters) {
        var query = em.createNativeQuery("select count(*) from " + table + (where == null ? "" : " where " + where));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    public long count(String table) {
        return count(table, null);
    }

    /** One statement of the test's own (a constraint to force a failure, a row as an earlier version wrote it). */
    @Transactional
    public void execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
