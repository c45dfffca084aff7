package org.cls.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.meeting;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

@QuarkusTest
class CalendarResourceTest {

    @Inject
    Database database;

    PlanFactory plan;
    String committee;

    @BeforeEach
    void meetings() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of()));
    }

    static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    @Test
    void meetingIcsOpensInACalendarParser() throws Exception {
        String action = plan.createAction("Sport sur ordonnance");
        Map<String, Object> m = meeting(plan.pilotContact, action, List.of(plan.pilotContact));
        m.put("videoLink", "https://visio.example.org/copil");
        String meeting = createMeeting(COORDINATOR, committee, m);
        String ics = as(PILOT).accept("text/calendar").get("/api/v1/meetings/" + meeting + ".ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("COPIL annuel");
        assertThat(event.getLocation().getValue()).isEqualTo("Cahors");
        assertThat(event.getUid().get().getValue()).isEqualTo(meeting + "@cls");
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2025-12-11T13:00:00Z"));
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2025-12-11T15:30:00Z"));
        assertThat(event.getDescription().getValue()).contains("Bilan annuel (45 min)").contains("https://visio.example.org/copil");
        assertThat(calendar.getProperty(Property.PRODID).get().getValue()).isEqualTo(CalendarService.PRODID);
    }

    @Test
    void contractFeedHoldsEveryMeetingAndMarksCancelledOnes() throws Exception {
        createMeeting(COORDINATOR, committee, meeting(null, null, List.of()));
        Map<String, Object> cancelled = meeting(null, null, List.of());
        cancelled.put("startsAt", "2026-03-12T09:30:00+01:00");
        cancelled.put("endsAt", "2026-03-12T12:00:00+01:00");
        cancelled.put("status", "CANCELLED");
        String second = createMeeting(COORDINATOR, committee, cancelled);
        String cotech = createCommittee(COORDINATOR, plan.contract, committee("COTECH", "COTECH", List.of()));
        createMeeting(COORDINATOR, cotech, meeting(null, null, List.of()));
        String ics = as(ARS).accept("text/calendar").get("/api/v1/contracts/" + plan.contract + "/calendar.ics").then()
                .statusCode(200).extract().asString();
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent cancelledEvent = events.stream().filter(e -> e.getUid().get().getValue().equals(second + "@cls")).findFirst().orElseThrow();
        assertThat(cancelledEvent.getStatus().getValue()).isEqualTo("CANCELLED");
        as(ARS2).accept("text/calendar").get("/api/v1/contracts/" + plan.contract + "/calendar.ics").then().statusCode(404);
    }
}
