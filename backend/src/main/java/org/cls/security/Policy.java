package org.cls.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.cls.action.Action;
import org.cls.action.ActionNote;
import org.cls.amendment.Amendment;
import org.cls.common.ApiException;
import org.cls.contract.Contract;
import org.cls.contract.ContractScope;
import org.cls.governance.Committee;
import org.cls.governance.Decision;
import org.cls.governance.Document;
import org.cls.governance.Meeting;
import org.cls.indicator.Indicator;
import org.cls.indicator.Measurement;
import org.cls.partner.Contact;
import org.cls.partner.Partner;
import org.cls.plan.Axis;
import org.cls.plan.Objective;
import org.cls.reporting.Report;
import org.cls.reporting.ReportStatus;

/**
 * THE authorization policy at runtime: every service asks it who may read, change, feed or review an object. An object's
 * contract is found one way ({@link #contractOf}); rights on it follow the caller's account ({@link ContractScope}):
 * <ul>
 * <li>read: the coordinators of the contract, the ARS of its territory, the pilots of one of its actions;</li>
 * <li>write (plan, indicators, governance, documents, reports): its coordinators only;</li>
 * <li>progress of an action (status, progress, steps) and indicator values: its coordinators and the action's pilot;</li>
 * <li>notes on an action: those, and ARS officers in scope (not the reporting service account);</li>
 * <li>review of a report: an ARS officer whose territory covers the contract and who does not coordinate it;</li>
 * <li>a contact's personal data: the coordinators of its territory's directory read and write it, the readers of a
 * contract that uses it read it, the reporting service account never.</li>
 * </ul>
 * Outside the read scope an object does not exist (404); readable but not writable is 403. Answers are kept for the request.
 */
@RequestScoped
public class Policy {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private ContractScope scope;
    private final Map<UUID, Boolean> reads = new HashMap<>();
    private final Map<UUID, Boolean> writes = new HashMap<>();

    public ContractScope scope() {
        if (scope == null) {
            scope = ContractScope.of(user);
        }
        return scope;
    }

    /** The contract an object of the plan, the indicators, the governance or the reporting belongs to. */
    public static Contract contractOf(Object o) {
        if (o instanceof Contract c) {
            return c;
        } else if (o instanceof Axis a) {
            return a.contract;
        } else if (o instanceof Objective ob) {
            return ob.axis.contract;
        } else if (o instanceof Action a) {
            return a.objective.axis.contract;
        } else if (o instanceof ActionNote n) {
            return contractOf(n.action);
        } else if (o instanceof Indicator i) {
            return i.contract();
        } else if (o instanceof Measurement m) {
            return m.indicator.contract();
        } else if (o instanceof Committee c) {
            return c.contract;
        } else if (o instanceof Meeting m) {
            return m.committee.contract;
        } else if (o instanceof Decision d) {
            return d.meeting.committee.contract;
        } else if (o instanceof Document d) {
            return d.contract;
        } else if (o instanceof Report r) {
            return r.contract;
        } else if (o instanceof Amendment a) {
            return a.contract;
        }
        throw new IllegalArgumentException("No contract rule for " + o.getClass().getSimpleName());
    }

    // --- lookups: 404 outside the read scope, 403 when read-only

    /** The object if the caller may read its contract; 404 otherwise, so that its existence does not leak. */
    public <T> T readable(Class<T> type, UUID id) {
        T object = id == null ? null : em.find(type, id);
        if (object == null || !canRead(contractOf(object))) {
            throw ApiException.notFound(type.getSimpleName() + " " + id);
        }
        return object;
    }

    /** The object if the caller may change it: 404 when unreadable, 403 when read-only. */
    public <T> T writable(Class<T> type, UUID id) {
        T object = readable(type, id);
        requireWrite(contractOf(object));
        return object;
    }

    public void requireWrite(Contract contract) {
        requireWrite(contract, "Only the coordinators of this contract may change it.");
    }

    public void requireWrite(Contract contract, String message) {
        if (!canWrite(contract)) {
            throw ApiException.forbidden(message);
        }
    }

    // --- the rules

    public boolean canRead(Contract c) {
        return reads.computeIfAbsent(c.id, id -> canWrite(c) || scope().arsCovers(c) || pilotsIn(c));
    }

    /** The caller holds a coordinator seat of the contract. */
    public boolean canWrite(Contract c) {
        return writes.computeIfAbsent(c.id, id -> {
            ContractScope s = scope();
            if (!s.coordinator()) {
                return false;
            }
            Map<String, Object> params = new HashMap<>();
            String held = s.seatHeld("cs", params);
            return count("select count(cs) from CoordinatorSeat cs where cs.contractId = :c and " + held, c.id, params) > 0;
        });
    }

    private boolean pilotsIn(Contract c) {
        ContractScope s = scope();
        if (!s.pilot()) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String me = s.isCaller("k", params);
        return count("select count(a) from Action a join a.pilotContact k where a.objective.axis.contract.id = :c and " + me, c.id,
                params) > 0;
    }

