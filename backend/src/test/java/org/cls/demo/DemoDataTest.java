package org.cls.demo;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A demo instance starts with the Grand Quercy plan. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cls.demo.enabled", "true");
        }
    }

    @Test
    void demoContractFollowsTheFirstGenerationExtendedByAnAmendment() {
        String contract = as(COORDINATOR).get("/api/v1/contracts?q=CLS 2").then().statusCode(200).extract().path("items[0].id");
        String first = as(COORDINATOR).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .body("predecessor.name", equalTo("CLS 1 du Grand Quercy")).extract().path("predecessor.id");
        as(COORDINATOR).get("/api/v1/contracts/" + first + "/amendments").then().statusCode(200)
                .body("newEndDate", contains("2024-12-31")).body("previousEndDate", contains("2024-07-02"));
        as(COORDINATOR).get("/api/v1/contracts/" + first).then().body("endDate", equalTo("2024-12-31"))
                .body("successors.id", contains(contract));
    }

    @Test
    void demoPlanHasAxesObjectivesAndPilotedActions() {
        String contract = as(COORDINATOR).get("/api/v1/contracts?sort=name").then().statusCode(200)
                .body("items.name", contains("CLS 1 du Grand Quercy", "CLS 2 du Grand Quercy")).extract().path("items[1].id");
        as(COORDINATOR).get("/api/v1/contracts/" + contract + "/plan").then().statusCode(200)
                .body("axes", hasSize(greaterThanOrEqualTo(2)))
                .body("actionCount", greaterThanOrEqualTo(5))
                .body("axes[0].objectives[0].actions[0].code", equalTo("1.1.1"));
        as(COORDINATOR).queryParam("contractId", contract).get("/api/v1/actions").then()
                .body("items.pilot", everyItem(notNullValue()))
                .body("items.fundings.flatten()", hasSize(greaterThanOrEqualTo(3)))
                .body("items.steps.flatten()", hasSize(greaterThanOrEqualTo(3)));
        // the demo pilot reads the contract and updates their own action
        as(PILOT).get("/api/v1/contracts").then().body("items.id", contains(contract));
        String mine = as(PILOT).queryParam("q", "Sport santé").get("/api/v1/actions").then()
                .body("items[0].pilot.contactEmail", equalTo("pilot@example.org")).extract().path("items[0].id");
        as(PILOT).get("/api/v1/actions/" + mine + "/notes").then().body("author", hasItem("pilot"));
        as(PILOT).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"progress\":35}")
                .patch("/api/v1/actions/" + mine).then().statusCode(200).body("progress", equalTo(35));
    }

    @Test
    void demoGovernanceHoldsAYearOfMeetingsWithMinutesAndDecisions() {
        String contract = as(COORDINATOR).get("/api/v1/contracts?q=CLS 2").then().statusCode(200).extract().path("items[0].id");
        as(PILOT).get("/api/v1/contracts/" + contract + "/committees").then().statusCode(200)
                .body("items.kind", hasItem("COPIL")).body("items.kind", hasItem("COTECH")).body("items.kind", hasItem("WORKING_GROUP"));
        as(PILOT).get("/api/v1/contracts/" + contract + "/meetings").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(6))
                .body("items.findAll { it.status == 'HELD' }.minutesHtml", everyItem(notNullValue()))
                .body("items.findAll { it.status == 'PLANNED' }", hasSize(greaterThanOrEqualTo(1)));
        as(PILOT).get("/api/v1/contracts/" + contract + "/decisions?status=OPEN").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(2));
    }
}
