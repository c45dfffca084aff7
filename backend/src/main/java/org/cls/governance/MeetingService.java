package org.cls.governance;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cls.action.Action;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.PageDto;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.partner.Contact;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Parameters;

/**
 * Meetings of a committee with their agenda, invitees (attendance) and minutes. Readers of the contract read them; its
 * coordinators write them. Replacing the invitees keeps the attendance of those still invited.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    @Inject
    Policy policy;

    @Inject
    Governance governance;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public PageDto<MeetingDto> list(UUID committeeId, int page, int size) {
        Committee committee = governance.readableCommittee(committeeId);
        return Governance.page(Meeting.<Meeting>find("committee = ?1 order by startsAt, id", committee), page, size,
                governance::toDto);
    }

    @Transactional(TxType.SUPPORTS)
    public PageDto<MeetingDto> listOfContract(UUID contractId, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        Contract contract = policy.readable(Contract.class, contractId);
        Parameters params = Parameters.with("c", contract);
        StringBuilder q = new StringBuilder("committee.contract = :c");
        if (from != null) {
            q.append(" and endsAt >= :from");
            params.and("from", from.toInstant());
        }
        if (to != null) {
            q.append(" and startsAt < :to");
            params.and("to", to.toInstant());
        }
        q.append(" order by startsAt, id");
        return Governance.page(Meeting.<Meeting>find(q.toString(), params), page, size, governance::toDto);
    }

    /** The meetings whose agenda or decisions concern the action, latest first. */
    @Transactional(TxType.SUPPORTS)
    public List<MeetingDto> ofAction(UUID actionId) {
        Action action = governance.readableAction(actionId);
        return Meeting.<Meeting>find("select m from Meeting m where exists (select 1 from AgendaItem i where i.meeting = m and i.action = ?1)"
                + " or exists (select 1 from Decision d where d.meeting = m and d.action = ?1) order by m.startsAt desc, m.id", action)
                .list().stream().map(governance::toDto).toList();
    }

    public MeetingDto create(UUID committeeId, MeetingInput input) {
        Committee committee = governance.writableCommittee(committeeId);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.committee = committee;
        Instant now = Instant.now();
        meeting.createdAt = now;
        meeting.createdBy = user.username();
        apply(meeting, input, now);
        meeting.persist();
        em.flush();
        return governance.toDto(meeting);
    }

    @Transactional(TxType.SUPPORTS)
    public MeetingDto get(UUID id) {
        return governance.toDto(governance.readableMeeting(id));
    }

    public MeetingDto replace(UUID id, String ifMatch, MeetingInput input) {
        Meeting meeting = governance.writableMeeting(id);
        ETags.require(ifMatch, meeting.version);
        apply(meeting, input, Instant.now());
        em.flush();
        return governance.toDto(meeting);
    }

    public MeetingDto patch(UUID id, String ifMatch, JsonNode patch) {
        Meeting meeting = governance.writableMeeting(id);
        ETags.require(ifMatch, meeting.version);
        apply(meeting, patching.apply(toInput(meeting), patch, MeetingInput.class), Instant.now());
        em.flush();
        return governance.toDto(meeting);
    }

    /** Sets the attendance of some invitees; the others keep theirs. */
    public MeetingDto attendance(UUID id, String ifMatch, List<AttendanceInput> input) {
        Meeting meeting = governance.writableMeeting(id);
        ETags.require(ifMatch, meeting.version);
        Map<UUID, Invitee> byContact = new HashMap<>();
        meeting.invitees.forEach(i -> byContact.put(i.contact.id, i));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            AttendanceInput a = input.get(i);
            if (a == null || a.contactId() == null || a.status() == null) {
                errors.add(new FieldError("[" + i + "]", "contactId and status are required"));
            } else if (!byContact.containsKey(a.contactId())) {
                errors.add(new FieldError("[" + i + "].contactId", "not invited to this meeting"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        input.forEach(a -> byContact.get(a.contactId()).attendance = a.status());
        touch(meeting, Instant.now());
        em.flush();
        return governance.toDto(meeting);
    }

    public void delete(UUID id, String ifMatch) {
        Meeting meeting = governance.writableMeeting(id);
        ETags.require(ifMatch, meeting.version);
        remove(meeting);
        em.flush();
    }

    /** Deletes a meeting with its decisions and documents (files included). */
    void remove(Meeting meeting) {
        Decision.<Decision>list("meeting", meeting).forEach(Decision::delete);
        documents.removeAll(Document.list("meeting", meeting));
        meeting.delete();
    }

    static MeetingInput toInput(Meeting m) {
        return new MeetingInput(Governance.paris(m.startsAt), Governance.paris(m.endsAt), m.place, m.videoLink,
                m.agenda.stream().map(i -> new AgendaItemInput(i.title, i.durationMinutes,
                        i.presenter == null ? null : i.presenter.id, i.action == null ? null : i.action.id)).toList(),
                m.invitees.stream().map(i -> i.contact.id).toList(), m.status, m.minutes);
    }

    private void apply(Meeting meeting, MeetingInput input, Instant now) {
        Contract contract = meeting.committee.contract;
        List<FieldError> errors = new ArrayList<>();
        if (!input.endsAt().isAfter(input.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
        String videoLink = blankToNull(input.videoLink());
        if (videoLink != null && !isWebLink(videoLink)) {
            errors.add(new FieldError("videoLink", "must be an http or https link"));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        List<AgendaItemInput> items = input.agenda() == null ? List.of() : input.agenda();
        for (int i = 0; i < items.size(); i++) {
            AgendaItemInput in = items.get(i);
            AgendaItem item = new AgendaItem();
            item.id = UUID.randomUUID();
            item.meeting = meeting;
            item.position = i;
            item.title = in.title().trim();
            item.durationMinutes = in.durationMinutes();
            item.presenter = governance.contact(in.presenterContactId(), "agenda[" + i + "].presenterContactId", errors);
            item.action = Governance.action(in.actionId(), contract, "agenda[" + i + "].actionId", errors);
            agenda.add(item);
        }
        List<Contact> invited = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<UUID> ids = input.inviteeContactIds() == null ? List.of() : input.inviteeContactIds();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                continue;
            }
            Contact contact = governance.contact(ids.get(i), "inviteeContactIds[" + i + "]", errors);
            if (contact != null) {
                invited.add(contact);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        meeting.startsAt = input.startsAt().toInstant();
        meeting.endsAt = input.endsAt().toInstant();
        meeting.place = blankToNull(input.place());
        meeting.videoLink = videoLink;
        meeting.status = input.status() == null ? MeetingStatus.PLANNED : input.status();
        meeting.minutes = blankToNull(input.minutes());
        if (!sameAgenda(meeting.agenda, agenda)) {
            meeting.agenda.clear();
            meeting.agenda.addAll(agenda);
        }
        Set<UUID> keep = new HashSet<>();
        invited.forEach(c -> keep.add(c.id));
        meeting.invitees.removeIf(i -> !keep.contains(i.contact.id));
        Set<UUID> present = new HashSet<>();
        meeting.invitees.forEach(i -> present.add(i.contact.id));
        for (Contact contact : invited) {
            if (!present.contains(contact.id)) {
                Invitee invitee = new Invitee();
                invitee.id = UUID.randomUUID();
                invitee.meeting = meeting;
                invitee.contact = contact;
                invitee.attendance = AttendanceStatus.INVITED;
                meeting.invitees.add(invitee);
            }
        }
        touch(meeting, now);
    }

    private static boolean sameAgenda(List<AgendaItem> current, List<AgendaItem> next) {
        if (current.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            AgendaItem a = current.get(i);
            AgendaItem b = next.get(i);
            if (!a.title.equals(b.title) || !java.util.Objects.equals(a.durationMinutes, b.durationMinutes)
                    || a.presenter != b.presenter || a.action != b.action) {
                return false;
            }
        }
        return true;
    }

    private void touch(Meeting meeting, Instant now) {
        meeting.updatedAt = now;
        meeting.updatedBy = user.username();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
