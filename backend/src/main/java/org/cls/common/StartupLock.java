package org.cls.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * One lock for every instance on the database, held until the current transaction ends. The startup loaders (demo data)
 * take it before they check whether their data is there, so two instances starting at once on one PostgreSQL database load
 * it once: the second waits for the first's commit, then finds the data. On H2 a database file is open in one JVM only: no lock.
 */
@ApplicationScoped
public class StartupLock {

    /** An arbitrary key of PostgreSQL's advisory locks, used by nothing else. */
    static final long KEY = 0x434c5301L;

    @Inject
    EntityManager em;

    private volatile Boolean postgresql;

    /** Waits for the lock; call inside the loader's transaction, before its check. */
    public void hold() {
        if (isPostgresql()) {
            em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
        }
    }

    private boolean isPostgresql() {
        if (postgresql == null) {
            postgresql = em.unwrap(Session.class)
                    .doReturningWork(c -> c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgresql;
    }
}
