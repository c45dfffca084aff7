package org.cls.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Empties the tables between tests. */
@ApplicationScoped
public class Database {

    @Inject
    EntityManager em;

    @Transactional
    public void clear() {
        em.createNativeQuery("delete from contract").executeUpdate();
    }
}
