package org.cls.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Links invitations to accounts. A coordinator seat or a pilot contact is an invitation by email until a login whose token
 * carries that email <em>verified</em> claims it ({@code GET /api/v1/me}, which the SPA calls at each login): the seat or
 * contact then belongs to the token's {@code sub}, and later changes of the account's email move nothing. Until then
 * {@link org.cls.contract.ContractScope} honours the pending invitation for a verified email only. Runs once per token,
 * in a transaction of its own.
 */
@ApplicationScoped
public class AccountLinks {

    private static final Logger LOG = Logger.getLogger(AccountLinks.class);
    private static final int REMEMBERED = 10_000;

    @Inject
    EntityManager em;

    /** Tokens (sub and token id) whose invitations were already claimed by this instance. */
    private final Map<String, Boolean> done = new ConcurrentHashMap<>();

    public void claimOnce(CurrentUser user) {
        String email = user.verifiedEmail();
        if (email == null) {
            return;
        }
        String sub = user.subject();
        if (done.putIfAbsent(sub + "|" + user.tokenId(), Boolean.TRUE) != null) {
            return;
        }
        if (done.size() > REMEMBERED) {
            done.clear();
        }
        QuarkusTransaction.requiringNew().run(() -> claim(sub, email));
    }

    /** Claims the pending invitations to this email for this account; returns how many. */
    int claim(String sub, String email) {
        Instant now = Instant.now();
        int seats = em.createNativeQuery("update contract_coordinator set subject = ?1, linked_at = ?2 where email = ?3 and subject is null")
                .setParameter(1, sub).setParameter(2, now).setParameter(3, email).executeUpdate();
        int contacts = em.createNativeQuery("update contact set account_subject = ?1, linked_at = ?2 where email = ?3 and account_subject is null")
                .setParameter(1, sub).setParameter(2, now).setParameter(3, email).executeUpdate();
        if (seats + contacts > 0) {
            LOG.infof("account %s claimed %d coordinator seat(s) and %d contact(s) by its verified email", sub, seats, contacts);
        }
        return seats + contacts;
    }
}
