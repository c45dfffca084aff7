package org.cls.governance;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ANONYMOUS;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createDecision;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.decision;
import static org.cls.support.GovernanceFactory.meeting;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GovernanceResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";

    @Inject
    Database database;

    PlanFactory plan;
    String action;
    String committee;

    @BeforeEach
    void governance() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        action = plan.createAction("Sport sur ordonnance");
        committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of(plan.otherContact)));
    }

    static String etag(Caller caller, String path) {
        return as(caller).get(path).then().statusCode(200).extract().header("ETag");
    }

    String meetingExample() {
        return createMeeting(COORDINATOR, committee, meeting(plan.pilotContact, action, List.of(plan.pilotContact, plan.otherContact)));
    }

    @Test
    void coordinatorCreatesCommitteeWithMembers() {
        as(COORDINATOR).body(committee("COTECH", "COTECH", List.of(plan.pilotContact, plan.otherContact)))
                .post("/api/v1/contracts/" + plan.contract + "/committees").then().statusCode(201)
                .header("Location", containsString("/api/v1/committees/")).header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("COTECH")).body("contractId", equalTo(plan.contract))
                .body("memberContactIds", containsInAnyOrder(plan.pilotContact, plan.otherContact))
                .body("members.lastName", contains("Martin", "Pilote"));
        as(ARS).get("/api/v1/contracts/" + plan.contract + "/committees").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.name", contains("COPIL annuel", "COTECH"));
    }

    @Test
    void committeeRejectsUnknownKindAndContact() {
        Map<String, Object> bad = committee("COPIL", "X", List.of("00000000-0000-0000-0000-000000000000"));
        as(COORDINATOR).body(bad).post("/api/v1/contracts/" + plan.contract + "/committees").then().statusCode(400)
                .body("errors.field", hasItem("memberContactIds[0]"));
        bad = committee("COMITE", "X", List.of());
        as(COORDINATOR).body(bad).post("/api/v1/contracts/" + plan.contract + "/committees").then().statusCode(400);
    }

    @Test
    void meetingKeepsTheParisOffsetAsTheIssueShowsIt() {
        String meeting = meetingExample();
        as(PILOT).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("startsAt", equalTo("2025-12-11T14:00:00+01:00")).body("endsAt", equalTo("2025-12-11T16:30:00+01:00"))
                .body("place", equalTo("Cahors")).body("status", equalTo("PLANNED"))
                .body("agenda[0].title", equalTo("Bilan annuel")).body("agenda[0].durationMinutes", equalTo(45))
                .body("agenda[0].action.title", equalTo("Sport sur ordonnance"))
                .body("agenda[0].presenter.lastName", equalTo("Pilote"))
                .body("invitees.contactId", contains(plan.otherContact, plan.pilotContact))
                .body("invitees.status", contains("INVITED", "INVITED"));
        Map<String, Object> summer = meeting(null, null, List.of());
        summer.put("startsAt", "2026-06-11T12:00:00Z");
        summer.put("endsAt", "2026-06-11T14:00:00Z");
        String june = createMeeting(COORDINATOR, committee, summer);
        as(COORDINATOR).get("/api/v1/meetings/" + june).then().body("startsAt", equalTo("2026-06-11T14:00:00+02:00"));
    }

    @Test
    void meetingMustEndAfterItStartsAndLinkActionsOfItsContract() {
        Map<String, Object> m = meeting(null, null, List.of());
        m.put("endsAt", "2025-12-11T13:00:00+01:00");
        as(COORDINATOR).body(m).post("/api/v1/committees/" + committee + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("endsAt"));
        PlanFactory other = PlanFactory.terresDeLorraine();
        String foreign = other.createAction(COORDINATOR2, other.action("Ailleurs"));
        as(COORDINATOR).body(meeting(null, foreign, List.of())).post("/api/v1/committees/" + committee + "/meetings").then()
                .statusCode(400).body("errors.field", hasItem("agenda[0].actionId"));
        Map<String, Object> link = meeting(null, null, List.of());
        link.put("videoLink", "javascript:alert(1)");
        as(COORDINATOR).body(link).post("/api/v1/committees/" + committee + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("videoLink"));
    }

    @Test
    void attendanceIsTickedAndKeptWhenInviteesChange() {
        String meeting = meetingExample();
        String path = "/api/v1/meetings/" + meeting;
        as(COORDINATOR).body(List.of(Map.of("contactId", plan.pilotContact, "status", "PRESENT"))).put(path + "/attendance")
                .then().statusCode(428);
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path))
                .body(List.of(Map.of("contactId", plan.pilotContact, "status", "PRESENT"),
                        Map.of("contactId", plan.otherContact, "status", "EXCUSED")))
                .put(path + "/attendance").then().statusCode(200).body("invitees.status", contains("EXCUSED", "PRESENT"));
        // Dropping one invitee keeps the other's attendance
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path)).contentType(MERGE)
                .body(Map.of("inviteeContactIds", List.of(plan.pilotContact))).patch(path).then().statusCode(200)
                .body("invitees.contactId", contains(plan.pilotContact)).body("invitees.status", contains("PRESENT"));
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path))
                .body(List.of(Map.of("contactId", plan.otherContact, "status", "PRESENT")))
                .put(path + "/attendance").then().statusCode(400).body("errors.field", hasItem("[0].contactId"));
    }

    @Test
    void minutesAreRenderedWithoutScripts() {
        String meeting = meetingExample();
        String path = "/api/v1/meetings/" + meeting;
        String markdown = "# Compte rendu\n\n**Présents** : 12\n\n<script>alert('x')</script>\n\n[lien](javascript:alert(1))\n\n- MSP\n- CPTS";
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path)).contentType(MERGE)
                .body(Map.of("minutes", markdown, "status", "HELD")).patch(path).then().statusCode(200)
                .body("status", equalTo("HELD")).body("minutes", equalTo(markdown))
                .body("minutesHtml", containsString("<h1>Compte rendu</h1>"))
                .body("minutesHtml", containsString("<strong>Présents</strong>"))
                .body("minutesHtml", containsString("<li>MSP</li>"))
                .body("minutesHtml", not(containsString("<script")))
                .body("minutesHtml", not(containsString("javascript:")));
        as(COORDINATOR).body(Map.of("markdown", "_ok_ <img src=x onerror=alert(1)>")).post("/api/v1/markdown/preview").then()
                .statusCode(200).body("html", containsString("<em>ok</em>")).body("html", not(containsString("<img")));
        as(PILOT).body(Map.of("markdown", "x")).post("/api/v1/markdown/preview").then().statusCode(403);
    }

    @Test
    void decisionsAreFollowedUpPerContract() {
        String meeting = meetingExample();
        String decision = createDecision(COORDINATOR, meeting, decision(plan.pilotContact, action));
        createDecision(COORDINATOR, meeting, Map.of("text", "Organiser un forum"));
        as(ARS).get("/api/v1/decisions/" + decision).then().statusCode(200)
                .body("text", equalTo("Relancer les MSP")).body("status", equalTo("OPEN")).body("dueDate", equalTo("2026-03-01"))
                .body("owner.lastName", equalTo("Pilote")).body("action.title", equalTo("Sport sur ordonnance"))
                .body("meetingStartsAt", equalTo("2025-12-11T14:00:00+01:00")).body("committeeName", equalTo("COPIL annuel"));
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/decisions/" + decision)).contentType(MERGE)
                .body(Map.of("status", "DONE")).patch("/api/v1/decisions/" + decision).then().statusCode(200)
                .body("status", equalTo("DONE"));
        as(PILOT).get("/api/v1/contracts/" + plan.contract + "/decisions?status=OPEN").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.text", contains("Organiser un forum"));
        as(PILOT).get("/api/v1/contracts/" + plan.contract + "/decisions").then().body("items.text",
                contains("Relancer les MSP", "Organiser un forum"));
        as(PILOT).get("/api/v1/contracts/" + plan.contract + "/decisions?status=LATE").then().statusCode(400);
        as(PILOT).get("/api/v1/actions/" + action + "/decisions").then().statusCode(200).body("text", contains("Relancer les MSP"));
        as(PILOT).get("/api/v1/actions/" + action + "/meetings").then().statusCode(200).body("id", contains(meeting));
    }

    @Test
    void pilotAndArsReadButOnlyCoordinatorsWrite() {
        String meeting = meetingExample();
        String path = "/api/v1/meetings/" + meeting;
        as(PILOT).get(path).then().statusCode(200);
        as(ARS).get("/api/v1/committees/" + committee + "/meetings").then().statusCode(200).body("items", hasSize(1));
        as(PILOT).body(decision(null, null)).post(path + "/decisions").then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").contentType(MERGE).body(Map.of("place", "Figeac")).patch(path).then().statusCode(403);
        // A coordinator of another contract may write nothing here and does not see it
        as(COORDINATOR2).header("If-Match", "\"0\"").contentType(MERGE).body(Map.of("place", "Figeac")).patch(path).then()
                .statusCode(404);
        as(COORDINATOR2).get(path).then().statusCode(404);
        as(ARS2).get("/api/v1/contracts/" + plan.contract + "/committees").then().statusCode(404);
        as(ARS2).get("/api/v1/committees/" + committee).then().statusCode(404);
        as(ANONYMOUS).get(path).then().statusCode(401);
    }

    @Test
    void committeeWithMeetingsIsDeletedOnlyWithCascade() {
        String meeting = meetingExample();
        createDecision(COORDINATOR, meeting, decision(null, null));
        String path = "/api/v1/committees/" + committee;
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path)).delete(path).then().statusCode(409)
                .body("detail", containsString("1 meeting"));
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, path)).delete(path + "?cascade=true").then().statusCode(204);
        as(COORDINATOR).get("/api/v1/meetings/" + meeting).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/decisions").then().body("totalItems", equalTo(0));
    }

    @Test
    void staleVersionIsRefused() {
        String meeting = meetingExample();
        String path = "/api/v1/meetings/" + meeting;
        String etag = etag(COORDINATOR, path);
        as(COORDINATOR).header("If-Match", etag).contentType(MERGE).body(Map.of("place", "Figeac")).patch(path).then()
                .statusCode(200).body("place", equalTo("Figeac")).body("videoLink", nullValue());
        as(COORDINATOR).header("If-Match", etag).contentType(MERGE).body(Map.of("place", "Gourdon")).patch(path).then()
                .statusCode(412);
    }

    @Test
    void upcomingMeetingsOfAContract() {
        meetingExample();
        Map<String, Object> later = meeting(null, null, List.of());
        later.put("startsAt", "2030-01-10T10:00:00+01:00");
        later.put("endsAt", "2030-01-10T12:00:00+01:00");
        String next = createMeeting(COORDINATOR, committee, later);
        as(ARS).queryParam("from", "2026-01-01T00:00:00+01:00").get("/api/v1/contracts/" + plan.contract + "/meetings").then()
                .statusCode(200).body("items.id", contains(next)).body("items[0].committeeName", equalTo("COPIL annuel"));
        as(ARS).get("/api/v1/contracts/" + plan.contract + "/meetings").then().body("totalItems", equalTo(2));
        as(ARS).queryParam("from", "demain").get("/api/v1/contracts/" + plan.contract + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }
}
