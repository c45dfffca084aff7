package org.cls.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.Messages;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.common.Patching;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Partner organisations, shared by every territory (every signed-in user reads them, coordinators write them; the role is
 * checked by the resource), and their contacts, filed in the directory of a territory: who reads and writes a contact is
 * {@link ContactDirectory}'s rule, where a contact is used is {@link ContactUsage}'s.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    public static final Map<String, String> SORTS = Map.of(
            "name", "p.name",
            "type", "p.type",
            "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt");

    @Inject
    PartnerMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Inject
    PartnerUsage usage;

    @Inject
    ContactDirectory directory;

    @Inject
    ContactUsage contactUsage;

    @Inject
    Messages messages;

    public PageDto<PartnerDto> list(String q, PartnerType type, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (q != null && !q.isBlank()) {
            where.add("lower(p.name) like :q");
            params.put("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (type != null) {
            where.add("p.type = :type");
            params.put("type", type);
        }
        PanacheQuery<Partner> query = Partner.<Partner>find("from Partner p where " + String.join(" and ", where), page.sort(), params)
                .page(Page.of(page.page(), page.size()));
        return new PageDto<>(query.list().stream().map(mapper::toDto).toList(), page.page(), page.size(), query.count());
    }

    public PartnerDto create(PartnerInput input) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        Instant now = Instant.now();
        partner.createdAt = now;
        partner.createdBy = user.username();
        apply(partner, input);
        partner.persist();
        em.flush();
        return mapper.toDto(partner);
    }

    public PartnerDto get(UUID id) {
        return mapper.toDto(partner(id));
    }

    public PartnerDto replace(UUID id, String ifMatch, PartnerInput input) {
        Partner partner = partner(id);
        ETags.require(ifMatch, partner.version);
        apply(partner, input);
        em.flush();
        return mapper.toDto(partner);
    }

    public PartnerDto patch(UUID id, String ifMatch, JsonNode patch) {
        Partner partner = partner(id);
        ETags.require(ifMatch, partner.version);
        apply(partner, patching.apply(mapper.toInput(partner), patch, PartnerInput.class));
        em.flush();
        return mapper.toDto(partner);
    }

    public void delete(UUID id, String ifMatch, boolean cascade) {
        Partner partner = partner(id);
        ETags.require(ifMatch, partner.version);
        String actions = usage.actionsUsing(partner);
        if (!actions.isEmpty()) {
            throw ApiException.conflict("Partner '" + partner.name + "' is named in " + actions
                    + ". Remove it from them first.");
        }
        List<Contact> contacts = contactsOf(partner);
        if (!contacts.isEmpty()) {
            refuseContactsInTheWay(partner, contacts, cascade);
        }
        contacts.forEach(Contact::delete);
        partner.delete();
        em.flush();
    }

    private void apply(Partner partner, PartnerInput input) {
        String siret = blankToNull(input.siret());
        if (siret != null) {
            Partner existing = Partner.<Partner>find("siret = ?1", siret).firstResult();
            if (existing != null && !existing.id.equals(partner.id)) {
                throw ApiException.conflict("SIRET " + siret + " is already the partner '" + existing.name
                        + "' (" + existing.id + ").");
            }
        }
        partner.name = input.name().trim();
        partner.type = input.type();
        partner.siret = siret;
        partner.communeCode = blankToNull(input.communeCode());
        partner.website = blankToNull(input.website());
        partner.updatedAt = Instant.now();
        partner.updatedBy = user.username();
    }

    /**
     * A partner's contacts block its deletion unless the cascade is asked; the cascade deletes only contacts the caller
     * keeps and that nothing uses. Contacts the caller cannot read are not named.
     */
    private void refuseContactsInTheWay(Partner partner, List<Contact> contacts, boolean cascade) {
        List<String> named = new ArrayList<>();
        List<String> notKept = new ArrayList<>();
        boolean hidden = false;
        for (Contact c : contacts) {
            if (!directory.canRead(c)) {
                hidden = true;
            } else {
                named.add(ContactUsage.name(c));
                if (!directory.canWrite(c)) {
                    notKept.add(ContactUsage.name(c));
                }
            }
        }
        String others = messages.get("org.cls.partner.contactsOfOtherTerritories");
        if (!cascade) {
            if (hidden) {
                named.add(others);
            }
            throw ApiException.conflict(ContactUsage.format(messages.get("org.cls.partner.partnerHasContacts"), partner.name,
                    String.join(", ", named)));
        }
        if (hidden || !notKept.isEmpty()) {
            if (hidden) {
                notKept.add(others);
            }
            throw ApiException.conflict(ContactUsage.format(messages.get("org.cls.partner.contactsNotKept"), partner.name,
                    String.join(", ", notKept)));
        }
        List<String> inUse = contacts.stream().map(contactUsage::describe).filter(d -> !d.isEmpty()).toList();
        if (!inUse.isEmpty()) {
            throw ApiException.conflict(String.join(" ", inUse));
        }
    }

    // --- contacts

    /** The partner's contacts the caller may read, by name. */
    public List<ContactDto> listContacts(UUID partnerId) {
        Partner partner = partner(partnerId);
        Map<String, Object> params = new HashMap<>();
        params.put("partner", partner);
        return Contact.<Contact>find("from Contact k where k.partner = :partner and " + directory.jpql("k", params),
                Sort.by("lastName").and("firstName").and("id"), params).list().stream().map(mapper::toDto).toList();
    }

    public ContactDto createContact(UUID partnerId, ContactInput input) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.partner = partner(partnerId);
        contact.departementCode = directory.departementFor(input.departementCode(), null);
        contact.createdAt = Instant.now();
        contact.createdBy = user.username();
        apply(contact, input);
        contact.persist();
        em.flush();
        return mapper.toDto(contact);
    }

    public ContactDto getContact(UUID id) {
        return mapper.toDto(directory.readable(id));
    }

    public ContactDto replaceContact(UUID id, String ifMatch, ContactInput input) {
        Contact contact = directory.writable(id);
        ETags.require(ifMatch, contact.version);
        contact.departementCode = directory.departementFor(input.departementCode(), contact.departementCode);
        apply(contact, input);
        em.flush();
        return mapper.toDto(contact);
    }

    /** Only an unused contact goes: a 409 names its uses, never a database cascade. */
    public void deleteContact(UUID id, String ifMatch) {
        Contact contact = directory.writable(id);
        ETags.require(ifMatch, contact.version);
        String uses = contactUsage.describe(contact);
        if (!uses.isEmpty()) {
            throw ApiException.conflict(uses);
        }
        contact.delete();
        em.flush();
    }

    private void apply(Contact contact, ContactInput input) {
        contact.firstName = input.firstName().trim();
        contact.lastName = input.lastName().trim();
        contact.function = blankToNull(input.function());
        String email = blankToNull(input.email());
        contact.email = email == null ? null : email.toLowerCase(Locale.ROOT);
        contact.phone = blankToNull(input.phone());
        contact.updatedAt = Instant.now();
        contact.updatedBy = user.username();
    }

    private List<Contact> contactsOf(Partner partner) {
        return Contact.<Contact>find("partner = ?1", Sort.by("lastName").and("firstName").and("id"), partner).list();
    }

    public Partner partner(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null) {
            throw ApiException.notFound("Partner " + id);
        }
        return partner;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
