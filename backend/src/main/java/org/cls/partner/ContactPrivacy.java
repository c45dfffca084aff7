package org.cls.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.audit.AuditRevision;
import org.cls.audit.HistoryEntryDto;
import org.cls.audit.HistoryOperation;
import org.cls.common.ETags;
import org.cls.security.CurrentUser;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.jboss.logging.Logger;

/**
 * The GDPR rights on a contact, exercised by the coordinators of its directory (the territory that keeps it): the export
 * of everything held on the person (access, portability) and the erasure, a pseudonymisation of the live row and of every
 * audit row that keeps the contact where contracts reference it, shown as "Contact effacé".
 */
@ApplicationScoped
@Transactional
public class ContactPrivacy {

    private static final Logger LOG = Logger.getLogger(ContactPrivacy.class);

    public static final String ERASED_FIRST_NAME = "Contact";
    public static final String ERASED_LAST_NAME = "effacé";

    @Inject
    ContactDirectory directory;

    @Inject
    ContactUsage usage;

    @Inject
    PartnerMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    public ContactExportDto export(UUID id) {
        Contact contact = directory.writable(id);
        ContactUsage.Uses uses = usage.visible(contact);
        List<ContactExportDto.Use> visible = uses.visible().stream().map(u -> new ContactExportDto.Use(u.kind(), u.objectId(),
                u.label(), u.date(), u.contract().id, u.contract().name)).toList();
        LOG.infof("Contact %s exported by %s", id, user.username());
        return new ContactExportDto(Instant.now(), mapper.toDto(contact), mapper.toDto(contact.partner), visible, uses.elsewhere(),
                history(id));
    }

    private List<ContactExportDto.Revision> history(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(Contact.class, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<ContactExportDto.Revision> history = new ArrayList<>();
        for (Object[] row : rows) {
            Contact state = (Contact) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            HistoryOperation operation = switch ((RevisionType) row[2]) {
                case ADD -> HistoryOperation.CREATED;
                case MOD -> HistoryOperation.UPDATED;
                case DEL -> HistoryOperation.DELETED;
            };
            history.add(new ContactExportDto.Revision(revision.id, revision.changedAt,
                    new HistoryEntryDto.Author(revision.subject, revision.authorName), operation, state.firstName, state.lastName,
                    state.function, state.email, state.phone, idOf(state.partner), state.departementCode));
        }
        return history;
    }

    /** The partner's id without loading it (the audit trail may not hold the partner's state at that revision). */
    private static UUID idOf(Partner partner) {
        if (partner instanceof HibernateProxy proxy) {
            return (UUID) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return partner == null ? null : partner.id;
    }

    /**
     * Pseudonymises the contact: names become "Contact" / "effacé", function, email and phone are removed, in the live row
     * and in every row of {@code contact_aud}, in one transaction. The contact keeps its id, partner and directory, so
     * committees, meetings, decisions and actions still reference it. A new audit revision records who erased it and when.
     */
    public ContactDto erase(UUID id, String ifMatch) {
        Contact contact = directory.writable(id);
        ETags.require(ifMatch, contact.version);
        contact.firstName = ERASED_FIRST_NAME;
        contact.lastName = ERASED_LAST_NAME;
        contact.function = null;
        contact.email = null;
        contact.phone = null;
        // the account link goes too: the erased person no longer pilots through this contact
        contact.accountSubject = null;
        contact.linkedAt = null;
        contact.updatedAt = Instant.now();
        contact.updatedBy = user.username();
        em.flush();
        em.createNativeQuery("update contact_aud set first_name = ?1, last_name = ?2, job_function = null, email = null, phone = null"
                + " where id = ?3").setParameter(1, ERASED_FIRST_NAME).setParameter(2, ERASED_LAST_NAME).setParameter(3, id)
                .executeUpdate();
        LOG.infof("Contact %s erased by %s", id, user.username());
        return mapper.toDto(contact);
    }
}
