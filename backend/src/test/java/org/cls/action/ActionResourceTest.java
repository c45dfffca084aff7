package org.cls.action;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ActionResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";

    @Inject
    Database database;

    @Inject
    javax.sql.DataSource dataSource;

    PlanFactory plan;

    @BeforeEach
    void plan() {
        database.clear();
        plan = PlanFactory.grandQuercy();
    }

    static String etag(Caller caller, String action) {
        return as(caller).get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
    }

    static RequestSpecification patchAs(Caller caller, String etag, String json) {
        return as(caller).header("If-Match", etag).contentType(MERGE).body(json);
    }

    @Test
    void partnerFilterFindsTheActionsAPartnerPilotsSupportsOrFunds() {
        plan.createAction("Sport santé sur ordonnance"); // piloted by the CPTS, hospital co-pilot, funded by the ARS
        Map<String, Object> alone = plan.action("Bus santé");
        alone.put("partners", new ArrayList<>());
        alone.put("fundings", new ArrayList<>());
        plan.createAction(COORDINATOR, alone);

        as(COORDINATOR).queryParam("partnerId", plan.cpts).queryParam("sort", "title").get("/api/v1/actions").then().statusCode(200)
                .body("items.title", contains("Bus santé", "Sport santé sur ordonnance"));
        as(COORDINATOR).queryParam("partnerId", plan.hospital).get("/api/v1/actions").then()
                .body("items.title", contains("Sport santé sur ordonnance")).body("totalItems", equalTo(1));
        as(COORDINATOR).queryParam("partnerId", plan.ars).get("/api/v1/actions").then()
                .body("items.title", contains("Sport santé sur ordonnance"));
        as(COORDINATOR2).queryParam("partnerId", plan.cpts).get("/api/v1/actions").then().body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void coordinatorCreatesTheIssueExample() {
        as(COORDINATOR).body(plan.action("Sport santé sur ordonnance")).post("/api/v1/actions").then().statusCode(201)
                .header("Location", containsString("/api/v1/actions/")).header("ETag", equalTo("\"0\""))
                .body("code", equalTo("1.1.1")).body("codeSet", equalTo(false))
                .body("contractId", equalTo(plan.contract)).body("axisId", equalTo(plan.axis))
                .body("objectiveId", equalTo(plan.objective))
                .body("title", equalTo("Sport santé sur ordonnance")).body("themes", contains("PHYSICAL_ACTIVITY"))
                .body("communeCodes", contains("46042")).body("status", equalTo("IN_PROGRESS")).body("progress", equalTo(30))
                .body("priority", equalTo("HIGH")).body("late", equalTo(false))
                .body("pilot.partnerId", equalTo(plan.cpts)).body("pilot.contactId", equalTo(plan.pilotContact))
                .body("pilot.contactName", equalTo("Paul Pilote"))
                .body("partners[0].role", equalTo("CO_PILOT")).body("partners[0].partnerName", containsString("Centre hospitalier"))
                .body("fundings[0].amount", equalTo(12000.00f)).body("fundings[0].year", equalTo(2025))
                .body("fundingTotals.total", equalTo(12000.00f))
                .body("steps[0].title", equalTo("Former les éducateurs")).body("steps[0].done", equalTo(false))
                .body("createdBy", equalTo("coordinator"));
    }

    @Test
    void codesFollowTheTreeUnlessSet() {
        String first = plan.createAction("A");
        String second = plan.createAction("B");
        Map<String, Object> custom = plan.action("C");
        custom.put("code", "2.3");
        as(COORDINATOR).body(custom).post("/api/v1/actions").then().statusCode(201).body("code", equalTo("2.3"))
                .body("codeSet", equalTo(true));
        as(COORDINATOR).get("/api/v1/actions/" + second).then().body("code", equalTo("1.1.2"));
        // a new first axis renumbers the codes
        as(COORDINATOR).body(Map.of("title", "Accès aux soins", "position", 1))
                .post("/api/v1/contracts/" + plan.contract + "/axes").then().statusCode(201);
        as(COORDINATOR).get("/api/v1/actions/" + first).then().body("code", equalTo("2.1.1"));
        as(COORDINATOR).queryParam("contractId", plan.contract).get("/api/v1/actions").then()
                .body("items.code", contains("2.1.1", "2.1.2", "2.3"));
    }

    @Test
    void validationNamesTheFields() {
        Map<String, Object> a = plan.action("");
        a.put("progress", 101);
        a.put("endDate", "2025-01-01");
        a.put("communeCodes", List.of("99999"));
        a.put("steps", List.of(Map.of("title", " ")));
        a.put("fundings", List.of(Map.of("funderId", plan.ars, "year", 2025, "amount", -1, "kind", "OPERATING", "status", "PAID")));
        as(COORDINATOR).body(a).post("/api/v1/actions").then().statusCode(400)
                .body("errors.field", contains("communeCodes[0]", "endDate", "fundings[0].amount", "progress", "steps[0].title", "title"));
        Map<String, Object> b = plan.action("B");
        b.put("themes", List.of("ASTROLOGY"));
        as(COORDINATOR).body(b).post("/api/v1/actions").then().statusCode(400).body("errors.field", hasItem("themes[0]"));
        Map<String, Object> c = plan.action("C");
        c.put("pilot", Map.of("partnerId", plan.hospital, "contactId", plan.pilotContact));
        c.put("fundings", List.of(Map.of("funderId", plan.objective, "year", 2025, "amount", 5, "kind", "OPERATING", "status", "PAID")));
        as(COORDINATOR).body(c).post("/api/v1/actions").then().statusCode(400)
                .body("errors.field", contains("pilot.contactId", "fundings[0].funderId"))
                .body("errors.message", contains("n'est pas un contact du partenaire pilote", "partenaire inconnu"));
        as(COORDINATOR).header("Accept-Language", "en-GB,en;q=0.8").body(c).post("/api/v1/actions").then().statusCode(400)
                .body("errors.message", contains("not a contact of the pilot partner", "unknown partner"));
        Map<String, Object> d = plan.action("D");
        d.put("objectiveId", plan.cpts);
        as(COORDINATOR).body(d).post("/api/v1/actions").then().statusCode(400).body("errors.field", contains("objectiveId"));
        Map<String, Object> e = plan.action("E");
        e.put("code", "9.9");
        e.put("id", "x");
        as(COORDINATOR).body(e).post("/api/v1/actions").then().statusCode(400);
    }

    @Test
    void fundingTotalsPerStatusAndPerFunder() {
        Map<String, Object> a = plan.action("Financée");
        a.put("fundings", List.of(
                Map.of("funderId", plan.ars, "year", 2025, "amount", 12000.00, "kind", "OPERATING", "status", "GRANTED"),
                Map.of("funderId", plan.ars, "year", 2026, "amount", 8000.50, "kind", "OPERATING", "status", "REQUESTED"),
                Map.of("funderId", plan.hospital, "year", 2025, "amount", 3000, "kind", "INVESTMENT", "status", "PAID")));
        as(COORDINATOR).body(a).post("/api/v1/actions").then().statusCode(201)
                .body("fundingTotals.total", equalTo(23000.50f))
                .body("fundingTotals.byStatus.REQUESTED", equalTo(8000.50f))
                .body("fundingTotals.byStatus.GRANTED", equalTo(12000.00f))
                .body("fundingTotals.byStatus.PAID", equalTo(3000.00f))
                .body("fundingTotals.byFunder.funderId", contains(plan.ars, plan.hospital))
                .body("fundingTotals.byFunder[0].total", equalTo(20000.50f))
                .body("fundingTotals.byFunder[0].byStatus.PAID", equalTo(0.0f))
                .body("fundingTotals.byFunder[1].total", equalTo(3000.00f));
    }

    @Test
    void listFiltersAndSorts() {
        Map<String, Object> late = plan.action("Dépistage organisé");
        late.put("endDate", "2025-06-30");
        late.put("themes", List.of("PREVENTION"));
        late.put("progress", 80);
        plan.createAction(COORDINATOR, late);
        Map<String, Object> done = plan.action("Bus santé");
        done.put("endDate", "2025-06-30");
        done.put("status", "DONE");
        done.put("progress", 100);
        plan.createAction(COORDINATOR, done);
        plan.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).queryParam("late", true).get("/api/v1/actions").then().statusCode(200)
                .body("items.title", contains("Dépistage organisé")).body("items[0].late", equalTo(true))
                .body("totalItems", equalTo(1));
        as(COORDINATOR).queryParam("theme", "prevention").get("/api/v1/actions").then().body("items.title", contains("Dépistage organisé"));
        as(COORDINATOR).queryParam("status", "DONE").get("/api/v1/actions").then().body("items.title", contains("Bus santé"));
        as(COORDINATOR).queryParam("q", "santé").queryParam("sort", "-progress").get("/api/v1/actions").then()
                .body("items.title", contains("Bus santé", "Sport santé sur ordonnance"));
        as(COORDINATOR).queryParam("q", "1.1.2").get("/api/v1/actions").then().body("items.title", contains("Bus santé"));
        as(COORDINATOR).queryParam("pilotPartnerId", plan.cpts).queryParam("axisId", plan.axis)
                .queryParam("objectiveId", plan.objective).queryParam("sort", "title").queryParam("size", 2)
                .get("/api/v1/actions").then().body("items.title", contains("Bus santé", "Dépistage organisé"))
                .body("totalItems", equalTo(3)).body("size", equalTo(2));
        as(COORDINATOR).queryParam("pilotPartnerId", plan.hospital).get("/api/v1/actions").then().body("items", empty());
        as(COORDINATOR).queryParam("sort", "budget").get("/api/v1/actions").then().statusCode(400)
                .body("errors.field", contains("sort"));
        as(COORDINATOR).queryParam("status", "LOST").get("/api/v1/actions").then().statusCode(400);
    }

    @Test
    void updatesNeedIfMatch() {
        String id = plan.createAction("A");
        as(COORDINATOR).body(plan.action("B")).put("/api/v1/actions/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"5\"").body(plan.action("B")).put("/api/v1/actions/" + id).then().statusCode(412);
        as(COORDINATOR).header("If-Match", "\"0\"").body(plan.action("B")).put("/api/v1/actions/" + id).then().statusCode(200)
                .body("title", equalTo("B")).body("version", equalTo(1)).header("ETag", equalTo("\"1\""));
        patchAs(COORDINATOR, "\"1\"", "{\"priority\":null,\"evaluationNotes\":\"Bilan positif\"}").patch("/api/v1/actions/" + id)
                .then().statusCode(200).body("priority", equalTo(null)).body("evaluationNotes", equalTo("Bilan positif"))
                .body("title", equalTo("B"));
        as(COORDINATOR).delete("/api/v1/actions/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"2\"").delete("/api/v1/actions/" + id).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/actions/" + id).then().statusCode(404);
    }

    @Test
    void pilotReadsTheContractsWhereTheyPilotAnAction() {
        as(PILOT).get("/api/v1/contracts").then().body("totalItems", equalTo(0));
        String id = plan.createAction("Sport santé sur ordonnance");
        as(PILOT).get("/api/v1/contracts").then().statusCode(200).body("items.id", contains(plan.contract))
                .body("totalItems", equalTo(1));
        as(PILOT).get("/api/v1/contracts/" + plan.contract).then().statusCode(200);
        as(PILOT).get("/api/v1/actions/" + id).then().statusCode(200);
        as(PILOT).get("/api/v1/actions").then().body("totalItems", equalTo(1));
        as(PILOT).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(200);
    }

    @Test
    void pilotUpdatesStatusProgressAndStepsOfTheirAction() {
        String id = plan.createAction("Sport santé sur ordonnance");
        patchAs(PILOT, "\"0\"", "{\"status\":\"DONE\",\"progress\":100,\"steps\":[{\"title\":\"Former les éducateurs\","
                + "\"dueDate\":\"2025-06-30\",\"done\":true}]}").patch("/api/v1/actions/" + id).then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("DONE")).body("progress", equalTo(100)).body("steps[0].done", equalTo(true))
                .body("updatedBy", equalTo("pilot")).body("title", equalTo("Sport santé sur ordonnance"));
    }

    @Test
    void pilotCannotChangeOtherFields() {
        String id = plan.createAction("Sport santé sur ordonnance");
        patchAs(PILOT, "\"0\"", "{\"progress\":50,\"title\":\"Autre\"}").patch("/api/v1/actions/" + id).then().statusCode(403)
                .body("detail", containsString("title"));
        patchAs(PILOT, "\"0\"", "{\"fundings\":[]}").patch("/api/v1/actions/" + id).then().statusCode(403);
        as(PILOT).header("If-Match", "\"0\"").body(plan.action("Autre")).put("/api/v1/actions/" + id).then().statusCode(403);
        as(COORDINATOR).get("/api/v1/actions/" + id).then().body("version", equalTo(0));
    }

    @Test
    void pilotCannotDeleteAction() {
        String id = plan.createAction("Sport santé sur ordonnance");
        as(PILOT).header("If-Match", "\"0\"").delete("/api/v1/actions/" + id).then().statusCode(403);
        as(PILOT).body(plan.action("Nouvelle")).post("/api/v1/actions").then().statusCode(403);
    }

    @Test
    void pilotCannotChangeAnActionTheyDoNotPilot() {
        plan.createAction("Sport santé sur ordonnance");
        Map<String, Object> other = plan.action("Bus santé");
        other.put("pilot", Map.of("partnerId", plan.cpts, "contactId", plan.otherContact));
        String id = plan.createAction(COORDINATOR, other);
        as(PILOT).get("/api/v1/actions/" + id).then().statusCode(200);
        patchAs(PILOT, "\"0\"", "{\"progress\":50}").patch("/api/v1/actions/" + id).then().statusCode(403);
        as(PILOT).body(Map.of("text", "x")).post("/api/v1/actions/" + id + "/notes").then().statusCode(403);
    }

    @Test
    void notesAreDatedAuthoredAndInOrder() {
        String id = plan.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).body(Map.of("text", "Lancement en COPIL")).post("/api/v1/actions/" + id + "/notes").then()
                .statusCode(201).body("author", equalTo("coordinator")).body("createdAt", notNullValue())
                .body("actionId", equalTo(id));
        as(PILOT).body(Map.of("text", "Première séance : 14 participants")).post("/api/v1/actions/" + id + "/notes").then()
                .statusCode(201).body("author", equalTo("pilot")).body("authorName", equalTo("pilot Demo"));
        as(ARS).body(Map.of("text", "Vu en dialogue de gestion")).post("/api/v1/actions/" + id + "/notes").then().statusCode(201);
        as(ARS).get("/api/v1/actions/" + id + "/notes").then().statusCode(200)
                .body("text", contains("Lancement en COPIL", "Première séance : 14 participants", "Vu en dialogue de gestion"))
                .body("author", contains("coordinator", "pilot", "ars"));
        as(COORDINATOR).body(Map.of("text", " ")).post("/api/v1/actions/" + id + "/notes").then().statusCode(400)
                .body("errors.field", contains("text"));
        as(COORDINATOR).body(Map.of("text", "x", "author", "someone")).post("/api/v1/actions/" + id + "/notes").then()
                .statusCode(400);
    }

    @Test
    void arsReadsActionsButCannotChangeThem() {
        String id = plan.createAction("Sport santé sur ordonnance");
        as(ARS).get("/api/v1/actions/" + id).then().statusCode(200);
        as(ARS).get("/api/v1/actions").then().body("totalItems", equalTo(1));
        patchAs(ARS, "\"0\"", "{\"progress\":50}").patch("/api/v1/actions/" + id).then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").delete("/api/v1/actions/" + id).then().statusCode(403);
        as(ARS).body(plan.action("X")).post("/api/v1/actions").then().statusCode(403);
    }

    @Test
    void outOfScopeCallersGet404AndListsCountOnlyReadableActions() {
        String id = plan.createAction("Sport santé sur ordonnance");
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        Map<String, Object> other = lorraine.action("Maison sport santé");
        other.put("pilot", Map.of("partnerId", lorraine.cpts, "contactId", lorraine.otherContact));
        lorraine.createAction(COORDINATOR2, other);
        for (Caller c : new Caller[] { ARS2, COORDINATOR2 }) {
            as(c).get("/api/v1/actions/" + id).then().statusCode(404);
            as(c).header("If-Match", "\"0\"").delete("/api/v1/actions/" + id).then().statusCode(404);
            as(c).body(Map.of("text", "x")).post("/api/v1/actions/" + id + "/notes").then().statusCode(404);
            as(c).get("/api/v1/actions").then().body("items.title", contains("Maison sport santé")).body("totalItems", equalTo(1));
        }
        as(COORDINATOR).get("/api/v1/actions").then().body("items.title", contains("Sport santé sur ordonnance"))
                .body("totalItems", equalTo(1));
        as(PILOT).get("/api/v1/actions").then().body("totalItems", equalTo(1));
        as(PILOT).get("/api/v1/contracts/" + lorraine.contract).then().statusCode(404);
        // a coordinator cannot put an action into someone else's objective
        Map<String, Object> intruder = plan.action("Intrus");
        intruder.put("objectiveId", lorraine.objective);
        as(COORDINATOR).body(intruder).post("/api/v1/actions").then().statusCode(400).body("errors.field", contains("objectiveId"));
    }

    @Test
    void objectiveWithActionsIsNotDeletedWithoutCascade() {
        String id = plan.createAction("Sport santé sur ordonnance");
        String tag = as(COORDINATOR).get("/api/v1/objectives/" + plan.objective).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", tag).delete("/api/v1/objectives/" + plan.objective).then().statusCode(409)
                .body("detail", containsString("1.1.1 Sport santé sur ordonnance"));
        String axisTag = as(COORDINATOR).get("/api/v1/axes/" + plan.axis).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", axisTag).delete("/api/v1/axes/" + plan.axis).then().statusCode(409)
                .body("detail", containsString("1.1.1 Sport santé sur ordonnance"));
        as(COORDINATOR).get("/api/v1/actions/" + id).then().statusCode(200);
        as(COORDINATOR).header("If-Match", tag).queryParam("cascade", true).delete("/api/v1/objectives/" + plan.objective)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/actions/" + id).then().statusCode(404);
    }

    @Test
    void axisCascadeDeletesItsObjectivesActionsAndNotes() {
        String id = plan.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).body(Map.of("text", "Lancement")).post("/api/v1/actions/" + id + "/notes").then().statusCode(201);
        String other = as(COORDINATOR).body(Map.of("title", "Accès aux soins")).post("/api/v1/contracts/" + plan.contract + "/axes")
                .then().statusCode(201).body("number", equalTo(2)).extract().path("id");
        String tag = as(COORDINATOR).get("/api/v1/axes/" + plan.axis).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", tag).queryParam("cascade", true).delete("/api/v1/axes/" + plan.axis).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/actions/" + id).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/objectives/" + plan.objective).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/axes/" + other).then().body("number", equalTo(1));
        as(COORDINATOR).get("/api/v1/actions").then().body("totalItems", equalTo(0));
    }

    @Test
    void partnerAndContactInUseAreNotDeleted() {
        plan.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/partners/" + plan.ars).then()
                .statusCode(409).body("detail", containsString("1.1.1 Sport santé sur ordonnance"));
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/contacts/" + plan.pilotContact).then()
                .statusCode(409).body("detail", containsString("Sport santé sur ordonnance"));
        // a coordinator of another territory does not see the Lot's contacts (issue 14)
        as(COORDINATOR2).header("If-Match", "\"0\"").delete("/api/v1/contacts/" + plan.pilotContact).then().statusCode(404);
    }

    @Test
    void concurrentActionCreatesGetDistinctSeqs() throws Exception {
        int creates = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(creates);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(creates);
        List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < creates; i++) {
                Map<String, Object> action = plan.action("Action concurrente " + i);
                answers.add(pool.submit(() -> {
                    RequestSpecification request = as(COORDINATOR).body(action);
                    start.await();
                    return request.post("/api/v1/actions");
                }));
            }
            List<String> codes = new ArrayList<>();
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
                codes.add(response.path("code"));
            }
            org.assertj.core.api.Assertions.assertThat(codes).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrder("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8");
        } finally {
            pool.shutdownNow();
        }
        as(COORDINATOR).queryParam("sort", "code").get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(creates)).body("items.code", contains("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6",
                        "1.1.7", "1.1.8"));

        // and the database refuses a second action at the same place of the same objective
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "insert into action (id, version, objective_id, seq, title, status, progress, created_at, created_by, updated_at, updated_by)"
                        + " values (?, 0, ?, 1, 'Doublon', 'NOT_STARTED', 0, current_timestamp, 'test', current_timestamp, 'test')")) {
            insert.setObject(1, java.util.UUID.randomUUID());
            insert.setObject(2, java.util.UUID.fromString(plan.objective));
            org.assertj.core.api.Assertions.assertThatThrownBy(insert::executeUpdate).isInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void actionCannotMoveToAnObjectiveOfAnotherContract() {
        String action = plan.createAction("Sport santé sur ordonnance");
        String note = "/api/v1/actions/" + action + "/notes";
        as(PILOT).body(Map.of("text", "Point d'étape")).post(note).then().statusCode(201);
        // the same coordinator runs a second contract: moving the action there would carry its notes and meetings with it
        String other = org.cls.support.ContractFactory.create(COORDINATOR,
                org.cls.support.ContractFactory.named(org.cls.support.ContractFactory.grandQuercy(), "CLSM du Grand Quercy"));
        String axis = as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + other + "/axes").then()
                .statusCode(201).extract().path("id");
        String objective = as(COORDINATOR).body(Map.of("title", "Déstigmatiser")).post("/api/v1/axes/" + axis + "/objectives").then()
                .statusCode(201).extract().path("id");
        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("objectiveId", objective))
                .patch("/api/v1/actions/" + action).then().statusCode(400).body("errors.field", contains("objectiveId"));
        as(COORDINATOR).get("/api/v1/actions/" + action).then().body("contractId", equalTo(plan.contract));
        as(COORDINATOR).get(note).then().statusCode(200).body("size()", equalTo(1));
    }
}
