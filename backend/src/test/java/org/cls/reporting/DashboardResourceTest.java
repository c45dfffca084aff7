package org.cls.reporting;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
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
                .body("sections", anEmptyMap());
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
        plan.createAction("Une action");
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
            plan.createAction(COORDINATOR, a);
        }
        long large = statementsFor();
        assertThat(large).isEqualTo(small);
        assertThat(small).isBetween(3L, 8L);
    }

    long statementsFor() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as(COORDINATOR).get(dashboard()).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
