package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ANONYMOUS;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.ARS_REGION;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.ContractFactory.GRAND_QUERCY;
import static org.cls.support.ContractFactory.TERRES_DE_LORRAINE;
import static org.cls.support.ContractFactory.create;
import static org.cls.support.ContractFactory.grandQuercy;
import static org.cls.support.ContractFactory.named;
import static org.cls.support.ContractFactory.terresDeLorraine;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Who may see and change which contract. */
@QuarkusTest
class ContractAccessTest {

    @Inject
    Database database;

    String quercy;
    String lorraine;

    @BeforeEach
    void twoTerritories() {
        database.clear();
        quercy = create(COORDINATOR, grandQuercy());
        lorraine = create(COORDINATOR2, terresDeLorraine());
    }

    @Test
    void anonymousGets401() {
        given().get("/api/v1/contracts").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/contracts/" + quercy).then().statusCode(401);
        given().get("/api/v1/me").then().statusCode(401);
        as(ANONYMOUS).body(grandQuercy()).post("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    void coordinatorListsOnlyTheContractsTheyCoordinate() {
        as(COORDINATOR).get("/api/v1/contracts").then().statusCode(200)
                .body("items.name", contains(GRAND_QUERCY)).body("totalItems", equalTo(1));
        as(COORDINATOR2).get("/api/v1/contracts").then()
                .body("items.name", contains(TERRES_DE_LORRAINE)).body("totalItems", equalTo(1));
    }

    @Test
    void coordinatorOfAnotherContractGets404() {
        as(COORDINATOR2).get("/api/v1/contracts/" + quercy).then().statusCode(404);
        as(COORDINATOR2).header("If-Match", "\"0\"").body(named(grandQuercy(), "x"))
                .put("/api/v1/contracts/" + quercy).then().statusCode(404);
        as(COORDINATOR2).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + quercy).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/contracts/" + quercy).then().body("name", equalTo(GRAND_QUERCY));
    }

    @Test
    void arsSeesOnlyContractsOfItsDepartement() {
        as(ARS).get("/api/v1/contracts").then().body("items.name", contains(GRAND_QUERCY)).body("totalItems", equalTo(1));
        as(ARS2).get("/api/v1/contracts").then().body("items.name", contains(TERRES_DE_LORRAINE));
        as(ARS2).get("/api/v1/contracts/" + quercy).then().statusCode(404);
        as(ARS).get("/api/v1/contracts/" + lorraine).then().statusCode(404);
    }

    @Test
    void regionalArsSeesEveryContractOfItsRegion() {
        var gers = grandQuercy();
        gers.put("name", "CLS du Pays Portes de Gascogne");
        ((java.util.Map<String, Object>) gers.get("territory")).put("departementCodes", java.util.List.of("32"));
        ((java.util.Map<String, Object>) gers.get("territory")).put("communeCodes", java.util.List.of());
        create(COORDINATOR, gers);
        as(ARS_REGION).get("/api/v1/contracts").then().body("totalItems", equalTo(2));
        as(ARS).get("/api/v1/contracts").then().body("totalItems", equalTo(1));
    }

    @Test
    void arsCannotChangeOrDeleteAContractInScope() {
        as(ARS).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + quercy).then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"name\":\"x\"}")
                .patch("/api/v1/contracts/" + quercy).then().statusCode(403);
        as(COORDINATOR).get("/api/v1/contracts/" + quercy).then().body("version", equalTo(0));
    }

    @Test
    void pilotWithoutActionsSeesNoContractAndCannotCreate() {
        as(PILOT).get("/api/v1/contracts").then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        as(PILOT).get("/api/v1/contracts/" + quercy).then().statusCode(404);
        as(PILOT).body(grandQuercy()).post("/api/v1/contracts").then().statusCode(403);
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        given().auth().oauth2(COORDINATOR.token("another-service", Caller.ISSUER, now() + 300))
                .get("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        given().auth().oauth2(COORDINATOR.token(Caller.AUDIENCE, "https://evil.example.com", now() + 300))
                .get("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRejected() {
        given().auth().oauth2(COORDINATOR.token(Caller.AUDIENCE, Caller.ISSUER, now() - 600))
                .get("/api/v1/contracts").then().statusCode(401);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
