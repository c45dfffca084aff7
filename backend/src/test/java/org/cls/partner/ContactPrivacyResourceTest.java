package org.cls.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.Caller.SERVICE_ACCOUNT;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.meeting;
import static org.cls.support.PartnerFactory.contact;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GDPR rights on a contact (issue 14): the export of everything held on the person, and the erasure (pseudonymisation). */
@QuarkusTest
class ContactPrivacyResourceTest {

    @Inject
    Database database;

    @Inject
    EntityManager em;

    PlanFactory quercy;

    @BeforeEach
    void clean() {
        database.clear();
        quercy = PlanFactory.grandQuercy();
    }

    static String contactPath(String id) {
        return "/api/v1/contacts/" + id;
    }

    @Test
    void exportHoldsTheContactAndItsHistory() {
        String action = quercy.createAction("Sport santé sur ordonnance");
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        createMeeting(COORDINATOR, committee, meeting(null, action, List.of(quercy.otherContact)));
        as(COORDINATOR).header("If-Match", "\"0\"").body(contact("Anne", "Martin", "anne.martin@example.org"))
                .put(contactPath(quercy.otherContact)).then().statusCode(200);
        as(COORDINATOR).get(contactPath(quercy.otherContact) + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("exportedAt", notNullValue())
                .body("contact.email", equalTo("anne.martin@example.org")).body("contact.departementCode", equalTo("46"))
                .body("partner.id", equalTo(quercy.cpts)).body("partner.name", containsString("CPTS du Grand Cahors"))
                .body("uses.kind", contains("COMMITTEE_MEMBER", "MEETING_INVITEE"))
                .body("uses.label", hasItem("COPIL annuel"))
                .body("uses.contractId", everyItem(equalTo(quercy.contract)))
                .body("uses.contractName", everyItem(equalTo(ContractFactory.GRAND_QUERCY)))
                .body("usedInOtherContracts", equalTo(false))
                .body("history", hasSize(2))
                .body("history.operation", contains("CREATED", "UPDATED"))
                .body("history.email", contains("anne@example.org", "anne.martin@example.org"))
                .body("history.author.name", everyItem(equalTo("coordinator Demo")))
                .body("history.at", everyItem(notNullValue()));
        // the pilot's own data: pilot of the action
        as(COORDINATOR).get(contactPath(quercy.pilotContact) + "/export").then().statusCode(200)
                .body("uses[0].kind", equalTo("PILOT")).body("uses[0].objectId", equalTo(action))
                .body("uses[0].label", equalTo("1.1.1 Sport santé sur ordonnance"));
    }

    @Test
    void exportAndEraseBelongToTheContactsDirectory() {
        quercy.createAction("Sport santé sur ordonnance");
        PlanFactory.terresDeLorraine();
        String export = contactPath(quercy.pilotContact) + "/export";
        String erase = contactPath(quercy.pilotContact) + "/erase";
        as(COORDINATOR2).get(export).then().statusCode(404);
        as(COORDINATOR2).header("If-Match", "\"0\"").post(erase).then().statusCode(404);
        for (Caller reader : new Caller[] { PILOT, ARS, SERVICE_ACCOUNT }) {
            as(reader).get(export).then().statusCode(403);
            as(reader).header("If-Match", "\"0\"").post(erase).then().statusCode(403);
        }
        as(COORDINATOR).post(erase).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"7\"").post(erase).then().statusCode(412);
        as(COORDINATOR).get(contactPath(quercy.pilotContact)).then().body("lastName", equalTo("Pilote"));
    }

    @Test
    void erasePseudonymisesLiveAndAuditRows() {
        String action = quercy.createAction("Sport santé sur ordonnance");
        String committee = createCommittee(COORDINATOR, quercy.contract, committee("COPIL", "COPIL annuel", List.of(quercy.otherContact)));
        as(COORDINATOR).header("If-Match", "\"0\"").body(contact("Anne", "Martin-Roux", "anne.roux@example.org"))
                .put(contactPath(quercy.otherContact)).then().statusCode(200);
        as(COORDINATOR).header("If-Match", "\"1\"").post(contactPath(quercy.otherContact) + "/erase").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("firstName", equalTo("Contact")).body("lastName", equalTo("effacé"))
                .body("email", nullValue()).body("phone", nullValue()).body("function", nullValue())
                .body("departementCode", equalTo("46"));
        // kept where referenced, as "Contact effacé"
        as(COORDINATOR).get("/api/v1/committees/" + committee).then().body("members.id", contains(quercy.otherContact))
                .body("members[0].firstName", equalTo("Contact")).body("members[0].lastName", equalTo("effacé"));
        as(COORDINATOR).get(contactPath(quercy.otherContact) + "/export").then().statusCode(200)
                .body("history", hasSize(3))
                .body("history.firstName", everyItem(equalTo("Contact"))).body("history.lastName", everyItem(equalTo("effacé")))
                .body("history.email", everyItem(nullValue())).body("history.phone", everyItem(nullValue()))
                .body("history.function", everyItem(nullValue()));
        UUID id = UUID.fromString(quercy.otherContact);
        assertThat(count("select count(*) from contact_aud where id = ?1", id)).isEqualTo(3);
        assertThat(count("select count(*) from contact_aud where id = ?1 and (first_name <> 'Contact' or email is not null"
                + " or phone is not null or job_function is not null or last_name like 'Martin%')", id)).isZero();
        assertThat(count("select count(*) from contact where id = ?1 and email is null and phone is null and job_function is null", id))
                .isEqualTo(1);
        // the others are untouched, and the pilot still pilots
        as(COORDINATOR).get(contactPath(quercy.pilotContact)).then().body("email", equalTo("pilot@example.org"));
        as(PILOT).get("/api/v1/actions/" + action).then().statusCode(200);
    }

    long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
