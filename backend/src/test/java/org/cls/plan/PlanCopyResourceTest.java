package org.cls.plan;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.action.Action;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanCopyResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";
    static final String FIRST_ACTION = "Sport santé sur ordonnance";
    static final String SECOND_ACTION = "Ateliers nutrition";

    @Inject
    Database database;

    PlanFactory previous;
    String next;

    @BeforeEach
    void twoGenerations() {
        database.clear();
        previous = PlanFactory.grandQuercy();
        String action = previous.createAction(FIRST_ACTION);
        previous.createAction(SECOND_ACTION);
        as(COORDINATOR).body(Map.of("text", "Première réunion faite")).post("/api/v1/actions/" + action + "/notes")
                .then().statusCode(201);
        Map<String, Object> c = ContractFactory.named(ContractFactory.grandQuercy(), "CLS 3 du Grand Quercy");
        c.put("predecessorId", previous.contract);
        next = ContractFactory.create(COORDINATOR, c);
    }

    String copyPath() {
        return "/api/v1/contracts/" + next + "/plan/copy-from/" + previous.contract;
    }

    @Test
    void copiesAxesObjectivesAndActionsWithTheirFollowUpReset() {
        as(COORDINATOR).post(copyPath()).then().statusCode(201)
                .header("Location", endsWith("/api/v1/contracts/" + next + "/plan"))
                .body("contractId", equalTo(next))
                .body("axes.title", contains("Prévention et promotion de la santé"))
                .body("axes[0].objectives.title", contains("Promouvoir l'activité physique"))
                .body("axes[0].objectives[0].actions.title", contains(FIRST_ACTION, SECOND_ACTION))
                .body("axes[0].objectives[0].actions.code", contains("1.1.1", "1.1.2"))
                .body("axes[0].objectives[0].actions.status", contains("NOT_STARTED", "NOT_STARTED"))
                .body("axes[0].objectives[0].actions.progress", contains(0, 0));
        String copy = as(COORDINATOR).get("/api/v1/actions?contractId=" + next + "&sort=code").then().statusCode(200)
                .body("items", hasSize(2)).extract().path("items[0].id");
        as(COORDINATOR).get("/api/v1/actions/" + copy).then().statusCode(200)
                .body("rationale", equalTo("Sédentarité élevée chez les patients atteints de maladies chroniques."))
                .body("themes", contains("PHYSICAL_ACTIVITY")).body("communeCodes", contains("46042"))
                .body("priority", equalTo("HIGH"))
                .body("pilot.partnerId", equalTo(previous.cpts)).body("pilot.contactId", equalTo(previous.pilotContact))
                .body("partners.partnerId", contains(previous.hospital)).body("partners.role", contains("CO_PILOT"))
                .body("steps.title", contains("Former les éducateurs")).body("steps[0].done", equalTo(false))
                .body("steps[0].dueDate", nullValue())
                .body("startDate", nullValue()).body("endDate", nullValue())
                .body("fundings", empty()).body("createdBy", equalTo("coordinator"));
        as(COORDINATOR).get("/api/v1/actions/" + copy + "/notes").then().statusCode(200).body("$", empty());
    }

    @Test
    void theCopyIsIndependentOfTheOriginal() {
        as(COORDINATOR).post(copyPath()).then().statusCode(201);
        String copiedAction = as(COORDINATOR).get("/api/v1/actions?contractId=" + next + "&sort=code").then()
                .extract().path("items[0].id");
        String copiedAxis = as(COORDINATOR).get("/api/v1/contracts/" + next + "/axes").then().extract().path("[0].id");
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"title\":\"Sport sur ordonnance\",\"status\":\"IN_PROGRESS\",\"progress\":50}")
                .patch("/api/v1/actions/" + copiedAction).then().statusCode(200);
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"title\":\"Prévention\"}")
                .patch("/api/v1/axes/" + copiedAxis).then().statusCode(200);
        as(COORDINATOR).get("/api/v1/contracts/" + previous.contract + "/plan").then().statusCode(200)
                .body("axes.title", contains("Prévention et promotion de la santé"))
                .body("axes[0].objectives[0].actions.title", contains(FIRST_ACTION, SECOND_ACTION))
                .body("axes[0].objectives[0].actions.progress", contains(30, 30))
                .body("axes[0].objectives[0].actions.status", contains("IN_PROGRESS", "IN_PROGRESS"));
        as(COORDINATOR).header("If-Match", "\"1\"").delete("/api/v1/axes/" + copiedAxis + "?cascade=true").then().statusCode(204);
        as(COORDINATOR).get("/api/v1/contracts/" + previous.contract + "/plan").then().statusCode(200)
                .body("axes", hasSize(1)).body("axes[0].objectives[0].actions", hasSize(2));
    }

    @Test
    void aContractThatHasAPlanIsNotOverwritten() {
        as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + next + "/axes").then().statusCode(201);
        as(COORDINATOR).post(copyPath()).then().statusCode(409);
        as(COORDINATOR).get("/api/v1/contracts/" + next + "/axes").then().body("title", contains("Santé mentale"));
    }

    @Test
    void aContractWithoutPlanHasNothingToCopy() {
        String empty = ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.grandQuercy(), "Vide"));
        as(COORDINATOR).post("/api/v1/contracts/" + next + "/plan/copy-from/" + empty).then().statusCode(409);
        as(COORDINATOR).post("/api/v1/contracts/" + next + "/plan/copy-from/" + next).then().statusCode(400);
    }

    @Test
    void theCallerCoordinatesTheTargetAndReadsTheSource() {
        as(ARS).post(copyPath()).then().statusCode(403);
        as(COORDINATOR2).post(copyPath()).then().statusCode(404);
        String lorraine = ContractFactory.create(COORDINATOR2, ContractFactory.terresDeLorraine());
        as(COORDINATOR).post("/api/v1/contracts/" + next + "/plan/copy-from/" + lorraine).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/contracts/" + next + "/axes").then().body("$", empty());
    }

    @Test
    void aFailureMidCopyLeavesNothing() {
        QuarkusMock.installMockForType(new FailingOnSecondAction(), PlanCopier.class);
        as(COORDINATOR).post(copyPath()).then().statusCode(500);
        as(COORDINATOR).get("/api/v1/contracts/" + next + "/plan").then().statusCode(200).body("axes", empty());
        as(COORDINATOR).get("/api/v1/actions?contractId=" + next).then().statusCode(200).body("totalItems", equalTo(0));
    }

    /** Copies the first action, then fails: what was written before must be rolled back. */
    static class FailingOnSecondAction extends PlanCopier {
        int actions;

        @Override
        public Action copyAction(Action source, Objective target, String by, Instant now) {
            if (++actions == 2) {
                throw new IllegalStateException("simulated failure mid-copy");
            }
            return super.copyAction(source, target, by, now);
        }
    }
}
