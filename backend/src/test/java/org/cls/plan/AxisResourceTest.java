package org.cls.plan;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.ContractFactory.create;
import static org.cls.support.ContractFactory.grandQuercy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AxisResourceTest {

    @Inject
    Database database;

    String contract;

    @BeforeEach
    void plan() {
        database.clear();
        contract = create(COORDINATOR, grandQuercy());
    }

    static Map<String, Object> axis(String title, Integer position) {
        Map<String, Object> m = new HashMap<>(Map.of("title", title, "description", "…"));
        if (position != null) {
            m.put("position", position);
        }
        return m;
    }

    static String addAxis(String contract, String title, Integer position) {
        return as(COORDINATOR).body(axis(title, position)).post("/api/v1/contracts/" + contract + "/axes").then()
                .statusCode(201).extract().path("id");
    }

    static String addObjective(String axis, String title, Integer position) {
        return as(COORDINATOR).body(axis(title, position)).post("/api/v1/axes/" + axis + "/objectives").then()
                .statusCode(201).extract().path("id");
    }

    static String etag(Caller caller, String path) {
        return as(caller).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void coordinatorCreatesAxesNumberedInOrder() {
        as(COORDINATOR).body(axis("Prévention et promotion de la santé", null))
                .post("/api/v1/contracts/" + contract + "/axes").then().statusCode(201)
                .header("Location", containsString("/api/v1/axes/")).header("ETag", equalTo("\"0\""))
                .body("number", equalTo(1)).body("position", equalTo(1)).body("contractId", equalTo(contract))
                .body("createdBy", equalTo("coordinator"));
        addAxis(contract, "Accès aux soins", null);
        addAxis(contract, "Santé mentale", 1);
        as(COORDINATOR).get("/api/v1/contracts/" + contract + "/axes").then().statusCode(200)
                .body("title", contains("Santé mentale", "Prévention et promotion de la santé", "Accès aux soins"))
                .body("number", contains(1, 2, 3));
    }

    @Test
    void movingAnAxisRenumbersItsSiblings() {
        String a = addAxis(contract, "A", null);
        addAxis(contract, "B", null);
        addAxis(contract, "C", null);
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/axes/" + a))
                .contentType("application/merge-patch+json").body("{\"position\":3}")
                .patch("/api/v1/axes/" + a).then().statusCode(200).body("number", equalTo(3)).body("version", equalTo(1));
        as(COORDINATOR).get("/api/v1/contracts/" + contract + "/axes").then()
                .body("title", contains("B", "C", "A")).body("number", contains(1, 2, 3));
        // beyond the end means the last
        String c = as(COORDINATOR).get("/api/v1/contracts/" + contract + "/axes").then().extract().path("id[1]");
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/axes/" + c)).body(axis("C", 99))
                .put("/api/v1/axes/" + c).then().statusCode(200).body("position", equalTo(3));
        as(COORDINATOR).get("/api/v1/contracts/" + contract + "/axes").then().body("title", contains("B", "A", "C"));
    }

    @Test
    void deletingAnAxisRenumbersTheOthers() {
        String a = addAxis(contract, "A", null);
        addAxis(contract, "B", null);
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/axes/" + a)).delete("/api/v1/axes/" + a)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/contracts/" + contract + "/axes").then()
                .body("title", contains("B")).body("number", contains(1));
    }

    @Test
    void objectivesAreNumberedWithinTheirAxisAndMoveTogether() {
        addAxis(contract, "A", null);
        String b = addAxis(contract, "B", null);
        String first = addObjective(b, "Premier", null);
        as(COORDINATOR).body(axis("Zéro", 1)).post("/api/v1/axes/" + b + "/objectives").then().statusCode(201)
                .body("code", equalTo("2.1")).body("axisId", equalTo(b));
        as(COORDINATOR).get("/api/v1/objectives/" + first).then().body("code", equalTo("2.2")).body("number", equalTo(2));
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/axes/" + b))
                .contentType("application/merge-patch+json").body("{\"position\":1}")
                .patch("/api/v1/axes/" + b).then().statusCode(200);
        as(COORDINATOR).get("/api/v1/axes/" + b + "/objectives").then().body("code", contains("1.1", "1.2"))
                .body("title", contains("Zéro", "Premier"));
    }

    @Test
    void axisWithObjectivesIsNotDeletedWithoutCascade() {
        String a = addAxis(contract, "A", null);
        addObjective(a, "Repérer la souffrance psychique", null);
        String tag = etag(COORDINATOR, "/api/v1/axes/" + a);
        as(COORDINATOR).header("If-Match", tag).delete("/api/v1/axes/" + a).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1.1 Repérer la souffrance psychique"));
        as(COORDINATOR).header("If-Match", tag).queryParam("cascade", true).delete("/api/v1/axes/" + a)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/axes/" + a).then().statusCode(404);
    }

    @Test
    void axisValidationNamesTheFields() {
        as(COORDINATOR).body(Map.of("title", " ", "position", 0)).post("/api/v1/contracts/" + contract + "/axes")
                .then().statusCode(400).body("errors.field", contains("position", "title"));
        as(COORDINATOR).body(Map.of("title", "x", "number", 3)).post("/api/v1/contracts/" + contract + "/axes")
                .then().statusCode(400);
    }

    @Test
    void updatesNeedIfMatch() {
        String a = addAxis(contract, "A", null);
        as(COORDINATOR).body(axis("B", null)).put("/api/v1/axes/" + a).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"7\"").body(axis("B", null)).put("/api/v1/axes/" + a).then().statusCode(412);
        as(COORDINATOR).delete("/api/v1/axes/" + a).then().statusCode(428);
    }

    @Test
    void arsReadsThePlanButCannotChangeIt() {
        String a = addAxis(contract, "A", null);
        as(ARS).get("/api/v1/contracts/" + contract + "/axes").then().statusCode(200).body("title", contains("A"));
        as(ARS).get("/api/v1/axes/" + a).then().statusCode(200);
        as(ARS).header("If-Match", "\"0\"").body(axis("B", null)).put("/api/v1/axes/" + a).then().statusCode(403);
        as(ARS).body(axis("B", null)).post("/api/v1/contracts/" + contract + "/axes").then().statusCode(403);
    }

    @Test
    void outOfScopeCallersGet404() {
        String a = addAxis(contract, "A", null);
        String o = addObjective(a, "O", null);
        for (Caller c : new Caller[] { ARS2, COORDINATOR2 }) {
            as(c).get("/api/v1/contracts/" + contract + "/axes").then().statusCode(404);
            as(c).get("/api/v1/axes/" + a).then().statusCode(404);
            as(c).get("/api/v1/objectives/" + o).then().statusCode(404);
            as(c).get("/api/v1/axes/" + a + "/objectives").then().statusCode(404);
        }
        as(COORDINATOR2).header("If-Match", "\"0\"").delete("/api/v1/axes/" + a).then().statusCode(404);
        as(PILOT).get("/api/v1/axes/" + a).then().statusCode(404);
    }
}
