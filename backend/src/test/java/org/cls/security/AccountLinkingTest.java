package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR_AND_ARS;
import static org.cls.support.Caller.EMAIL_HIJACKER;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.Caller.PILOT_NEW_EMAIL;
import static org.cls.support.Caller.UNVERIFIED_COORDINATOR;
import static org.cls.support.Caller.UNVERIFIED_PILOT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PartnerFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Rights follow the account (the token's sub); an email is only an invitation, claimed once when verified. */
@QuarkusTest
class AccountLinkingTest {

    @Inject
    Database database;

    PlanFactory plan;
    String action;

    @BeforeEach
    void contractWithAnActionOfThePilot() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        action = plan.createAction("Sport santé sur ordonnance");
    }

    private static RequestSpecification with(String token) {
        return given().contentType("application/json").accept("application/json").auth().oauth2(token);
    }

    private static String etag(String path) {
        return as(COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void pilotWhoSetsAnotherPilotsEmailDoesNotTakeOverTheirActions() {
        as(PILOT).get("/api/v1/me").then().statusCode(200); // the pilot's first login claims the contact
        as(EMAIL_HIJACKER).get("/api/v1/actions/" + action).then().statusCode(404);
        as(EMAIL_HIJACKER).header("If-Match", etag("/api/v1/actions/" + action)).contentType("application/merge-patch+json")
                .body(Map.of("progress", 90)).patch("/api/v1/actions/" + action).then().statusCode(404);
        as(EMAIL_HIJACKER).get("/api/v1/contracts").then().statusCode(200).body("totalItems", equalTo(0));
        as(EMAIL_HIJACKER).get("/api/v1/me/indicators-due").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void pilotKeepsTheirActionsAfterChangingTheirEmail() {
        as(PILOT).get("/api/v1/me").then().statusCode(200);
        as(PILOT).get("/api/v1/actions/" + action).then().statusCode(200).body("permissions.editProgress", equalTo(true));
        as(PILOT_NEW_EMAIL).header("If-Match", etag("/api/v1/actions/" + action)).contentType("application/merge-patch+json")
                .body(Map.of("progress", 55)).patch("/api/v1/actions/" + action).then().statusCode(200).body("progress", equalTo(55));
        as(PILOT_NEW_EMAIL).get("/api/v1/contracts").then().statusCode(200).body("items.id", contains(plan.contract));
    }

    @Test
    void unverifiedEmailNeverGainsARight() {
        String contact = PartnerFactory.createContact(plan.cpts, "Inès", "Invitée", Caller.INVITED_PILOT_EMAIL);
        Map<String, Object> body = plan.action("Ateliers nutrition");
        body.put("pilot", Map.of("partnerId", plan.cpts, "contactId", contact));
        String invited = plan.createAction(COORDINATOR, body);

        as(UNVERIFIED_PILOT).get("/api/v1/actions/" + invited).then().statusCode(404);
        as(UNVERIFIED_PILOT).get("/api/v1/contracts/" + plan.contract).then().statusCode(404);
        // the same account once Keycloak verified the email: it pilots the action, and its next login claims the invitation
        String verified = UNVERIFIED_PILOT.tokenWithEmail(Caller.INVITED_PILOT_EMAIL, true);
        with(verified).get("/api/v1/actions/" + invited).then().statusCode(200).body("permissions.editProgress", equalTo(true));
        with(verified).get("/api/v1/me").then().statusCode(200);
        // claimed: the account keeps it even if its email stops being verified or changes
        as(UNVERIFIED_PILOT).get("/api/v1/actions/" + invited).then().statusCode(200);
    }

    @Test
    void coordinatorSeatIsAnInvitationClaimedOnceByAVerifiedEmail() {
        String contract = "/api/v1/contracts/" + plan.contract;
        List<String> seats = new ArrayList<>(List.of(Caller.COORDINATOR.email, Caller.INVITED_COORDINATOR_EMAIL));
        as(COORDINATOR).header("If-Match", etag(contract)).contentType("application/merge-patch+json")
                .body(Map.of("coordinators", seats)).patch(contract).then().statusCode(200)
                .body("coordinatorSeats.find { it.email == '" + Caller.INVITED_COORDINATOR_EMAIL + "' }.linked", equalTo(false))
                .body("coordinatorSeats.find { it.email == '" + Caller.COORDINATOR.email + "' }.linked", equalTo(true));

        as(UNVERIFIED_COORDINATOR).get(contract).then().statusCode(404);
        String verified = UNVERIFIED_COORDINATOR.tokenWithEmail(Caller.INVITED_COORDINATOR_EMAIL, true);
        with(verified).get(contract).then().statusCode(200).body("permissions.write", equalTo(true));
        with(verified).get("/api/v1/me").then().statusCode(200); // the login claims the seat
        as(COORDINATOR).get(contract).then().body("coordinatorSeats.find { it.email == '" + Caller.INVITED_COORDINATOR_EMAIL + "' }.linked",
                equalTo(true));
        // the seat is the account's: a new email moves nothing, and another account verifying that email gains nothing
        with(UNVERIFIED_COORDINATOR.tokenWithEmail("new.address@example.org", true)).get(contract).then().statusCode(200);
        with(Caller.COORDINATOR2.tokenWithEmail(Caller.INVITED_COORDINATOR_EMAIL, true)).get(contract).then().statusCode(404);
    }

    @Test
    void contractCreatorHoldsTheirSeatByAccount() {
        String contract = ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.grandQuercy(), "CLSM du Grand Quercy"));
        with(COORDINATOR.tokenWithEmail("renamed.coordinator@example.org", true)).get("/api/v1/contracts/" + contract).then()
                .statusCode(200).body("permissions.write", equalTo(true));
        // an account whose email is not verified cannot take a seat by creating a contract
        with(Caller.COORDINATOR2.tokenWithEmail("coordinator2@example.org", false)).body(ContractFactory.terresDeLorraine())
                .post("/api/v1/contracts").then().statusCode(403);
    }

    @Test
    void coordinatorWhoIsAlsoArsCannotReviewTheirOwnReport() {
        String contract = "/api/v1/contracts/" + plan.contract;
        as(COORDINATOR).header("If-Match", etag(contract)).contentType("application/merge-patch+json")
                .body(Map.of("coordinators", List.of(Caller.COORDINATOR.email, COORDINATOR_AND_ARS.email))).patch(contract).then()
                .statusCode(200);
        String report = as(COORDINATOR_AND_ARS).body(Map.of("period", "2025-S1")).post(contract + "/reports").then().statusCode(201)
                .extract().path("id");
        String etag = as(COORDINATOR_AND_ARS).get("/api/v1/reports/" + report).then().extract().header("ETag");
        etag = as(COORDINATOR_AND_ARS).header("If-Match", etag).post("/api/v1/reports/" + report + "/submit").then().statusCode(200)
                .body("permissions.review", equalTo(false)).extract().header("ETag");
        as(COORDINATOR_AND_ARS).header("If-Match", etag).body(Map.of("comment", "Bilan conforme"))
                .post("/api/v1/reports/" + report + "/review").then().statusCode(403);
        // the ARS of the Lot reviews it
        as(ARS).get("/api/v1/reports/" + report).then().body("permissions.review", equalTo(true));
        as(ARS).header("If-Match", etag).body(Map.of("comment", "Bilan conforme")).post("/api/v1/reports/" + report + "/review").then()
                .statusCode(200).body("status", equalTo("REVIEWED"));
    }

    @Test
    void permissionsTellEachCallerWhatTheyMayDo() {
        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract).then().body("permissions.write", equalTo(true));
        as(PILOT).get("/api/v1/contracts/" + plan.contract).then().body("permissions.write", equalTo(false));
        as(ARS).get("/api/v1/contracts/" + plan.contract).then().body("permissions.write", equalTo(false))
                .body("permissions.addNote", equalTo(true));
        as(PILOT).get("/api/v1/actions/" + action).then().body("permissions.write", equalTo(false))
                .body("permissions.editProgress", equalTo(true)).body("permissions.addNote", equalTo(true));
        as(ARS).get("/api/v1/actions?contractId=" + plan.contract).then().body("items.permissions.editProgress", hasItem(false))
                .body("items[0].permissions.addNote", equalTo(true));
    }
}
