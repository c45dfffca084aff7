package org.cls.security;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.GovernanceFactory;
import org.cls.support.IndicatorFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Ids of another territory's objects, sent in filters and bodies by a coordinator of Meurthe-et-Moselle, find and take nothing. */
@QuarkusTest
class ForeignIdsTest {

    @Inject
    Database database;

    PlanFactory quercy;
    PlanFactory lorraine;
    String action;
    String indicator;

    @BeforeEach
    void twoTerritories() {
        database.clear();
        quercy = PlanFactory.grandQuercy();
        action = quercy.createAction("Sport santé sur ordonnance");
        indicator = IndicatorFactory.createOnAction(action, IndicatorFactory.participants());
        lorraine = PlanFactory.terresDeLorraine();
    }

    @Test
    void foreignIdsInFilterParametersFindNothing() {
        as(COORDINATOR2).queryParam("contractId", quercy.contract).get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(COORDINATOR2).queryParam("objectiveId", quercy.objective).get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(COORDINATOR2).queryParam("partnerId", quercy.cpts).get("/api/v1/actions").then().statusCode(200)
                .body("items.id", not(hasItem(action)));
        as(COORDINATOR2).queryParam("departementCode", "46").get("/api/v1/contracts").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(ARS2).queryParam("departementCode", "46").get("/api/v1/ars/contracts").then().statusCode(200)
                .body("contracts.size()", equalTo(0));
        as(COORDINATOR2).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().statusCode(200)
                .body("id", not(hasItem(quercy.pilotContact)));
    }

    @Test
    void foreignIdsInRequestBodiesAreRefusedAsInvalidFields() {
        // an action of the Lot on the agenda, or as the object of a decision, of a Lorraine meeting
        String committee = GovernanceFactory.createCommittee(COORDINATOR2, lorraine.contract,
                GovernanceFactory.committee("COPIL", "COPIL", List.of(lorraine.otherContact)));
        as(COORDINATOR2).body(GovernanceFactory.meeting(lorraine.otherContact, action, List.of(lorraine.otherContact)))
                .post("/api/v1/committees/" + committee + "/meetings").then().statusCode(400);
        String meeting = GovernanceFactory.createMeeting(COORDINATOR2, committee,
                GovernanceFactory.meeting(lorraine.otherContact, null, List.of(lorraine.otherContact)));
        as(COORDINATOR2).body(GovernanceFactory.decision(lorraine.otherContact, action)).post("/api/v1/meetings/" + meeting + "/decisions")
                .then().statusCode(400);
        // a Lot contact as member of a Lorraine committee
        as(COORDINATOR2).body(GovernanceFactory.committee("COTECH", "COTECH", List.of(quercy.otherContact)))
                .post("/api/v1/contracts/" + lorraine.contract + "/committees").then().statusCode(400);
        // a Lot objective for a new action, a Lot indicator in a batch of values
        Map<String, Object> intruder = lorraine.action("Action déplacée");
        intruder.put("objectiveId", quercy.objective);
        as(COORDINATOR2).body(intruder).post("/api/v1/actions").then().statusCode(400);
        as(COORDINATOR2).body(Map.of("measurements", List.of(Map.of("indicatorId", indicator, "date", "2025-06-30", "value", 3))))
                .post("/api/v1/measurements/batch").then().statusCode(400);
        // and the Lot's data is untouched
        as(COORDINATOR).get("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(200).body("size()", equalTo(0));
        as(COORDINATOR).get("/api/v1/contracts/" + quercy.contract + "/committees").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
