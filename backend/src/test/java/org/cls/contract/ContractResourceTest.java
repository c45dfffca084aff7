package org.cls.contract;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.ContractFactory.GRAND_QUERCY;
import static org.cls.support.ContractFactory.create;
import static org.cls.support.ContractFactory.grandQuercy;
import static org.cls.support.ContractFactory.named;
import static org.cls.support.ContractFactory.territoryOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ContractResourceTest {

    @Inject
    Database database;

    @BeforeEach
    void clean() {
        database.clear();
    }

    @Test
    void coordinatorCreatesContractAndBecomesItsCoordinator() {
        as(COORDINATOR).body(grandQuercy()).post("/api/v1/contracts").then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("name", equalTo(GRAND_QUERCY))
                .body("generation", equalTo(2))
                .body("signedOn", equalTo("2025-01-15"))
                .body("territory.departementCodes", contains("46"))
                .body("territory.population", equalTo(93928))
                .body("coordinators", contains("coordinator@example.org"))
                .body("createdBy", equalTo("coordinator"))
                .body("createdAt", notNullValue());
    }

    @Test
    void createdContractIsReadableAtItsLocation() {
        String location = as(COORDINATOR).body(grandQuercy()).post("/api/v1/contracts").then().statusCode(201)
                .extract().header("Location");
        as(COORDINATOR).get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(GRAND_QUERCY))
                .body("territory.regionCode", equalTo("76"));
    }

    @Test
    void coCoordinatorsNamedOnCreateCanChangeTheContract() {
        Map<String, Object> c = grandQuercy();
        c.put("coordinators", List.of("Coordinator2@Example.org"));
        String id = create(COORDINATOR, c);
        as(COORDINATOR2).get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("coordinators", containsInAnyOrder("coordinator@example.org", "coordinator2@example.org"));
        as(COORDINATOR2).header("If-Match", "\"0\"").body(named(grandQuercy(), "Renamed"))
                .put("/api/v1/contracts/" + id).then().statusCode(200).body("name", equalTo("Renamed"));
    }

    @Test
    void missingNameIsRejectedNamingTheField() {
        Map<String, Object> c = grandQuercy();
        c.remove("name");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", endsWith("/validation"))
                .body("title", notNullValue())
                .body("errors.field", hasItem("name"));
    }

    @Test
    void endDateBeforeStartDateIsRejectedOnEndDate() {
        Map<String, Object> c = grandQuercy();
        c.put("endDate", "2024-12-31");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .body("errors.field", contains("endDate"))
                .body("errors[0].message", equalTo("doit être postérieure à la date de début"));
    }

    @Test
    void errorMessagesFollowAcceptLanguage() {
        Map<String, Object> c = grandQuercy();
        c.put("endDate", "2024-12-31");
        as(COORDINATOR).header("Accept-Language", "en").body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be after the start date"));
    }

    @Test
    void unknownInseeCodesAreRejected() {
        Map<String, Object> c = grandQuercy();
        territoryOf(c).put("regionCode", "99");
        territoryOf(c).put("departementCodes", List.of("46", "XX"));
        territoryOf(c).put("communeCodes", List.of("4604"));
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("territory.regionCode", "territory.departementCodes[1]",
                        "territory.communeCodes[0]"));
    }

    @Test
    void departementOutsideTheRegionIsRejected() {
        Map<String, Object> c = grandQuercy();
        territoryOf(c).put("departementCodes", List.of("54"));
        territoryOf(c).put("communeCodes", List.of("46042"));
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("territory.departementCodes", "territory.communeCodes"));
    }

    @Test
    void unknownPropertyIsRejected() {
        Map<String, Object> c = grandQuercy();
        c.put("budget", 1000);
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("budget"));
    }

    @Test
    void clientCannotSetIdVersionOrAuditFields() {
        Map<String, Object> c = grandQuercy();
        c.put("id", "5f0c7f7e-4a3c-4a7b-9a55-1f2f3f4f5f6f");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then().statusCode(400).body("errors.field", contains("id"));
        c.remove("id");
        c.put("createdBy", "someone");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then().statusCode(400).body("errors.field", contains("createdBy"));
    }

    @Test
    void unknownEnumValueIsRejectedOnItsField() {
        Map<String, Object> c = grandQuercy();
        c.put("status", "ARCHIVED");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then()
                .statusCode(400)
                .body("errors.field", contains("status"));
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        as(COORDINATOR).body("{\"name\": ").post("/api/v1/contracts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString("jackson")))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void updateWithoutIfMatchIsRefusedWith428() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).body(named(grandQuercy(), "Other")).put("/api/v1/contracts/" + id).then()
                .statusCode(428).contentType("application/problem+json");
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().body("name", equalTo(GRAND_QUERCY));
    }

    @Test
    void updateWithStaleVersionIsRefusedWith412() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).header("If-Match", "\"0\"").body(named(grandQuercy(), "First"))
                .put("/api/v1/contracts/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));
        as(COORDINATOR).header("If-Match", "\"0\"").body(named(grandQuercy(), "Second"))
                .put("/api/v1/contracts/" + id).then().statusCode(412).contentType("application/problem+json");
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void ifMatchStarDoesNotSkipTheVersionCheck() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).header("If-Match", "\"0\"").body(named(grandQuercy(), "First")).put("/api/v1/contracts/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\""));
        // "*" names no version: every change must carry the version it read
        as(COORDINATOR).header("If-Match", "*").body(named(grandQuercy(), "Blind")).put("/api/v1/contracts/" + id).then()
                .statusCode(428).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("version"));
        as(COORDINATOR).header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": \"Blind\"}")
                .patch("/api/v1/contracts/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "*").delete("/api/v1/contracts/" + id).then().statusCode(428);
        // a tag that is not exactly the current version's does not match, even when it names that version
        for (String tag : List.of("\"0\"", "W/\"0\"", "1", "W/1", "W/*", "\"*\"", "\"1\", \"0\"", "\"0\", \"1\"", "*, \"1\"",
                "\"\"1\"\"", "\"1", "\" 1 \"", "\"01\"", "\"1\"x")) {
            as(COORDINATOR).header("If-Match", tag).body(named(grandQuercy(), "Blind")).put("/api/v1/contracts/" + id).then()
                    .statusCode(412);
        }
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().statusCode(200).body("name", equalTo("First")).body("version", equalTo(1));
        // the version read, as the API sent it or as a compressing proxy weakened it
        as(COORDINATOR).header("If-Match", " \"1\" ").body(named(grandQuercy(), "Second")).put("/api/v1/contracts/" + id).then()
                .statusCode(200).body("version", equalTo(2));
        as(COORDINATOR).header("If-Match", "W/\"2\"").body(named(grandQuercy(), "Third")).put("/api/v1/contracts/" + id).then()
                .statusCode(200).body("version", equalTo(3));
    }

    @Test
    void concurrentUpdatesOfTheSameVersionNeverBothWin() throws Exception {
        String id = create(COORDINATOR, grandQuercy());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = "Concurrent " + i;
                answers.add(pool.submit(() -> as(COORDINATOR).header("If-Match", "\"0\"")
                        .body(named(grandQuercy(), name)).put("/api/v1/contracts/" + id).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(200, 412)
                    .filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().body("version", equalTo(1));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "ENDED", "territory", Map.of("population", 95000)))
                .patch("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("territory.population", equalTo(95000))
                .body("territory.name", equalTo("PETR Grand Quercy"))
                .body("name", equalTo(GRAND_QUERCY))
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchNullRemovesAValue() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"signedOn\": null}")
                .patch("/api/v1/contracts/" + id).then().statusCode(200).body("signedOn", nullValue());
    }

    @Test
    void mergePatchResultIsValidated() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\": null, \"endDate\": \"2020-01-01\"}")
                .patch("/api/v1/contracts/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "endDate"));
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().body("version", equalTo(0));
    }

    @Test
    void mergePatchWithoutIfMatchIsRefused() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).contentType("application/merge-patch+json").body("{\"name\": \"X\"}")
                .patch("/api/v1/contracts/" + id).then().statusCode(428);
    }

    @Test
    void deleteRequiresCurrentVersion() {
        String id = create(COORDINATOR, grandQuercy());
        as(COORDINATOR).delete("/api/v1/contracts/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"7\"").delete("/api/v1/contracts/" + id).then().statusCode(412);
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + id).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/contracts/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listIsPagedSortedAndFiltered() {
        for (String name : List.of("CLS Cahors", "CLS Figeac", "CLSM Grand Quercy")) {
            create(COORDINATOR, named(grandQuercy(), name));
        }
        as(COORDINATOR).queryParam("size", 2).queryParam("sort", "-name").get("/api/v1/contracts").then()
                .statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(3))
                .body("items.name", contains("CLSM Grand Quercy", "CLS Figeac"));
        as(COORDINATOR).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name").get("/api/v1/contracts")
                .then().body("items.name", contains("CLS Cahors"));
        as(COORDINATOR).queryParam("q", "figeac").get("/api/v1/contracts").then()
                .body("totalItems", equalTo(1)).body("items.name", contains("CLS Figeac"));
        as(COORDINATOR).queryParam("status", "ENDED").get("/api/v1/contracts").then().body("totalItems", equalTo(0));
        as(COORDINATOR).queryParam("departementCode", "46").get("/api/v1/contracts").then().body("items", hasSize(3));
    }

    @Test
    void badListParametersAreNamed() {
        as(COORDINATOR).queryParam("size", 500).get("/api/v1/contracts").then().statusCode(400)
                .body("errors.field", contains("size"));
        as(COORDINATOR).queryParam("sort", "secret").get("/api/v1/contracts").then().statusCode(400)
                .body("errors.field", contains("sort"));
        as(COORDINATOR).queryParam("status", "NOPE").get("/api/v1/contracts").then().statusCode(400)
                .body("errors.field", contains("status"));
    }

    @Test
    void arsReadsContractButHasNoWriteAccess() {
        String id = create(COORDINATOR, grandQuercy());
        as(ARS).get("/api/v1/contracts/" + id).then().statusCode(200).body("name", equalTo(GRAND_QUERCY));
        as(ARS).header("If-Match", "\"0\"").body(named(grandQuercy(), "Hijack")).put("/api/v1/contracts/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        as(ARS).body(grandQuercy()).post("/api/v1/contracts").then().statusCode(403);
    }

    @Test
    void unknownApiPathIsAProblem404() {
        as(COORDINATOR).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void apiResponsesAreNotCached() {
        as(COORDINATOR).get("/api/v1/contracts").then().header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        as(COORDINATOR).contentType(ContentType.TEXT).body("hello").post("/api/v1/contracts").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
