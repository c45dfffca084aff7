package org.cls.amendment;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.ContractFactory.create;
import static org.cls.support.ContractFactory.grandQuercy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AmendmentResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";
    static final String CONTRACT_END = "2029-12-31";
    static final String EXTENDED_END = "2030-06-30";
    static final String EXTENDED_AGAIN = "2030-12-31";

    @Inject
    Database database;

    String contract;

    @BeforeEach
    void contract() {
        database.clear();
        contract = create(COORDINATOR, grandQuercy());
    }

    static Map<String, Object> amendment(String signedOn, String summary, String newEndDate) {
        Map<String, Object> m = new HashMap<>(Map.of("signedOn", signedOn, "summary", summary));
        if (newEndDate != null) {
            m.put("newEndDate", newEndDate);
        }
        return m;
    }

    String add(String signedOn, String summary, String newEndDate) {
        return as(COORDINATOR).body(amendment(signedOn, summary, newEndDate))
                .post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(201).extract().path("id");
    }

    static String etag(Caller caller, String path) {
        return as(caller).get(path).then().statusCode(200).extract().header("ETag");
    }

    String contractEnd() {
        return as(COORDINATOR).get("/api/v1/contracts/" + contract).then().statusCode(200).extract().path("endDate");
    }

    @Test
    void coordinatorRecordsAmendmentsNumberedInSigningOrder() {
        as(COORDINATOR).body(amendment("2025-06-20", "Ajout d'un axe santé mentale", null))
                .post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(201)
                .header("Location", containsString("/api/v1/amendments/")).header("ETag", equalTo("\"0\""))
                .body("number", equalTo(1)).body("contractId", equalTo(contract)).body("newEndDate", nullValue())
                .body("createdBy", equalTo("coordinator"));
        add("2026-02-10", "Prolongation", EXTENDED_END);
        as(ARS).get("/api/v1/contracts/" + contract + "/amendments").then().statusCode(200)
                .body("number", contains(1, 2)).body("summary", contains("Ajout d'un axe santé mentale", "Prolongation"));
    }

    @Test
    void newEndDateIsAppliedToTheContractAndRaisesItsVersion() {
        String before = etag(COORDINATOR, "/api/v1/contracts/" + contract);
        add("2026-02-10", "Prolongation", EXTENDED_END);
        as(COORDINATOR).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .body("endDate", equalTo(EXTENDED_END)).header("ETag", org.hamcrest.Matchers.not(equalTo(before)));
        // The contract's old ETag is stale now
        as(COORDINATOR).header("If-Match", before).contentType(MERGE).body("{\"name\":\"X\"}")
                .patch("/api/v1/contracts/" + contract).then().statusCode(412);
    }

    @Test
    void deletingTheLatestAmendmentRestoresTheEndDateItReplaced() {
        add("2025-06-20", "Prolongation", EXTENDED_END);
        String second = add("2026-02-10", "Nouvelle prolongation", EXTENDED_AGAIN);
        org.junit.jupiter.api.Assertions.assertEquals(EXTENDED_AGAIN, contractEnd());
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/amendments/" + second))
                .delete("/api/v1/amendments/" + second).then().statusCode(204);
        org.junit.jupiter.api.Assertions.assertEquals(EXTENDED_END, contractEnd());
    }

    @Test
    void onlyTheLatestAmendmentMayBeDeleted() {
        String first = add("2025-06-20", "Prolongation", EXTENDED_END);
        add("2026-02-10", "Avenant financier", null);
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/amendments/" + first).then().statusCode(409)
                .body("detail", containsString("amendment(s) 2"));
        org.junit.jupiter.api.Assertions.assertEquals(EXTENDED_END, contractEnd());
    }

    @Test
    void removingTheNewEndDateOfTheLatestRestoresThePreviousOne() {
        String id = add("2025-06-20", "Prolongation", EXTENDED_END);
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"newEndDate\":null}")
                .patch("/api/v1/amendments/" + id).then().statusCode(200).body("newEndDate", nullValue());
        org.junit.jupiter.api.Assertions.assertEquals(CONTRACT_END, contractEnd());
        as(COORDINATOR).header("If-Match", "\"1\"").body(amendment("2025-06-21", "Prolongation", EXTENDED_AGAIN))
                .put("/api/v1/amendments/" + id).then().statusCode(200).body("signedOn", equalTo("2025-06-21"));
        org.junit.jupiter.api.Assertions.assertEquals(EXTENDED_AGAIN, contractEnd());
    }

    @Test
    void anEarlierAmendmentCannotChangeTheEndDateButItsSummaryCan() {
        String first = add("2025-06-20", "Prolongation", EXTENDED_END);
        add("2026-02-10", "Avenant financier", null);
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"newEndDate\":\"" + EXTENDED_AGAIN + "\"}")
                .patch("/api/v1/amendments/" + first).then().statusCode(409);
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"summary\":\"Prolongation de six mois\"}")
                .patch("/api/v1/amendments/" + first).then().statusCode(200).body("summary", equalTo("Prolongation de six mois"));
        org.junit.jupiter.api.Assertions.assertEquals(EXTENDED_END, contractEnd());
    }

    @Test
    void invalidAmendmentsAreRefusedNamingTheField() {
        as(COORDINATOR).body(Map.of()).post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(400)
                .body("errors.field", hasItem("signedOn")).body("errors.field", hasItem("summary"));
        String tomorrow = LocalDate.now().plusDays(2).toString();
        as(COORDINATOR).body(amendment(tomorrow, "Futur", null)).post("/api/v1/contracts/" + contract + "/amendments")
                .then().statusCode(400).body("errors.field", contains("signedOn"));
        as(COORDINATOR).body(amendment("2024-12-01", "Avant le début", null)).post("/api/v1/contracts/" + contract + "/amendments")
                .then().statusCode(400).body("errors.field", contains("signedOn"));
        as(COORDINATOR).body(amendment("2025-06-20", "Fin avant le début", "2024-12-31"))
                .post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(400).body("errors.field", contains("newEndDate"));
        add("2026-02-10", "Avenant", null);
        as(COORDINATOR).header("Accept-Language", "fr").body(amendment("2025-06-20", "Antidaté", null))
                .post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn")).body("errors[0].message", containsString("avenant précédent"));
    }

    @Test
    void changesNeedTheCurrentVersion() {
        String id = add("2025-06-20", "Avenant", null);
        as(COORDINATOR).body(amendment("2025-06-20", "B", null)).put("/api/v1/amendments/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"3\"").body(amendment("2025-06-20", "B", null)).put("/api/v1/amendments/" + id)
                .then().statusCode(412);
        as(COORDINATOR).delete("/api/v1/amendments/" + id).then().statusCode(428);
    }

    @Test
    void readersReadButOnlyCoordinatorsWrite() {
        String id = add("2025-06-20", "Avenant", null);
        as(ARS).get("/api/v1/amendments/" + id).then().statusCode(200).body("summary", equalTo("Avenant"));
        as(ARS).body(amendment("2025-06-21", "B", null)).post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").body(amendment("2025-06-21", "B", null)).put("/api/v1/amendments/" + id).then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").delete("/api/v1/amendments/" + id).then().statusCode(403);
        for (Caller c : new Caller[] { ARS2, COORDINATOR2 }) {
            as(c).get("/api/v1/amendments/" + id).then().statusCode(404);
            as(c).get("/api/v1/contracts/" + contract + "/amendments").then().statusCode(404);
        }
        as(COORDINATOR2).body(amendment("2025-06-21", "B", null)).post("/api/v1/contracts/" + contract + "/amendments").then().statusCode(404);
        as(COORDINATOR2).header("If-Match", "\"0\"").delete("/api/v1/amendments/" + id).then().statusCode(404);
    }

    @Test
    void deletingTheContractDeletesItsAmendments() {
        String id = add("2025-06-20", "Avenant", null);
        as(COORDINATOR).header("If-Match", etag(COORDINATOR, "/api/v1/contracts/" + contract))
                .delete("/api/v1/contracts/" + contract).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/amendments/" + id).then().statusCode(404);
    }
}
