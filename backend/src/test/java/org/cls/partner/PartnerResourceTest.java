package org.cls.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.PartnerFactory.contact;
import static org.cls.support.PartnerFactory.createContact;
import static org.cls.support.PartnerFactory.createPartner;
import static org.cls.support.PartnerFactory.partner;
import static org.cls.support.PartnerFactory.siret;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PartnerFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnerResourceTest {

    @Inject
    Database database;

    @BeforeEach
    void clean() {
        database.clear();
    }

    @Test
    void coordinatorCreatesPartnerWithACheckedSiret() {
        as(COORDINATOR).body(partner("CPTS du Grand Cahors", "CPTS", "73282932000074")).post("/api/v1/partners").then()
                .statusCode(201).header("Location", containsString("/api/v1/partners/")).header("ETag", equalTo("\"0\""))
                .body("id", notNullValue()).body("name", equalTo("CPTS du Grand Cahors")).body("type", equalTo("CPTS"))
                .body("siret", equalTo("73282932000074")).body("communeCode", equalTo("46042"));
    }

    @Test
    void invalidSiretIsRejectedWithItsFieldName() {
        as(COORDINATOR).body(partner("X", "CPTS", "73282932000075")).post("/api/v1/partners").then()
                .statusCode(400).body("errors.field", contains("siret"))
                .body("errors[0].message", containsString("SIRET invalide"));
        as(COORDINATOR).body(partner("X", "CPTS", "1234")).post("/api/v1/partners").then()
                .statusCode(400).body("errors.field", contains("siret"));
        as(COORDINATOR).header("Accept-Language", "en").body(partner("", "UNKNOWN_KIND", null)).post("/api/v1/partners")
                .then().statusCode(400);
        as(COORDINATOR).body(partner(" ", "CPTS", null)).post("/api/v1/partners").then()
                .statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void duplicateSiretGets409NamingTheExistingPartner() {
        String siret = siret("4604200000012");
        as(COORDINATOR).body(partner("Centre hospitalier de Cahors", "HOSPITAL", siret)).post("/api/v1/partners")
                .then().statusCode(201);
        as(COORDINATOR2).body(partner("CH Cahors", "HOSPITAL", siret)).post("/api/v1/partners").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Centre hospitalier de Cahors"));
    }

    @Test
    void searchByName() {
        createPartner("Maison de santé de Cahors", "MSP");
        createPartner("Centre hospitalier de Cahors", "HOSPITAL");
        createPartner("Mutualité Française Occitanie", "ASSOCIATION");
        as(PILOT).queryParam("q", "cahors").get("/api/v1/partners").then().statusCode(200)
                .body("items.name", contains("Centre hospitalier de Cahors", "Maison de santé de Cahors"))
                .body("totalItems", equalTo(2));
        as(ARS).queryParam("type", "HOSPITAL").get("/api/v1/partners").then()
                .body("items.name", contains("Centre hospitalier de Cahors"));
        as(ARS).queryParam("sort", "-name").queryParam("size", 1).get("/api/v1/partners").then()
                .body("items.name", contains("Mutualité Française Occitanie")).body("totalItems", equalTo(3));
    }

    @Test
    void anyCoordinatorEditsPartnersButPilotsAndArsOnlyRead() {
        String id = createPartner("CPTS du Grand Cahors", "CPTS");
        as(COORDINATOR2).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"website\":\"https://cpts.example.org\"}").patch("/api/v1/partners/" + id).then()
                .statusCode(200).body("website", equalTo("https://cpts.example.org")).body("version", equalTo(1));
        as(PILOT).get("/api/v1/partners/" + id).then().statusCode(200);
        as(PILOT).header("If-Match", "\"1\"").body(partner("x", "CPTS", null)).put("/api/v1/partners/" + id)
                .then().statusCode(403);
        as(ARS).header("If-Match", "\"1\"").delete("/api/v1/partners/" + id).then().statusCode(403);
        as(ARS).body(partner("x", "CPTS", null)).post("/api/v1/partners").then().statusCode(403);
        as(PILOT).body(contact("A", "B", "a@example.org")).post("/api/v1/partners/" + id + "/contacts").then().statusCode(403);
    }

    @Test
    void updatesNeedIfMatch() {
        String id = createPartner("CPTS du Grand Cahors", "CPTS");
        as(COORDINATOR).body(partner("x", "CPTS", null)).put("/api/v1/partners/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"3\"").body(partner("x", "CPTS", null)).put("/api/v1/partners/" + id)
                .then().statusCode(412);
    }

    @Test
    void contactsOfAPartner() {
        ContractFactory.create(COORDINATOR, ContractFactory.grandQuercy()); // the coordinator keeps the Lot's directory
        String id = createPartner("CPTS du Grand Cahors", "CPTS");
        as(COORDINATOR).body(contact("Anne", "Martin", "Anne@Example.org")).post("/api/v1/partners/" + id + "/contacts")
                .then().statusCode(201).header("Location", containsString("/api/v1/contacts/"))
                .body("partnerId", equalTo(id)).body("email", equalTo("anne@example.org"))
                .body("function", equalTo("Coordinatrice"));
        String bruno = createContact(id, "Bruno", "Durand", "bruno@example.org");
        as(COORDINATOR).get("/api/v1/partners/" + id + "/contacts").then().statusCode(200)
                .body("lastName", contains("Durand", "Martin"));
        // used by no contract, they are the Lot's coordinators' only
        as(ARS).get("/api/v1/partners/" + id + "/contacts").then().statusCode(200).body("$", empty());
        as(COORDINATOR).header("If-Match", "\"0\"").body(contact("Bruno", "Durand-Vidal", "bruno@example.org"))
                .put("/api/v1/contacts/" + bruno).then().statusCode(200).body("lastName", equalTo("Durand-Vidal"));
        as(COORDINATOR).body(contact("", "X", "not-an-email")).post("/api/v1/partners/" + id + "/contacts").then()
                .statusCode(400).body("errors.field", contains("email", "firstName"));
        as(COORDINATOR).header("If-Match", "\"1\"").delete("/api/v1/contacts/" + bruno).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/contacts/" + bruno).then().statusCode(404);
    }

    @Test
    void partnerWithContactsIsNotDeletedWithoutCascade() {
        ContractFactory.create(COORDINATOR, ContractFactory.grandQuercy());
        String id = createPartner("CPTS du Grand Cahors", "CPTS");
        createContact(id, "Anne", "Martin", "anne@example.org");
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/partners/" + id).then().statusCode(409)
                .body("detail", containsString("Anne Martin"));
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/partners/" + id)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/partners/" + id).then().statusCode(404);
    }

    @Test
    void conflictDoesNotCountActionsOfUnreadableContracts() {
        // the pilot contact and the hospital are used in the coordinator's contract and in another contract of the Lot
        PlanFactory quercy = PlanFactory.grandQuercy();
        quercy.createAction("Sport santé sur ordonnance");
        String causses = ContractFactory.create(COORDINATOR2, ContractFactory.named(ContractFactory.grandQuercy(), "CLS des Causses"));
        String axis = as(COORDINATOR2).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + causses + "/axes").then()
                .statusCode(201).extract().path("id");
        String objective = as(COORDINATOR2).body(Map.of("title", "Prévenir le suicide")).post("/api/v1/axes/" + axis + "/objectives")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> elsewhere = quercy.action("Premiers secours en santé mentale");
        elsewhere.put("objectiveId", objective);
        elsewhere.put("fundings", List.of());

        as(COORDINATOR2).body(elsewhere).post("/api/v1/actions").then().statusCode(201);
        String contactConflict = as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/contacts/" + quercy.pilotContact).then()
                .statusCode(409).extract().path("detail");
        String partnerConflict = as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true)
                .delete("/api/v1/partners/" + quercy.hospital).then().statusCode(409).extract().path("detail");
        // the readable action is named; the others are not counted
        assertThat(contactConflict).contains("1.1.1 Sport santé sur ordonnance").containsAnyOf("other contracts", "autres contrats")
                .doesNotContain("Premiers secours", "2 action", "1 action", "1 in", " 1 ");
        assertThat(partnerConflict).contains("1.1.1 Sport santé sur ordonnance").containsAnyOf("other contracts", "autres contrats")
                .doesNotContain("Premiers secours", "2 action", "1 action", "1 in", " 1 ");

        // more actions in the unreadable contract: the same message
        as(COORDINATOR2).body(elsewhere).post("/api/v1/actions").then().statusCode(201);
        as(COORDINATOR2).body(elsewhere).post("/api/v1/actions").then().statusCode(201);
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/contacts/" + quercy.pilotContact).then().statusCode(409)
                .body("detail", equalTo(contactConflict));
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/partners/" + quercy.hospital).then()
                .statusCode(409).body("detail", equalTo(partnerConflict));

        // a caller who reads none of the actions learns that they exist, not how many
        String foreign = PartnerFactory.createContact(quercy.cpts, "Jeanne", "Roux", "jeanne@example.org");
        Map<String, Object> mine = quercy.action("Bus santé");
        mine.put("pilot", Map.of("partnerId", quercy.cpts, "contactId", foreign));
        quercy.createAction(COORDINATOR, mine);
        quercy.createAction(COORDINATOR, mine);
        String hidden = as(COORDINATOR2).header("If-Match", "\"0\"").delete("/api/v1/contacts/" + foreign).then().statusCode(409)
                .extract().path("detail");
        assertThat(hidden).contains("Jeanne Roux").containsAnyOf("other contracts", "autres contrats", "cannot see")
                .doesNotContain("Bus santé", "2 action", " 2 ");
    }
}
