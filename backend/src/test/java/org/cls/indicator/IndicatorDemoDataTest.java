package org.cls.indicator;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A demo instance has indicators with two years of values, some fed by the demo pilot. */
@QuarkusTest
@TestProfile(IndicatorDemoDataTest.Demo.class)
class IndicatorDemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("cls.demo.enabled", "true");
        }
    }

    @Test
    void demoActionsHaveIndicatorsWithTwoYearsOfValues() {
        List<String> actions = as(COORDINATOR).queryParam("q", "Sport santé").get("/api/v1/actions").then().statusCode(200)
                .extract().path("items.id");
        String sport = actions.get(0);
        String indicator = as(PILOT).get("/api/v1/actions/" + sport + "/indicators").then().statusCode(200)
                .body("$", hasSize(greaterThanOrEqualTo(2))).body("canRecord", everyItem(org.hamcrest.Matchers.equalTo(true)))
                .body("latestValue", everyItem(notNullValue())).extract().path("[0].id");
        as(ARS).get("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(200)
                .body("date", hasItem("2025-03-31")).body("date", hasItem("2026-06-30"));
        String contract = as(COORDINATOR).get("/api/v1/actions/" + sport).then().extract().path("contractId");
        String csv = as(COORDINATOR).accept("text/csv").get("/api/v1/contracts/" + contract + "/measurements.csv").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.lines().count()).isGreaterThan(20);
        org.assertj.core.api.Assertions.assertThat(csv).contains("Médecins généralistes pour 10 000 habitants");
    }

    @Test
    void demoPilotHasIndicatorsToFeed() {
        as(PILOT).queryParam("withinDays", 366).get("/api/v1/me/indicators-due").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(3)).body("items.actionTitle", hasItem("Premiers secours en santé mentale"));
    }
}
