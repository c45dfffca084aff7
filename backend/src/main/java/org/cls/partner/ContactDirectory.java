package org.cls.partner;

import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cls.common.ApiException;
import org.cls.common.Messages;
import org.cls.security.Policy;

/**
 * The contact directory of each territory: where a new contact is filed, and the lookups of contacts under the rules of
 * {@link Policy} (readers of a contact: the keepers of its directory and the readers of a contract that uses it).
 */
@ApplicationScoped
public class ContactDirectory {

    @Inject
    Policy policy;

    @Inject
    Messages messages;

    public boolean canRead(Contact contact) {
        return policy.canRead(contact);
    }

    public boolean canWrite(Contact contact) {
        return policy.canWrite(contact);
    }

    /** The read rule as a JPQL condition on the contact alias {@code k}, for lists. */
    public String jpql(String k, Map<String, Object> params) {
        return policy.readableContacts(k, params);
    }

    /**
     * The directory a contact is filed in, from the {@code departementCode} sent: one the caller keeps. Absent, it is the
     * current one (replace), else the only département the caller keeps; otherwise a 400 naming {@code departementCode}.
     */
    public String departementFor(String requested, String current) {
        SortedSet<String> kept = policy.keptDepartements();
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
