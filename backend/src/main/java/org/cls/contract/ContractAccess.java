package org.cls.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.common.ApiException;
import org.cls.security.CurrentUser;

/** The read and write rules of a contract and of everything in its plan. */
@ApplicationScoped
public class ContractAccess {

    @Inject
    ContractRepository repository;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    public ContractScope scope() {
        return ContractScope.of(user);
    }

    public boolean canRead(Contract contract) {
        ContractScope scope = scope();
        return scope.canRead(contract) || scope.pilotEmail() != null && pilots(scope.pilotEmail(), contract);
    }

    private boolean pilots(String email, Contract contract) {
        return em.createQuery("select count(a) from Action a where a.objective.axis.contract = :c and a.pilotContact.email = :email",
                Long.class).setParameter("c", contract).setParameter("email", email).getSingleResult() > 0;
    }

    public boolean canWrite(Contract contract) {
        return scope().isCoordinatorOf(contract);
    }

    /** The contract if the caller may read it; 404 otherwise, so its existence does not leak. */
    public Contract readable(UUID id) {
        Contract contract = repository.findById(id);
        if (contract == null || !canRead(contract)) {
            throw ApiException.notFound("Contract " + id);
        }
        return contract;
    }

    /** The contract if the caller may change it: 404 when unreadable, 403 when read-only. */
    public Contract writable(UUID id) {
        Contract contract = readable(id);
        requireWrite(contract);
        return contract;
    }

    public void requireWrite(Contract contract) {
        if (!canWrite(contract)) {
            throw ApiException.forbidden("Only the coordinators of this contract may change it.");
        }
    }
}
