package org.cls.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.Caller.PILOT2;
import static org.cls.support.Caller.SERVICE_ACCOUNT;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createDecision;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.decision;
import static org.cls.support.GovernanceFactory.meeting;
import static org.cls.support.PartnerFactory.contact;
import static org.cls.support.PartnerFactory.createContact;
import static org.cls.support.PartnerFactory.createPartner;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The partner directory per territory (issue 14): contacts are filed in the directory of a département; their personal
 * data is read by the coordinators of that département and by the readers of a contract that uses them, written only by
 * the former; a contact in use is never deleted; GDPR export and erasure.
 */
@QuarkusTest
class ContactDirectoryResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";

    @Inject
    Database database;

    @Inject
    EntityManager em;

    /** The CLS 2 du Grand Quercy (Lot, 46), coordinated by COORDINATOR; Paul Pilote (the demo pilot) and Anne Martin in its directory. */
    PlanFactory quercy;

    @BeforeEach
    void clean() {
        database.clear();
        quercy = PlanFactory.grandQuercy();
    }

    static String contactPath(String id) {
        return "/api/v1/contacts/" + id;
    }

    static String etag(Caller caller, String path) {
        return as(caller).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Adds a coordinator (by email) to a contract, as one of its coordinators. */
    static void addCoordinator(Caller owner, String contract, Caller added) {
        String path = "/api/v1/contracts/" + contract;
        List<String> coordinators = new ArrayList<>(as(owner).get(path).then().statusCode(200).extract().path("coordinators"));
        coordinators.add(added.email);
        as(owner).header("If-Match", etag(owner, path)).contentType(MERGE).body(Map.of("coordinators", coordinators))
                .patch(path).then().statusCode(200);
    }

    // --- who reads and writes

    @Test
    void coordinatorOfAnotherTerritoryCannotRewriteAContactEmail() {
        quercy.createAction("Sport santé sur ordonnance");
        PlanFactory.terresDeLorraine();
        as(COORDINATOR2).header("If-Match", "\"0\"").body(contact("Paul", "Pilote", "coordinator2@example.org"))
                .put(contactPath(quercy.pilotContact)).then().statusCode(404);
        as(COORDINATOR2).get(contactPath(quercy.pilotContact)).then().statusCode(404);
        as(COORDINATOR).get(contactPath(quercy.pilotContact)).then().statusCode(200)
                .body("email", equalTo("pilot@example.org")).body("departementCode", equalTo("46")).body("version", equalTo(0));
        // the pilot keeps their action
        as(PILOT).get("/api/v1/actions").then().body("totalItems", equalTo(1));
    }

    @Test
    void coordinatorWhoReadsAContactThroughAContractOfAnotherTerritoryCannotChangeIt() {
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        addCoordinator(COORDINATOR2, lorraine.contract, COORDINATOR);
        // COORDINATOR keeps the Lot's directory and co-coordinates Terres de Lorraine: Anne Martin joins its COPIL
        createCommittee(COORDINATOR, lorraine.contract, committee("COPIL", "COPIL Terres de Lorraine", List.of(quercy.otherContact)));
        as(COORDINATOR2).get(contactPath(quercy.otherContact)).then().statusCode(200).body("lastName", equalTo("Martin"));
        as(COORDINATOR2).header("If-Match", "\"0\"").body(contact("Anne", "Martin", "coordinator2@example.org"))
                .put(contactPath(quercy.otherContact)).then().statusCode(403);
        as(COORDINATOR2).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(403);
        as(COORDINATOR).get(contactPath(quercy.otherContact)).then().body("email", equalTo("anne@example.org"));
    }

    @Test
    void contactPermissionsSayWhoKeepsTheDirectory() {
        quercy.createAction("Sport santé sur ordonnance");
        as(COORDINATOR).get(contactPath(quercy.pilotContact)).then().statusCode(200).body("permissions.write", equalTo(true));
        as(PILOT).get(contactPath(quercy.pilotContact)).then().statusCode(200).body("permissions.write", equalTo(false));
        as(PILOT).get("/api/v1/partners/" + quercy.cpts).then().statusCode(200).body("permissions.write", equalTo(false));
        as(COORDINATOR2).get("/api/v1/partners/" + quercy.cpts).then().statusCode(200).body("permissions.write", equalTo(true));
    }

    @Test
    void pilotCannotReadContactsOutsideTheirContracts() {
        quercy.createAction("Sport santé sur ordonnance");
        createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL", List.of(quercy.otherContact)));
        String unused = createContact(quercy.cpts, "Bruno", "Durand", "bruno@example.org");
        PlanFactory lorraine = PlanFactory.terresDeLorraine();

        as(PILOT).get(contactPath(quercy.pilotContact)).then().statusCode(200).body("email", equalTo("pilot@example.org"));
        as(PILOT).get(contactPath(quercy.otherContact)).then().statusCode(200);
        as(PILOT).get(contactPath(unused)).then().statusCode(404);
        as(PILOT).get(contactPath(lorraine.pilotContact)).then().statusCode(404);
        as(PILOT).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().statusCode(200)
                .body("lastName", contains("Martin", "Pilote"));
        as(PILOT).get("/api/v1/partners/" + lorraine.cpts + "/contacts").then().statusCode(200).body("$", empty());
        // a pilot of nothing reads nothing
        as(PILOT2).get(contactPath(quercy.pilotContact)).then().statusCode(404);
        as(PILOT2).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().body("$", empty());
        // the coordinators of the Lot read their whole directory
        as(COORDINATOR).get("/api/v1/partners/" + quercy.cpts + "/contacts").then()
                .body("lastName", contains("Durand", "Martin", "Pilote"));
    }

    @Test
    void arsReadsTheContactsUsedInTheContractsItReadsOnly() {
        quercy.createAction("Sport santé sur ordonnance");
        String unused = createContact(quercy.cpts, "Bruno", "Durand", "bruno@example.org");
        as(ARS).get(contactPath(quercy.pilotContact)).then().statusCode(200);
        as(ARS).get(contactPath(unused)).then().statusCode(404);
        as(ARS).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().body("lastName", contains("Pilote"));
        as(ARS2).get(contactPath(quercy.pilotContact)).then().statusCode(404);
        as(ARS2).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().body("$", empty());
    }

    @Test
    void serviceAccountReadsNoContact() {
        quercy.createAction("Sport santé sur ordonnance");
        createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL", List.of(quercy.otherContact)));
        as(SERVICE_ACCOUNT).get("/api/v1/contracts/" + quercy.contract).then().statusCode(200);
        as(SERVICE_ACCOUNT).get(contactPath(quercy.pilotContact)).then().statusCode(404);
        as(SERVICE_ACCOUNT).get(contactPath(quercy.otherContact)).then().statusCode(404);
        as(SERVICE_ACCOUNT).get("/api/v1/partners/" + quercy.cpts + "/contacts").then().statusCode(200).body("$", empty());
    }

    @Test
    void arsPullCarriesNoPersonalData() {
        String action = quercy.createAction("Sport santé sur ordonnance");
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL", List.of(quercy.otherContact)));
        String meeting = createMeeting(COORDINATOR, committee, meeting(quercy.pilotContact, action, List.of(quercy.otherContact)));
        createDecision(COORDINATOR, meeting, decision(quercy.otherContact, action));
        for (Caller caller : new Caller[] { ARS, SERVICE_ACCOUNT }) {
            String body = as(caller).get("/api/v1/ars/contracts").then().statusCode(200)
                    .body("contracts.name", contains(ContractFactory.GRAND_QUERCY)).extract().asString();
            for (String personal : List.of(quercy.pilotContact, quercy.otherContact, "Paul", "Pilote", "Anne", "Martin",
                    "pilot@example.org", "anne@example.org", "05 65 00 00 00", "Coordinatrice", COORDINATOR.email)) {
                assertThat(body).as("the ARS pull as %s must not carry %s", caller, personal).doesNotContain(personal);
            }
        }
    }

    // --- references: naming a contact one cannot read would open its data

    @Test
    void coordinatorCannotNameAContactOfAnotherDirectoryAsCommitteeMember() {
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        as(COORDINATOR2).body(committee("COPIL", "COPIL", List.of(quercy.otherContact)))
                .post("/api/v1/contracts/" + lorraine.contract + "/committees").then().statusCode(400)
                .body("errors.field", contains("memberContactIds[0]"));
        String committee = createCommittee(COORDINATOR2, lorraine.contract, committee("COPIL", "COPIL", List.of(lorraine.otherContact)));
        as(COORDINATOR2).body(meeting(quercy.pilotContact, null, List.of(quercy.otherContact)))
                .post("/api/v1/committees/" + committee + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("agenda[0].presenterContactId")).body("errors.field", hasItem("inviteeContactIds[0]"));
        as(COORDINATOR2).get(contactPath(quercy.otherContact)).then().statusCode(404);
    }

    @Test
    void coordinatorCannotMakeAContactOfAnotherDirectoryThePilot() {
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        Map<String, Object> action = lorraine.action("Maison sport santé");
        action.put("pilot", Map.of("partnerId", quercy.cpts, "contactId", quercy.pilotContact));
        as(COORDINATOR2).body(action).post("/api/v1/actions").then().statusCode(400).body("errors.field", contains("pilot.contactId"));
        as(COORDINATOR2).get(contactPath(quercy.pilotContact)).then().statusCode(404);
    }

    // --- deleting a contact in use

    @Test
    void deletingAContactUsedAsCommitteeMemberIsAConflictNamingTheUse() {
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        as(COORDINATOR).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Anne Martin")).body("detail", containsString("membre du comité COPIL annuel"))
                .body("detail", containsString(ContractFactory.GRAND_QUERCY));
        as(COORDINATOR).get("/api/v1/committees/" + committee).then().body("members.lastName", contains("Martin"));
        as(COORDINATOR).header("Accept-Language", "en").header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then()
                .statusCode(409).body("detail", containsString("member of committee COPIL annuel"));
    }

    @Test
    void coordinatorOfAnotherTerritoryCannotDeleteACommitteeMember() {
        PlanFactory.terresDeLorraine();
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        as(COORDINATOR2).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/committees/" + committee).then().body("members.lastName", contains("Martin"));
        as(COORDINATOR).get(contactPath(quercy.otherContact)).then().statusCode(200);
    }

    @Test
    void deletingAContactUsedAnywhereIsAConflictNamingEachUse() {
        String action = quercy.createAction("Sport santé sur ordonnance");
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COTECH", "COTECH santé", List.of()));
        String meeting = createMeeting(COORDINATOR, committee, meeting(quercy.otherContact, action, List.of(quercy.otherContact)));
        createDecision(COORDINATOR, meeting, decision(quercy.otherContact, action));
        as(COORDINATOR).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(409)
                .body("detail", containsString("invité à la réunion COTECH santé du 11/12/2025"))
                .body("detail", containsString("intervenant à la réunion COTECH santé du 11/12/2025"))
                .body("detail", containsString("responsable de la décision « Relancer les MSP »"))
                .body("detail", not(containsString("autres contrats")));
        as(COORDINATOR).get("/api/v1/meetings/" + meeting).then().body("invitees", hasSize(1))
                .body("agenda[0].presenterContactId", equalTo(quercy.otherContact));
        as(COORDINATOR).header("If-Match", "\"0\"").delete(contactPath(quercy.pilotContact)).then().statusCode(409)
                .body("detail", containsString("pilote de l'action 1.1.1 Sport santé sur ordonnance"));
        // unused, it goes
        String unused = createContact(quercy.cpts, "Bruno", "Durand", "bruno@example.org");
        as(COORDINATOR).header("If-Match", "\"0\"").delete(contactPath(unused)).then().statusCode(204);
    }

    @Test
    void conflictDoesNotNameUsesInContractsTheCallerCannotRead() {
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        // COORDINATOR2 co-coordinates the Grand Quercy, so keeps the Lot's directory too, and names Anne in Terres de Lorraine
        addCoordinator(COORDINATOR, quercy.contract, COORDINATOR2);
        createCommittee(COORDINATOR2, lorraine.contract, committee("COPIL", "COPIL Terres de Lorraine", List.of(quercy.otherContact)));
        as(COORDINATOR).get("/api/v1/contracts/" + lorraine.contract).then().statusCode(404);
        as(COORDINATOR).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(409)
                .body("detail", containsString("Anne Martin")).body("detail", containsString("dans d'autres contrats"))
                .body("detail", not(containsString("Lorraine")));
        as(COORDINATOR2).header("If-Match", "\"0\"").delete(contactPath(quercy.otherContact)).then().statusCode(409)
                .body("detail", containsString("membre du comité COPIL Terres de Lorraine"));
    }

    // --- partners: shared organisations, contacts of several directories

    @Test
    void partnerConflictDoesNotNameContactsOfOtherDirectories() {
        PlanFactory.terresDeLorraine();
        String shared = createPartner("CPTS partagée", "CPTS");
        createContact(COORDINATOR, shared, "Anne", "Lotoise", "anne.lot@example.org");
        createContact(COORDINATOR2, shared, "Bruno", "Lorrain", "bruno.lorrain@example.org");
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/partners/" + shared).then().statusCode(409)
                .body("detail", containsString("Anne Lotoise")).body("detail", not(containsString("Lorrain")));
    }

    @Test
    void cascadeDeletionOfAPartnerSparesContactsOfOtherDirectories() {
        PlanFactory.terresDeLorraine();
        String shared = createPartner("CPTS partagée", "CPTS");
        createContact(COORDINATOR, shared, "Anne", "Lotoise", "anne.lot@example.org");
        String bruno = createContact(COORDINATOR2, shared, "Bruno", "Lorrain", "bruno.lorrain@example.org");
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/partners/" + shared).then()
                .statusCode(409).body("detail", not(containsString("Lorrain")));
        as(COORDINATOR2).get(contactPath(bruno)).then().statusCode(200);
    }

    @Test
    void cascadeDeletionOfAPartnerRefusesContactsInUse() {
        createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        String tag = etag(COORDINATOR, "/api/v1/partners/" + quercy.cpts);
        as(COORDINATOR).header("If-Match", tag).queryParam("cascade", true).delete("/api/v1/partners/" + quercy.cpts).then()
                .statusCode(409).body("detail", containsString("membre du comité COPIL annuel"));
        as(COORDINATOR).get(contactPath(quercy.otherContact)).then().statusCode(200);
    }

    // --- filing a new contact

    @Test
    void contactIsFiledInTheDirectoryOfTheCallersTerritory() {
        String partner = createPartner("Mutualité Française", "ASSOCIATION");
        String path = "/api/v1/partners/" + partner + "/contacts";
        as(COORDINATOR).body(contact("Anne", "Martin", "anne.m@example.org")).post(path).then().statusCode(201)
                .body("departementCode", equalTo("46"));
        // a coordinator of no contract keeps no directory yet
        as(COORDINATOR2).body(contact("Bruno", "Durand", "bruno@example.org")).post(path).then().statusCode(400)
                .body("errors.field", contains("departementCode"));
        ContractFactory.create(COORDINATOR2, ContractFactory.terresDeLorraine());
        Map<String, Object> lot = contact("Bruno", "Durand", "bruno@example.org");
        lot.put("departementCode", "46");
        as(COORDINATOR2).body(lot).post(path).then().statusCode(400).body("errors.field", contains("departementCode"));
        lot.put("departementCode", "00");
        as(COORDINATOR2).body(lot).post(path).then().statusCode(400).body("errors.field", contains("departementCode"));
        as(COORDINATOR2).body(contact("Bruno", "Durand", "bruno@example.org")).post(path).then().statusCode(201)
                .body("departementCode", equalTo("54"));
        // two territories: the caller says which
        ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.terresDeLorraine(), "CLS Terres de Lorraine Sud"));
        as(COORDINATOR).body(contact("Chloé", "Petit", "chloe@example.org")).post(path).then().statusCode(400)
                .body("errors.field", contains("departementCode")).body("errors[0].message", containsString("46, 54"));
        Map<String, Object> lorraine = contact("Chloé", "Petit", "chloe@example.org");
        lorraine.put("departementCode", "54");
        String chloe = as(COORDINATOR).body(lorraine).post(path).then().statusCode(201).body("departementCode", equalTo("54"))
                .extract().path("id");
        // the two coordinators of Meurthe-et-Moselle keep it
        as(COORDINATOR2).get(contactPath(chloe)).then().statusCode(200);
        // a replace without departementCode keeps it; with one, it moves within the caller's territories
        as(COORDINATOR).header("If-Match", "\"0\"").body(contact("Chloé", "Petit", "chloe@example.org")).put(contactPath(chloe))
                .then().statusCode(200).body("departementCode", equalTo("54"));
        lorraine.put("departementCode", "46");
        as(COORDINATOR2).header("If-Match", "\"1\"").body(lorraine).put(contactPath(chloe)).then().statusCode(400)
                .body("errors.field", contains("departementCode"));
    }

    // --- the migration files the existing contacts

    @Test
    void migrationFilesExistingContactsFromTheirUsesThenFromThePartnersCommune() throws IOException {
        PlanFactory lorraine = PlanFactory.terresDeLorraine();
        lorraine.createAction(COORDINATOR2, lorraine.action("Maison sport santé"));
        createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        String nowhere = createPartner("Association sans commune", "ASSOCIATION");
        String byCommune = createContact(quercy.hospital, "Marc", "Fabre", "marc@example.org");
        String orphan = createContact(nowhere, "Julie", "Roques", "julie@example.org");
        String unusedLot = createContact(quercy.cpts, "Bruno", "Durand", "bruno@example.org");

        List<String> fill = fillStatements();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update contact set departement_code = null").executeUpdate();
            // as rows written before V12 may be: a partner in Meurthe-et-Moselle, one without commune
            em.createNativeQuery("update partner set commune_code = '54528' where id = ?1")
                    .setParameter(1, UUID.fromString(quercy.hospital)).executeUpdate();
            em.createNativeQuery("update partner set commune_code = null where id = ?1")
                    .setParameter(1, UUID.fromString(nowhere)).executeUpdate();
            for (String statement : fill) {
                em.createNativeQuery(statement).executeUpdate();
            }
        });
        assertThat(departementOf(quercy.pilotContact)).as("unused, partner in the Lot").isEqualTo("46");
        assertThat(departementOf(quercy.otherContact)).as("COPIL member of a Lot contract").isEqualTo("46");
        assertThat(departementOf(lorraine.pilotContact)).as("pilot in Meurthe-et-Moselle, partner in the Lot").isEqualTo("54");
        assertThat(departementOf(byCommune)).as("unused, partner in Meurthe-et-Moselle").isEqualTo("54");
        assertThat(departementOf(unusedLot)).isEqualTo("46");
        assertThat(departementOf(orphan)).as("unused, partner without commune").isNull();
        // an orphan is read by nobody
        as(COORDINATOR).get(contactPath(orphan)).then().statusCode(404);
    }

    /** The data statements of V12 (the schema ones ran at start). */
    static List<String> fillStatements() throws IOException {
        try (InputStream in = ContactDirectoryResourceTest.class.getResourceAsStream("/db/migration/V12__contact_directory.sql")) {
            assertThat(in).as("V12__contact_directory.sql").isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> s.toLowerCase().startsWith("update")).toList();
        }
    }

    String departementOf(String contact) {
        return (String) em.createNativeQuery("select departement_code from contact where id = ?1")
                .setParameter(1, UUID.fromString(contact)).getSingleResult();
    }
}
