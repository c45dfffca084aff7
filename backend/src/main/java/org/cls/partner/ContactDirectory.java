package org.cls.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.cls.common.ApiException;
import org.cls.common.Messages;
import org.cls.contract.Contract;
import org.cls.contract.ContractAccess;
import org.cls.security.CurrentUser;

/**
 * Who reads and writes a contact's personal data (name, function, email, phone): the one place of these rules.
 * <ul>
 * <li>Each contact is filed in the directory of one département ({@link Contact#departementCode}). The coordinators of a
 * contract covering that département keep the directory: they read and write its contacts.</li>
 * <li>The readers of a contract that <em>uses</em> a contact (pilot of one of its actions, member of one of its committees,
 * invitee or presenter of one of its meetings, owner of one of its decisions) read it, without writing it. So pilots and
 * the ARS read the contacts of the contracts they read.</li>
 * <li>A service account (the ARS reporting tools) reads no personal data at all.</li>
 * <li>A contact without département (filed before directories, used by no contract) is kept by nobody.</li>
 * </ul>
 * Organisations ({@link Partner}) are shared and not covered here. Contract rights come from {@link ContractAccess} only
 * ({@code scope()}, {@code canRead}, {@code canWrite}), so the class folds into a central policy as it is.
 */
@ApplicationScoped
public class ContactDirectory {

    /** The JPQL entity names and paths of every use of a contact {@code k} in a contract {@code c}. */
    static final List<String> USES = List.of(
            "exists (select 1 from Action ua where ua.pilotContact = %1$s and ua.objective.axis.contract = %2$s)",
            "exists (select 1 from Committee ucm join ucm.members um where um = %1$s and ucm.contract = %2$s)",
            "exists (select 1 from Invitee ui where ui.contact = %1$s and ui.meeting.committee.contract = %2$s)",
            "exists (select 1 from AgendaItem uai where uai.presenter = %1$s and uai.meeting.committee.contract = %2$s)",
            "exists (select 1 from Decision ud where ud.owner = %1$s and ud.meeting.committee.contract = %2$s)");

    @Inject
    CurrentUser user;

    @Inject
    ContractAccess access;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The départements whose directory the caller keeps: those of the contracts they coordinate (sorted; empty for others). */
    public SortedSet<String> keptDepartements() {
        SortedSet<String> kept = new TreeSet<>();
        if (user.isAnonymous() || user.isServiceAccount() || !user.hasRole(CurrentUser.COORDINATOR)) {
            return kept;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Contract> query = em.createQuery("select c from Contract c where " + access.scope().jpql("c", params),
                Contract.class);
        params.forEach(query::setParameter);
        query.getResultStream().filter(access::canWrite).forEach(c -> kept.addAll(c.territory.departementCodes));
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
        TypedQuery<Long> query = em.createQuery("select count(k) from Contact k where k.id = :readId and " + usedInReadableContract("k", params),
                Long.class);
        params.forEach(query::setParameter);
        return query.setParameter("readId", contact.id).getSingleResult() > 0;
    }

    /** The read rule as a JPQL condition on the contact alias {@code k}, for lists; its parameters go into {@code params}. */
    public String jpql(String k, Map<String, Object> params) {
        if (user.isAnonymous() || user.isServiceAccount()) {
            return "(1 = 0)";
        }
        StringBuilder or = new StringBuilder("(");
        SortedSet<String> kept = keptDepartements();
        if (!kept.isEmpty()) {
            or.append(k).append(".departementCode in :directoryDepartements or ");
            params.put("directoryDepartements", kept);
        }
        return or.append(usedInReadableContract(k, params)).append(')').toString();
    }

    private String usedInReadableContract(String k, Map<String, Object> params) {
        StringBuilder uses = new StringBuilder();
        for (String use : USES) {
            uses.append(uses.length() == 0 ? "" : " or ").append(String.format(use, k, "uc"));
        }
        return "exists (select 1 from Contract uc where " + access.scope().jpql("uc", params) + " and (" + uses + "))";
    }

    /**
     * The directory a contact is filed in, from the {@code departementCode} sent: one the caller keeps. Absent, it is the
     * current one (replace), else the only département the caller keeps; otherwise a 400 naming {@code departementCode}.
     */
    public String departementFor(String requested, String current) {
        SortedSet<String> kept = keptDepartements();
        String code = requested == null || requested.isBlank() ? null : requested.trim();
        if (code == null && current != null) {
            return current;
        }
        if (kept.isEmpty()) {
            throw ApiException.badParameter("departementCode", messages.get("org.cls.partner.noDirectory"));
        }
        if (code == null) {
            if (kept.size() == 1) {
                return kept.first();
            }
            throw ApiException.badParameter("departementCode",
                    messages.get("org.cls.partner.departementRequired").replace("{0}", String.join(", ", kept)));
        }
        if (!kept.contains(code)) {
            throw ApiException.badParameter("departementCode",
                    messages.get("org.cls.partner.departementNotKept").replace("{0}", String.join(", ", kept)));
        }
        return code;
    }

    /** The contact if the caller may read it; 404 otherwise, so its existence does not leak. */
    public Contact readable(UUID id) {
        Contact contact = id == null ? null : Contact.findById(id);
        if (contact == null || !canRead(contact)) {
            throw ApiException.notFound("Contact " + id);
        }
        return contact;
    }

    /** The contact if the caller keeps its directory: 404 when unreadable, 403 when only read through a contract. */
    public Contact writable(UUID id) {
        Contact contact = readable(id);
        if (!canWrite(contact)) {
            throw ApiException.forbidden(contact.departementCode == null
                    ? "This contact belongs to no territory's directory: nobody may change it."
                    : "Only the coordinators of the territory whose directory holds this contact (département "
                            + contact.departementCode + ") may change it.");
        }
        return contact;
    }
}