    private long count(String jpql, UUID contractId, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("c", contractId);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The caller is the action's pilot: its referent contact is linked to their account (or invites their verified email). */
    public boolean isPilotOf(Action action) {
        ContractScope s = scope();
        if (!s.pilot() || action.pilotContact == null) {
            return false;
        }
        String linked = action.pilotContact.accountSubject;
        return linked != null ? linked.equals(s.subject())
                : s.verifiedEmail() != null && s.verifiedEmail().equals(action.pilotContact.email);
    }

    public boolean canEditProgress(Action action) {
        return canWrite(contractOf(action)) || isPilotOf(action);
    }

    public boolean canRecordValues(Indicator indicator) {
        return canWrite(indicator.contract()) || indicator.action != null && isPilotOf(indicator.action);
    }

    /** An ARS officer (a person, not the reporting service account) whose territory covers the contract. */
    public boolean isArsOfficerOf(Contract c) {
        return user.hasRole(CurrentUser.ARS) && !user.isServiceAccount() && scope().arsCovers(c);
    }

    public boolean canAddNote(Action action) {
        return canEditProgress(action) || isArsOfficerOf(contractOf(action));
    }

    /** Reviews are the ARS's: its territory must cover the contract, and a coordinator never reviews their own report. */
    public boolean canReview(Contract c) {
        return isArsOfficerOf(c) && !canWrite(c);
    }

    // --- contacts: who reads and writes a person's data

    /** Every use of a contact {@code %1$s} in a contract {@code %2$s}, as JPQL conditions. */
    static final List<String> CONTACT_USES = List.of(
            "exists (select 1 from Action ua where ua.pilotContact = %1$s and ua.objective.axis.contract = %2$s)",
            "exists (select 1 from Committee ucm join ucm.members um where um = %1$s and ucm.contract = %2$s)",
            "exists (select 1 from Invitee ui where ui.contact = %1$s and ui.meeting.committee.contract = %2$s)",
            "exists (select 1 from AgendaItem uai where uai.presenter = %1$s and uai.meeting.committee.contract = %2$s)",
            "exists (select 1 from Decision ud where ud.owner = %1$s and ud.meeting.committee.contract = %2$s)");

    private SortedSet<String> kept;

    /**
     * The départements whose contact directory the caller keeps: those of the contracts where they hold a coordinator seat.
     * A contact is read and written by the keepers of its directory, and read by the readers of any contract that uses
     * it; the reporting service account reads no personal data.
     */
    public SortedSet<String> keptDepartements() {
        if (kept == null) {
            kept = new TreeSet<>();
            ContractScope s = scope();
            if (s.coordinator()) {
                Map<String, Object> params = new HashMap<>();
                TypedQuery<String> q = em.createQuery("select distinct d from Contract c join c.territory.departementCodes d where "
                        + s.coordinates("c", params), String.class);
                params.forEach(q::setParameter);
                kept.addAll(q.getResultList());
            }
        }
        return kept;
    }

    public boolean canWrite(Contact contact) {
        return contact.departementCode != null && keptDepartements().contains(contact.departementCode);
    }

    public boolean canRead(Contact contact) {
        if (user.isServiceAccount()) {
            return false;
        }
        if (canWrite(contact)) {
            return true;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(k) from Contact k where k.id = :readId and " + contactUsedInReadableContract("k", params),
                Long.class);
        params.forEach(q::setParameter);
        return q.setParameter("readId", contact.id).getSingleResult() > 0;
    }

    /** The contact read rule as a JPQL condition on alias {@code k}, for lists. */
    public String readableContacts(String k, Map<String, Object> params) {
        if (user.isAnonymous() || user.isServiceAccount()) {
            return "(1 = 0)";
        }
        StringBuilder or = new StringBuilder("(");
        if (!keptDepartements().isEmpty()) {
            or.append(k).append(".departementCode in :directoryDepartements or ");
            params.put("directoryDepartements", keptDepartements());
        }
        return or.append(contactUsedInReadableContract(k, params)).append(')').toString();
    }

    private String contactUsedInReadableContract(String k, Map<String, Object> params) {
        StringBuilder uses = new StringBuilder();
        for (String use : CONTACT_USES) {
            uses.append(uses.length() == 0 ? "" : " or ").append(String.format(use, k, "uc"));
        }
        return "exists (select 1 from Contract uc where " + scope().jpql("uc", params) + " and (" + uses + "))";
    }

    // --- what DTOs carry

    public Permissions permissions(Contract c) {
        boolean write = canWrite(c);
        return new Permissions(write, write, write, write || isArsOfficerOf(c), canReview(c));
    }

    /** A draft is written by the coordinators; a submitted report is reviewed by the ARS; a reviewed one is closed. */
    public Permissions permissions(Report r) {
        boolean write = r.status == ReportStatus.DRAFT && canWrite(r.contract);
        return new Permissions(write, false, false, false, r.status == ReportStatus.SUBMITTED && canReview(r.contract));
    }

    public Permissions permissions(Contact contact) {
        return new Permissions(canWrite(contact), false, false, false, false);
    }

    /** Partner organisations are shared: any coordinator (a person) keeps them. */
    public Permissions permissions(Partner partner) {
        return new Permissions(user.hasRole(CurrentUser.COORDINATOR) && !user.isServiceAccount(), false, false, false, false);
    }

    public Permissions permissions(Action a) {
        boolean write = canWrite(contractOf(a));
        boolean progress = write || isPilotOf(a);
        return new Permissions(write, progress, progress, progress || isArsOfficerOf(contractOf(a)), false);
    }
}
