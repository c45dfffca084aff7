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
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.common.Patching;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The shared directory of partner organisations and their contacts: every signed-in user reads it,
 * coordinators write it (the role is checked by the resource).
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
        if (!contacts.isEmpty() && !cascade) {
            throw ApiException.conflict("Partner '" + partner.name + "' has " + contacts.size() + " contact(s): "
                    + String.join(", ", contacts.stream().map(c -> c.firstName + " " + c.lastName).toList())
                    + ". Delete them first, or ask for the cascade with ?cascade=true.");
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

    // --- contacts

    public List<ContactDto> listContacts(UUID partnerId) {
        return contactsOf(partner(partnerId)).stream().map(mapper::toDto).toList();
    }

    public ContactDto createContact(UUID partnerId, ContactInput input) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.partner = partner(partnerId);
        contact.createdAt = Instant.now();
        contact.createdBy = user.username();
        apply(contact, input);
        contact.persist();
        em.flush();
        return mapper.toDto(contact);
    }

    public ContactDto getContact(UUID id) {
        return mapper.toDto(contact(id));
    }

    public ContactDto replaceContact(UUID id, String ifMatch, ContactInput input) {
        Contact contact = contact(id);
        ETags.require(ifMatch, contact.version);
        apply(contact, input);
        em.flush();
        return mapper.toDto(contact);
    }

    public void deleteContact(UUID id, String ifMatch) {
        Contact contact = contact(id);
        ETags.require(ifMatch, contact.version);
        String actions = usage.actionsPilotedBy(contact);
        if (!actions.isEmpty()) {
            throw ApiException.conflict(contact.firstName + " " + contact.lastName + " is the pilot of " + actions
                    + ". Name another pilot first.");
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

    public Contact contact(UUID id) {
        Contact contact = Contact.findById(id);
        if (contact == null) {
            throw ApiException.notFound("Contact " + id);
        }
        return contact;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
