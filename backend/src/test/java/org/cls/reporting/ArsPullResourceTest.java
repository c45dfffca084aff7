package org.cls.reporting;

import static io.restassured.RestAssured.given;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.IndicatorFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ArsPullResourceTest {

    static final String PULL = "/api/v1/ars/contracts";

    @Inject
    Database database;

    PlanFactory quercy;
    PlanFactory lorraine;
    String action;

    @BeforeEach
    void plans() {
        database.clear();
        quercy = PlanFactory.grandQuercy();
        action = quercy.createAction("Sport santé sur ordonnance");
        lorraine = PlanFactory.terresDeLorraine();
        lorraine.createAction(Caller.COORDINATOR2, lorraine.action("Maison sport santé"));
    }

    /** A token as Keycloak issues it to the ars-reporting client (client-credentials grant) of the Lot. */
    static String serviceAccountToken() {
        return Jwt.preferredUserName("service-account-ars-reporting").issuer(Caller.ISSUER).audience(Caller.AUDIENCE)
                .subject("sub-service-account-ars-reporting").claim("azp", "ars-reporting")
                .claim("email", "ars-reporting@example.org").claim("realm_access", Map.of("roles", List.of("ars")))
                .claim("region_codes", List.of("76")).claim("departement_codes", List.of("46")).groups(Set.of())
                .expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    static ValidatableResponse pull(Caller caller, String query) {
        return as(caller).get(PULL + query).then().contentType(ContentType.JSON);
    }

    @Test
    void arsOfTheLotSeesItsContractWithTheWholePlan() {
        pull(ARS, "").statusCode(200).header("ETag", notNullValue())
                .body("schemaVersion", equalTo(1)).body("generatedAt", notNullValue())
                .body("contracts.name", contains(ContractFactory.GRAND_QUERCY))
                .body("contracts[0].territory.departementCodes", contains("46"))
                .body("contracts[0].actionCount", equalTo(1)).body("contracts[0].progress", equalTo(30))
                .body("contracts[0].axes[0].number", equalTo(1))
                .body("contracts[0].axes[0].objectives[0].code", equalTo("1.1"))
                .body("contracts[0].axes[0].objectives[0].actions[0].id", equalTo(action))
                .body("contracts[0].axes[0].objectives[0].actions[0].code", equalTo("1.1.1"))
                .body("contracts[0].axes[0].objectives[0].actions[0].themes", contains("PHYSICAL_ACTIVITY"))
                .body("contracts[0].axes[0].objectives[0].actions[0].pilotPartnerId", equalTo(quercy.cpts))
                .body("contracts[0].axes[0].objectives[0].actions[0].steps[0].title", equalTo("Former les éducateurs"))
                .body("contracts[0].axes[0].objectives[0].actions[0].partners[0].role", equalTo("CO_PILOT"))
                .body("contracts[0].axes[0].objectives[0].actions[0].fundings[0].funderId", equalTo(quercy.ars))
                .body("contracts[0].axes[0].objectives[0].actions[0].fundings[0].amount", equalTo(12000.0f))
                .body("contracts[0].partners.id", org.hamcrest.Matchers.containsInAnyOrder(quercy.cpts, quercy.hospital, quercy.ars))
                .body("deleted.contracts", empty()).body("deleted.actions", empty());
    }

    @Test
    void arsOfMeurtheEtMoselleSeesNothingOfTheLot() {
        pull(ARS2, "").statusCode(200).body("contracts.name", contains(ContractFactory.TERRES_DE_LORRAINE));
        pull(ARS2, "?regionCode=76").statusCode(200).body("contracts", empty());
    }

    @Test
    void serviceAccountPullsItsDepartementOnly() {
        given().auth().oauth2(serviceAccountToken()).get(PULL).then().statusCode(200)
                .body("contracts.name", contains(ContractFactory.GRAND_QUERCY));
        given().auth().oauth2(serviceAccountToken()).get(PULL + "?departementCode=54").then().statusCode(200)
                .body("contracts", empty());
    }

    @Test
    void coordinatorCannotPull() {
        as(COORDINATOR).get(PULL).then().statusCode(403);
        as(Caller.ANONYMOUS).get(PULL).then().statusCode(401);
    }

    @Test
    void badParametersAreNamed() {
        as(ARS).get(PULL + "?updatedSince=yesterday").then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        as(ARS).get(PULL + "?regionCode=99").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
    }

    @Test
    void updatedSinceSendsOnlyTheContractsChanged() {
        String other = ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.grandQuercy(), "CLS de Figeac"));
        String since = pull(ARS, "").statusCode(200).extract().path("generatedAt");
        pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts", empty()).body("updatedSince", equalTo(since));

        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"progress\": 60}")
                .patch("/api/v1/actions/" + action).then().statusCode(200);

        pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].actions[0].progress", equalTo(60))
                .body("contracts.id", not(hasItem(other)));
        pull(ARS2, "?updatedSince=" + since).statusCode(200).body("contracts", empty());
    }

    @Test
    void deletionsSinceAreReportedInScopeOnly() {
        String since = pull(ARS, "").statusCode(200).extract().path("generatedAt");
        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/actions/" + action).then().statusCode(204);

        pull(ARS, "?updatedSince=" + since).statusCode(200)
                .body("deleted.actions.id", contains(action)).body("deleted.actions[0].contractId", equalTo(quercy.contract))
                .body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].actions", empty());

        String contractEtag = as(COORDINATOR).get("/api/v1/contracts/" + quercy.contract).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", contractEtag).delete("/api/v1/contracts/" + quercy.contract + "?cascade=true")
                .then().statusCode(204);

        pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts", empty())
                .body("deleted.contracts.id", contains(quercy.contract))
                .body("deleted.contracts[0].deletedAt", notNullValue());
        given().auth().oauth2(serviceAccountToken()).get(PULL + "?updatedSince=" + since).then().statusCode(200)
                .body("deleted.contracts.id", contains(quercy.contract));
        pull(ARS2, "?updatedSince=" + since).statusCode(200).body("deleted.contracts", empty()).body("deleted.actions", empty());
        pull(ARS, "").statusCode(200).body("deleted.contracts", empty());
    }

    @Test
    void unchangedPullAnswersNotModified() {
        String etag = pull(ARS, "").statusCode(200).extract().header("ETag");
        as(ARS).header("If-None-Match", etag).get(PULL).then().statusCode(304).header("ETag", equalTo(etag));
        as(ARS).header("If-None-Match", etag).get(PULL + "?departementCode=46").then().statusCode(200);

        quercy.createAction("Another");
        as(ARS).header("If-None-Match", etag).get(PULL).then().statusCode(200)
                .body("contracts[0].actionCount", equalTo(2));
    }

    @Test
    void overviewSumsUpEachContractInScope() {
        Map<String, Object> late = quercy.action("Forum 2024");
        late.put("startDate", "2024-01-01");
        late.put("endDate", "2024-12-31");
        late.put("progress", 50);
        quercy.createAction(COORDINATOR, late);
        as(COORDINATOR).body(Map.of("period", "2025-S1")).post("/api/v1/contracts/" + quercy.contract + "/reports").then()
                .statusCode(201);
        as(ARS).get(PULL + "/overview").then().statusCode(200)
                .body("contractId", contains(quercy.contract)).body("[0].actionCount", equalTo(2))
                .body("[0].progress", equalTo(40)).body("[0].lateActions", equalTo(1))
                .body("[0].lastReportPeriod", equalTo("2025-S1")).body("[0].lastReportStatus", equalTo("DRAFT"));
        as(ARS2).get(PULL + "/overview").then().statusCode(200).body("name", contains(ContractFactory.TERRES_DE_LORRAINE))
                .body("[0].lastReportPeriod", org.hamcrest.Matchers.nullValue());
        as(COORDINATOR).get(PULL + "/overview").then().statusCode(403);
    }

    /** Only the first and the latest value count: the middle ones are there to be ignored. */
    @Test
    void overviewCountsTheIndicatorsOffTrackOfActionsAndObjectives() {
        Map<String, Object> reached = IndicatorFactory.participants();
        reached.put("target", Map.of("value", 200, "date", "2025-12-31"));
        String onTrack = IndicatorFactory.createOnAction(action, reached);
        IndicatorFactory.record(COORDINATOR, onTrack, "2025-01-31", 10);
        IndicatorFactory.record(COORDINATOR, onTrack, "2025-12-31", 200);
        IndicatorFactory.record(COORDINATOR, onTrack, "2025-06-30", 20);
        String farBehind = IndicatorFactory.createOnAction(action, reached);
        IndicatorFactory.record(COORDINATOR, farBehind, "2025-12-31", 50);
        Map<String, Object> withoutBaseline = IndicatorFactory.participants();
        withoutBaseline.remove("baseline");
        withoutBaseline.put("target", Map.of("value", 100, "date", "2025-12-31"));
        String fromFirstValue = IndicatorFactory.createOnObjective(quercy.objective, withoutBaseline);
        IndicatorFactory.record(COORDINATOR, fromFirstValue, "2025-06-30", 0);
        IndicatorFactory.record(COORDINATOR, fromFirstValue, "2025-01-31", 90);
        IndicatorFactory.record(COORDINATOR, fromFirstValue, "2025-12-31", 95);

        as(ARS).get(PULL + "/overview").then().statusCode(200).body("contractId", contains(quercy.contract))
                .body("[0].indicatorsOffTrack", equalTo(2));
        as(ARS2).get(PULL + "/overview").then().statusCode(200).body("[0].indicatorsOffTrack", equalTo(0));
    }

    @Test
    void pullCarriesEachActionsIndicatorsAndTheirValues() {
        String indicator = IndicatorFactory.createOnAction(action, IndicatorFactory.participants());
        IndicatorFactory.record(COORDINATOR, indicator, "2025-06-30", 40);
        IndicatorFactory.record(COORDINATOR, indicator, "2025-12-31", 90);
        String path = "contracts[0].axes[0].objectives[0].actions[0].indicators[0].";
        pull(ARS, "").statusCode(200)
                .body(path + "id", equalTo(indicator)).body(path + "name", equalTo("Participants aux ateliers"))
                .body(path + "baseline.value", equalTo(0)).body(path + "target.value", equalTo(200))
                .body(path + "target.date", equalTo("2026-12-31")).body(path + "frequency", equalTo("SEMIANNUAL"))
                .body(path + "latestValue", equalTo(90)).body(path + "latestDate", equalTo("2025-12-31"))
                .body(path + "achievement", equalTo(0.45f)).body(path + "trackStatus", notNullValue())
                .body(path + "measurements.date", contains("2025-06-30", "2025-12-31"))
                .body(path + "measurements.value", contains(40, 90));
        pull(ARS2, "").statusCode(200).body("contracts[0].axes[0].objectives[0].actions[0].indicators", empty());
    }

    /** Values do not move the action's updatedAt: their recordedAt (and their deletions) mark the contract as changed. */
    @Test
    void aValueRecordedOrDeletedSinceMarksItsContractChanged() {
        String indicator = IndicatorFactory.createOnAction(action, IndicatorFactory.participants());
        String since = pull(ARS, "").statusCode(200).extract().path("generatedAt");
        pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts", empty());

        String value = IndicatorFactory.record(COORDINATOR, indicator, "2025-06-30", 40);
        String changed = pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].actions[0].indicators[0].measurements.value", contains(40))
                .extract().path("generatedAt");
        pull(ARS2, "?updatedSince=" + since).statusCode(200).body("contracts", empty());
        pull(ARS, "?updatedSince=" + changed).statusCode(200).body("contracts", empty());

        String etag = as(COORDINATOR).get("/api/v1/measurements/" + value).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/measurements/" + value).then().statusCode(204);
        pull(ARS, "?updatedSince=" + changed).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].actions[0].indicators[0].measurements", empty());
    }

    @Test
    void pullCarriesObjectiveIndicatorsAndTheirChangesAndDeletions() {
        String since = pull(ARS, "").statusCode(200).body("contracts[0].axes[0].objectives[0].indicators", empty())
                .extract().path("generatedAt");
        String indicator = IndicatorFactory.createOnObjective(quercy.objective, IndicatorFactory.participants());
        String created = pull(ARS, "?updatedSince=" + since).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].indicators.id", contains(indicator))
                .body("contracts[0].axes[0].objectives[0].actions[0].indicators", empty())
                .extract().path("generatedAt");
        pull(ARS, "?updatedSince=" + created).statusCode(200).body("contracts", empty());

        String value = IndicatorFactory.record(COORDINATOR, indicator, "2025-06-30", 40);
        String recorded = pull(ARS, "?updatedSince=" + created).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].indicators[0].measurements.value", contains(40))
                .body("contracts[0].axes[0].objectives[0].indicators[0].latestValue", equalTo(40))
                .extract().path("generatedAt");
        pull(ARS2, "?updatedSince=" + created).statusCode(200).body("contracts", empty());

        String etag = as(COORDINATOR).get("/api/v1/measurements/" + value).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/measurements/" + value).then().statusCode(204);
        pull(ARS, "?updatedSince=" + recorded).statusCode(200).body("contracts.id", contains(quercy.contract))
                .body("contracts[0].axes[0].objectives[0].indicators[0].measurements", empty());
    }
}
