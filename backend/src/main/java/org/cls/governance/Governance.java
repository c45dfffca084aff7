package org.cls.governance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cls.action.Action;
import org.cls.common.ApiException;
import org.cls.common.FieldError;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.governance.MeetingDto.AgendaItemDto;
import org.cls.governance.MeetingDto.InviteeDto;
import org.cls.partner.Contact;
import org.cls.partner.ContactDirectory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Lookups with the contract's read and write rules, references checks and the mapping to DTOs, shared by the governance services. */
@ApplicationScoped
public class Governance {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Comparator<ContactRef> BY_NAME = Comparator.comparing(ContactRef::lastName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContactRef::firstName, String.CASE_INSENSITIVE_ORDER);

    @Inject
    Policy policy;

    @Inject
    Minutes minutes;

    @Inject
    ContactDirectory directory;

    // --- access

    Committee readableCommittee(UUID id) {
        return policy.readable(Committee.class, id);
    }

    Committee writableCommittee(UUID id) {
        return policy.writable(Committee.class, id);
    }

    Meeting readableMeeting(UUID id) {
        return policy.readable(Meeting.class, id);
    }

    Meeting writableMeeting(UUID id) {
        return policy.writable(Meeting.class, id);
    }

    Decision readableDecision(UUID id) {
        return policy.readable(Decision.class, id);
    }

    Decision writableDecision(UUID id) {
        return policy.writable(Decision.class, id);
    }

    Action readableAction(UUID id) {
        return policy.readable(Action.class, id);
    }

    // --- references sent by clients

    /** The contact, or a field error when it does not exist or the caller cannot read it (naming it would open its data). */
    Contact contact(UUID id, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Contact contact = Contact.findById(id);
        if (contact == null || !directory.canRead(contact)) {
            errors.add(new FieldError(field, "no such contact"));
        }
        return contact;
    }

    /** The action when it belongs to the contract, or a field error. */
    static Action action(UUID id, Contract contract, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Action action = Action.findById(id);
        if (action == null || !action.objective.axis.contract.id.equals(contract.id)) {
            errors.add(new FieldError(field, "no such action in this contract"));
            return null;
        }
        return action;
    }

    // --- mapping

    static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(PARIS).toOffsetDateTime();
    }

    CommitteeDto toDto(Committee c) {
        List<ContactRef> members = c.members.stream().map(ContactRef::of).sorted(BY_NAME).toList();
        long meetings = Meeting.count("committee", c);
        return new CommitteeDto(c.id, c.version, c.contract.id, c.kind, c.name, c.theme,
                members.stream().map(ContactRef::id).toList(), members, meetings,
                c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    MeetingDto toDto(Meeting m) {
        List<AgendaItemDto> agenda = m.agenda.stream()
                .map(i -> new AgendaItemDto(i.title, i.durationMinutes, i.presenter == null ? null : i.presenter.id,
                        ContactRef.of(i.presenter), i.action == null ? null : i.action.id, ActionRef.of(i.action)))
                .toList();
        List<InviteeDto> invitees = m.invitees.stream()
                .map(i -> new InviteeDto(i.contact.id, ContactRef.of(i.contact), i.attendance))
                .sorted(Comparator.comparing(InviteeDto::contact, BY_NAME)).toList();
        Committee c = m.committee;
        return new MeetingDto(m.id, m.version, c.id, c.name, c.kind, c.contract.id, paris(m.startsAt), paris(m.endsAt),
                m.place, m.videoLink, m.status, agenda, invitees, m.minutes, minutes.toHtml(m.minutes),
                m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
    }

    static DecisionDto toDto(Decision d) {
        Meeting m = d.meeting;
        return new DecisionDto(d.id, d.version, m.id, paris(m.startsAt), m.committee.id, m.committee.name,
                m.committee.contract.id, d.text, d.owner == null ? null : d.owner.id, ContactRef.of(d.owner), d.dueDate,
                d.action == null ? null : d.action.id, ActionRef.of(d.action), d.status,
                d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }

    static <E, D> PageDto<D> page(PanacheQuery<E> query, int page, int size, java.util.function.Function<E, D> mapper) {
        PageRequest.of(page, size, "id", "id", java.util.Map.of("id", "id"));
        List<D> items = query.page(page, size).list().stream().map(mapper).toList();
        return new PageDto<>(items, page, size, query.count());
    }
}
