package org.cls.governance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cls.contract.Contract;
import org.cls.security.Policy;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/** iCalendar (RFC 5545) files of meetings, for Outlook, Thunderbird and the like. Times are written in UTC. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CalendarService {

    static final String PRODID = "-//CLS platform//Governance//FR";

    @Inject
    Governance governance;

    @Inject
    Policy policy;

    public String meeting(UUID id) {
        Meeting meeting = governance.readableMeeting(id);
        return write(calendar(meeting.committee.name, List.of(meeting)));
    }

    public String contract(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        List<Meeting> meetings = Meeting.list("committee.contract = ?1 order by startsAt, id", contract);
        return write(calendar(contract.name, meetings));
    }

    private static Calendar calendar(String name, List<Meeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Meeting m : meetings) {
            calendar.add(event(m));
        }
        return calendar;
    }

    private static VEvent event(Meeting m) {
        VEvent event = new VEvent(m.startsAt, m.endsAt, m.committee.name);
        event.add(new Uid(m.id + "@cls"));
        event.add(new Sequence((int) Math.min(m.version, Integer.MAX_VALUE)));
        event.add(new LastModified(m.updatedAt));
        event.add(new Status(m.status == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (m.place != null) {
            event.add(new Location(m.place));
        } else if (m.videoLink != null) {
            event.add(new Location(m.videoLink));
        }
        if (m.videoLink != null) {
            event.add(new Url(URI.create(m.videoLink)));
        }
        StringBuilder description = new StringBuilder();
        if (!m.agenda.isEmpty()) {
            description.append("Ordre du jour :\n").append(m.agenda.stream()
                    .map(i -> "- " + i.title + (i.durationMinutes == null ? "" : " (" + i.durationMinutes + " min)"))
                    .collect(Collectors.joining("\n")));
        }
        if (m.videoLink != null) {
            description.append(description.isEmpty() ? "" : "\n\n").append("Visioconférence : ").append(m.videoLink);
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString()));
        }
        return event;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
