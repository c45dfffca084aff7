package org.cls.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanResourceTest {

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

    @Test
    void planIsTheWholeTreeInOrder() {
        plan.createAction("Sport santé sur ordonnance");
        Map<String, Object> second = plan.action("Bus santé");
        second.put("progress", 70);
        second.put("pilot", null);
        plan.createAction(COORDINATOR, second);
        String axis2 = as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + plan.contract + "/axes")
                .then().statusCode(201).extract().path("id");
        as(COORDINATOR).body(Map.of("title", "Former aux premiers secours en santé mentale"))
                .post("/api/v1/axes/" + axis2 + "/objectives").then().statusCode(201);
        as(ARS).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(200)
                .body("contractId", equalTo(plan.contract)).body("actionCount", equalTo(2)).body("progress", equalTo(50))
                .body("axes.number", contains(1, 2))
                .body("axes.title", contains("Prévention et promotion de la santé", "Santé mentale"))
                .body("axes[0].actionCount", equalTo(2)).body("axes[0].progress", equalTo(50))
                .body("axes[0].objectives[0].code", equalTo("1.1"))
                .body("axes[0].objectives[0].actions.code", contains("1.1.1", "1.1.2"))
                .body("axes[0].objectives[0].actions.title", contains("Sport santé sur ordonnance", "Bus santé"))
                .body("axes[0].objectives[0].actions[0].status", equalTo("IN_PROGRESS"))
                .body("axes[0].objectives[0].actions[0].progress", equalTo(30))
                .body("axes[0].objectives[0].actions[0].pilotPartnerName", equalTo("CPTS du Grand Cahors " + plan.contract))
                .body("axes[0].objectives[0].actions[1].pilotPartnerName", equalTo(null))
                .body("axes[1].objectives[0].code", equalTo("2.1")).body("axes[1].actionCount", equalTo(0));
    }

    @Test
    void planIsReadInAConstantNumberOfQueries() {
        plan.createAction("A");
        long few = queriesForPlan();
        for (int i = 0; i < 4; i++) {
            plan.createAction("B" + i);
        }
        String axis2 = as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + plan.contract + "/axes")
                .then().statusCode(201).extract().path("id");
        String objective2 = as(COORDINATOR).body(Map.of("title", "O")).post("/api/v1/axes/" + axis2 + "/objectives")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> other = plan.action("C");
        other.put("objectiveId", objective2);
        plan.createAction(COORDINATOR, other);
        assertThat(queriesForPlan()).isEqualTo(few);
    }

    private long queriesForPlan() {
        var statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void planOutOfScopeGets404() {
        as(ARS2).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(404);
        as(COORDINATOR2).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(404);
    }

    @Test
    void contractWithAPlanIsNotDeletedWithoutCascade() {
        String action = plan.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + plan.contract).then().statusCode(409)
                .body("detail", containsString("1 Prévention et promotion de la santé"));
        as(COORDINATOR).get("/api/v1/actions/" + action).then().statusCode(200);
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/contracts/" + plan.contract)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/actions/" + action).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/axes/" + plan.axis).then().statusCode(404);
    }

    @Test
    void movingAnActionToAnotherObjectiveGivesItTheNextNumberThere() {
        String action = plan.createAction("Sport santé sur ordonnance");
        String second = as(COORDINATOR).body(Map.of("title", "Prévenir les addictions")).post("/api/v1/axes/" + plan.axis + "/objectives")
                .then().statusCode(201).extract().path("id");
        plan.createAction(COORDINATOR, withObjective(plan.action("Ateliers"), second));
        as(COORDINATOR).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"objectiveId\":\"" + second + "\"}").patch("/api/v1/actions/" + action).then().statusCode(200)
                .body("objectiveId", equalTo(second)).body("code", equalTo("1.2.2"));
        // reordering the objectives renumbers the codes
        as(COORDINATOR).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"position\":1}")
                .patch("/api/v1/objectives/" + second).then().statusCode(200).body("code", equalTo("1.1"));
        as(COORDINATOR).get("/api/v1/actions/" + action).then().body("code", equalTo("1.1.2"));
        as(COORDINATOR).get("/api/v1/axes/" + plan.axis + "/objectives").then().body("code", contains("1.1", "1.2"))
                .body("title", contains("Prévenir les addictions", "Promouvoir l'activité physique"));
    }

    private static Map<String, Object> withObjective(Map<String, Object> action, String objective) {
        action.put("objectiveId", objective);
        return action;
    }
}
