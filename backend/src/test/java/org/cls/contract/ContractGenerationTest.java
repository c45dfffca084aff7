package org.cls.contract;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.ContractFactory.create;
import static org.cls.support.ContractFactory.grandQuercy;
import static org.cls.support.ContractFactory.terresDeLorraine;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContractGenerationTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";
    static final String CLS_1 = "CLS 1 du Grand Quercy";
    static final String CLS_2 = "CLS 2 du Grand Quercy";

    @Inject
    Database database;

    String first;

    @BeforeEach
    void firstGeneration() {
        database.clear();
        Map<String, Object> c = grandQuercy();
        c.put("name", CLS_1);
        c.put("generation", 1);
        c.put("startDate", "2019-07-03");
        c.put("signedOn", "2019-07-03");
        c.put("endDate", "2024-12-31");
        first = create(COORDINATOR, c);
    }

    String secondGeneration(String predecessorId) {
        Map<String, Object> c = grandQuercy();
        c.put("name", CLS_2);
        c.put("predecessorId", predecessorId);
        return create(COORDINATOR, c);
    }

    static String etag(String contract) {
        return as(COORDINATOR).get("/api/v1/contracts/" + contract).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aContractNamesItsPredecessorAndThePredecessorListsItsSuccessor() {
        String second = secondGeneration(first);
        as(COORDINATOR).get("/api/v1/contracts/" + second).then().statusCode(200)
                .body("predecessor.id", equalTo(first)).body("predecessor.name", equalTo(CLS_1))
                .body("predecessor.generation", equalTo(1)).body("successors", empty());
        as(ARS).get("/api/v1/contracts/" + first).then().statusCode(200)
                .body("predecessor", nullValue()).body("successors.id", contains(second)).body("successors.name", contains(CLS_2));
        as(COORDINATOR).get("/api/v1/contracts?sort=name").then().statusCode(200)
                .body("items.name", contains(CLS_1, CLS_2)).body("items[0].successors.id", contains(second))
                .body("items[1].predecessor.id", equalTo(first));
    }

    @Test
    void predecessorIsKeptByAMergePatchAndRemovedWithNull() {
        String second = secondGeneration(first);
        as(COORDINATOR).header("If-Match", etag(second)).contentType(MERGE).body("{\"name\":\"CLS 2\"}")
                .patch("/api/v1/contracts/" + second).then().statusCode(200).body("predecessor.id", equalTo(first));
        as(COORDINATOR).header("If-Match", etag(second)).contentType(MERGE).body("{\"predecessorId\":null}")
                .patch("/api/v1/contracts/" + second).then().statusCode(200).body("predecessor", nullValue());
        as(COORDINATOR).get("/api/v1/contracts/" + first).then().body("successors", empty());
    }

    @Test
    void predecessorMustBeAReadableContract() {
        String other = create(COORDINATOR2, terresDeLorraine());
        for (String id : List.of(other, UUID.randomUUID().toString())) {
            Map<String, Object> c = grandQuercy();
            c.put("predecessorId", id);
            as(COORDINATOR).body(c).post("/api/v1/contracts").then().statusCode(400)
                    .body("errors.field", contains("predecessorId"));
        }
    }

    @Test
    void aContractCannotFollowItselfNorItsSuccessors() {
        String second = secondGeneration(first);
        as(COORDINATOR).header("If-Match", etag(first)).contentType(MERGE).body("{\"predecessorId\":\"" + first + "\"}")
                .patch("/api/v1/contracts/" + first).then().statusCode(400).body("errors.field", contains("predecessorId"));
        as(COORDINATOR).header("If-Match", etag(first)).contentType(MERGE).body("{\"predecessorId\":\"" + second + "\"}")
                .patch("/api/v1/contracts/" + first).then().statusCode(400).body("errors.field", contains("predecessorId"));
    }

    @Test
    void successorsTheCallerCannotReadAreNotShown() {
        as(COORDINATOR).header("If-Match", etag(first)).contentType(MERGE)
                .body("{\"coordinators\":[\"coordinator@example.org\",\"coordinator2@example.org\"]}")
                .patch("/api/v1/contracts/" + first).then().statusCode(200);
        secondGeneration(first);
        as(COORDINATOR2).get("/api/v1/contracts/" + first).then().statusCode(200).body("successors", empty());
        as(COORDINATOR).get("/api/v1/contracts/" + first).then().statusCode(200).body("successors.name", contains(CLS_2));
    }

    @Test
    void deletingThePredecessorUnlinksItsSuccessor() {
        String second = secondGeneration(first);
        as(COORDINATOR).header("If-Match", etag(first)).delete("/api/v1/contracts/" + first).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/contracts/" + second).then().statusCode(200).body("predecessor", nullValue());
    }
}
