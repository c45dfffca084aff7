package org.cls.reporting;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createDecision;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.decision;
import static org.cls.support.GovernanceFactory.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.IndicatorFactory;
import org.cls.support.PlanFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DashboardResourceTest {

    @Inject
    Database database;

    @Inject
    SessionFactory sessionFactory;

    PlanFactory plan;

    @BeforeEach
    void plan() {
        database.clear();
        plan = PlanFactory.grandQuercy();
    }

    String dashboard() {
        return "/api/v1/contracts/" + plan.contract + "/dashboard";
    }

    Map<String, Object> lateAction(String title, String status, int progress) {
        Map<String, Object> a = plan.action(title);
        a.put("startDate", "2024-01-01");
        a.put("endDate", "2024-12-31");
        a.put("status", status);
        a.put("progress", progress);
        return a;
    }

    @Test
    void dashboardCountsStatusesProgressLatenessAndBudget() {
        String secondAxis = as(COORDINATOR).body(Map.of("title", "Accès aux soins"))
                .post("/api/v1/contracts/" + plan.contract + "/axes").then().statusCode(201).extract().path("id");
        plan.createAction("Sport santé sur ordonnance");
        String late = plan.createAction(COORDINATOR, lateAction("Forum santé 2024", "IN_PROGRESS", 50));
        plan.createAction(COORDINATOR, lateAction("Bilan 2024", "DONE", 100));
        Map<String, Object> paid = plan.action("Dépistage");
        paid.put("fundings", new ArrayList<>(List.of(
                Map.of("funderId", plan.ars, "year", 2025, "amount", 3000.00, "kind", "OPERATING", "status", "PAID"),
                Map.of("funderId", plan.ars, "year", 2026, "amount", 5000.00, "kind", "OPERATING", "status", "REQUESTED"),
                Map.of("funderId", plan.hospital, "year", 2025, "amount", 1000.00, "kind", "INVESTMENT", "status", "GRANTED"))));
        paid.put("status", "NOT_STARTED");
        paid.put("progress", 0);
        plan.createAction(COORDINATOR, paid);

        as(ARS).get(dashboard()).then().statusCode(200)
                .body("actionCount", equalTo(4)).body("progress", equalTo(45))
                .body("byStatus.IN_PROGRESS", equalTo(2)).body("byStatus.DONE", equalTo(1))
                .body("byStatus.NOT_STARTED", equalTo(1)).body("byStatus.ABANDONED", equalTo(0))
                .body("axes.number", contains(1, 2)).body("axes[0].actionCount", equalTo(4)).body("axes[0].late", equalTo(1))
                .body("axes[1].axisId", equalTo(secondAxis)).body("axes[1].actionCount", equalTo(0))
                .body("axes[1].progress", equalTo(0))
                .body("lateActions.id", contains(late)).body("lateActions[0].code", equalTo("1.1.2"))
                .body("lateActions[0].endDate", equalTo("2024-12-31"))
                .body("budget.year", contains(2025, 2025, 2026))
                .body("budget.find { it.year == 2025 && it.funderId == '" + plan.ars + "' }.planned", equalTo(39000.0f))
                .body("budget.find { it.year == 2025 && it.funderId == '" + plan.ars + "' }.granted", equalTo(39000.0f))
                .body("budget.find { it.year == 2025 && it.funderId == '" + plan.ars + "' }.paid", equalTo(3000.0f))
                .body("budget.find { it.year == 2025 && it.funderId == '" + plan.hospital + "' }.granted", equalTo(1000.0f))
                .body("budget.find { it.year == 2026 }.granted", equalTo(0))
                .body("budget.find { it.year == 2026 }.planned", equalTo(5000.0f))
                .body("budgetTotals.planned", equalTo(45000.0f)).body("budgetTotals.paid", equalTo(3000.0f))
                .body("sections.indicators.count", equalTo(0)).body("sections.indicators.byTrackStatus.NO_DATA", equalTo(0))
                .body("sections.meetings.upcoming", empty())
                .body("sections.decisions.open", equalTo(0)).body("sections.decisions.mostOverdue", nullValue());
    }

    /** An indicator past its target date: its status no longer depends on the day the test runs. */
    static Map<String, Object> pastIndicator(String name) {
        Map<String, Object> i = IndicatorFactory.participants();
        i.put("name", name);
        i.put("target", Map.of("value", 200, "date", "2025-12-31"));
        return i;
    }

    String indicatorWithValue(String action, String name, Object value) {
        String indicator = IndicatorFactory.createOnAction(action, pastIndicator(name));
        if (value != null) {
            IndicatorFactory.record(COORDINATOR, indicator, "2025-12-31", value);
        }
        return indicator;
    }

    @Test
    void dashboardSectionsCountIndicatorsByStatusAndListMeetingsAndOpenDecisions() {
        String action = plan.createAction("Sport santé sur ordonnance");
        indicatorWithValue(action, "Atteint", 200);
        indicatorWithValue(action, "Presque", 160);
        indicatorWithValue(action, "Loin", 50);
        indicatorWithValue(action, "Sans valeur", null);
        as(COORDINATOR).body(pastIndicator("Indicateur d'objectif")).post("/api/v1/objectives/" + plan.objective + "/indicators")
                .then().statusCode(201);

        String committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of(plan.otherContact)));
        String past = createMeeting(COORDINATOR, committee, meeting(plan.pilotContact, action, List.of(plan.pilotContact)));
        Map<String, Object> future = meeting(plan.pilotContact, action, List.of(plan.pilotContact));
        future.put("startsAt", "2030-01-15T14:00:00+01:00");
        future.put("endsAt", "2030-01-15T16:00:00+01:00");
        String next = createMeeting(COORDINATOR, committee, future);
        String overdue = createDecision(COORDINATOR, past, decision(plan.pilotContact, action));
        Map<String, Object> later = decision(plan.pilotContact, null);
        later.put("text", "Organiser un forum");
        later.put("dueDate", "2031-01-01");
        createDecision(COORDINATOR, past, later);

        as(ARS).get(dashboard()).then().statusCode(200)
                .body("sections.indicators.count", equalTo(5))
                .body("sections.indicators.byTrackStatus.ON_TRACK", equalTo(1))
                .body("sections.indicators.byTrackStatus.AT_RISK", equalTo(1))
                .body("sections.indicators.byTrackStatus.OFF_TRACK", equalTo(1))
                .body("sections.indicators.byTrackStatus.NO_DATA", equalTo(2))
                .body("sections.meetings.upcoming.id", contains(next))
                .body("sections.meetings.upcoming[0].committeeName", equalTo("COPIL annuel"))
                .body("sections.meetings.upcoming[0].committeeKind", equalTo("COPIL"))
                .body("sections.decisions.open", equalTo(2)).body("sections.decisions.overdue", equalTo(1))
                .body("sections.decisions.mostOverdue.id", equalTo(overdue))
                .body("sections.decisions.mostOverdue.dueDate", equalTo("2026-03-01"))
                .body("sections.decisions.mostOverdue.actionId", equalTo(action));
    }

    @Test
    void emptyPlanHasAnEmptyDashboard() {
        as(COORDINATOR).get(dashboard()).then().statusCode(200).body("actionCount", equalTo(0)).body("progress", equalTo(0))
                .body("axes[0].byStatus.DONE", equalTo(0)).body("budgetTotals.planned", equalTo(0));
    }

    @Test
    void dashboardIsReadOnlyInTheContractsScope() {
        as(ARS2).get(dashboard()).then().statusCode(404);
        as(COORDINATOR2).get(dashboard()).then().statusCode(404);
    }

    @Test
    void statementCountDoesNotGrowWithThePlan() {
        String first = plan.createAction("Une action");
        indicatorWithValue(first, "Indicateur 1", 100);
        String committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of(plan.otherContact)));
        String meeting = createMeeting(COORDINATOR, committee, meeting(plan.pilotContact, first, List.of(plan.pilotContact)));
        createDecision(COORDINATOR, meeting, decision(plan.pilotContact, first));
        long small = statementsFor();

        String objective2 = as(COORDINATOR).body(Map.of("title", "Réduire les délais"))
                .post("/api/v1/axes/" + plan.axis + "/objectives").then().statusCode(201).extract().path("id");
        as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + plan.contract + "/axes").then()
                .statusCode(201);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> a = lateAction("Action " + i, "IN_PROGRESS", 10 * i);
            if (i % 2 == 0) {
                a.put("objectiveId", objective2);
            }
            String action = plan.createAction(COORDINATOR, a);
            indicatorWithValue(action, "Indicateur " + i, 40 * i);
            indicatorWithValue(action, "Sans valeur " + i, null);
            Map<String, Object> future = meeting(plan.pilotContact, action, List.of(plan.pilotContact));
            future.put("startsAt", "203" + i + "-01-15T14:00:00+01:00");
            future.put("endsAt", "203" + i + "-01-15T16:00:00+01:00");
            createMeeting(COORDINATOR, committee, future);
            createDecision(COORDINATOR, meeting, decision(plan.pilotContact, action));
        }
        IndicatorFactory.record(COORDINATOR, IndicatorFactory.createOnAction(first, pastIndicator("Deux valeurs")), "2025-06-30", 10);
        long large = statementsFor();
        assertThat(large).isEqualTo(small);
        assertThat(small).isBetween(3L, 16L);
    }

    @Test
    void dashboardIsCachedUntilAnythingChanges() {
        String action = plan.createAction(COORDINATOR, lateAction("Forum santé 2024", "IN_PROGRESS", 50));
        long computed = statementsFor();
        assertThat(statementsFor()).as("a dashboard read again, nothing changed").isLessThanOrEqualTo(3L).isLessThan(computed);
        as(COORDINATOR).get(dashboard()).then().statusCode(200).body("progress", equalTo(50));

        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("progress", 80))
                .patch("/api/v1/actions/" + action).then().statusCode(200);
        as(ARS).get(dashboard()).then().statusCode(200).body("progress", equalTo(80));
        IndicatorFactory.record(COORDINATOR, IndicatorFactory.createOnAction(action, pastIndicator("Participants")), "2025-12-31",
                200);
        as(COORDINATOR).get(dashboard()).then().statusCode(200).body("sections.indicators.byTrackStatus.ON_TRACK", equalTo(1));
    }

    long statementsFor() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as(COORDINATOR).get(dashboard()).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
