package org.cls.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HistoryResourceTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";

    @Inject
    Database database;

    @Inject
    SessionFactory sessionFactory;

    PlanFactory plan;
    String action;

    @BeforeEach
    void plan() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        action = plan.createAction("Sport santé sur ordonnance");
    }

    private void patchAction(org.cls.support.Caller caller, String json) {
        String etag = as(caller).get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
        as(caller).header("If-Match", etag).contentType(MERGE).body(json)
                .patch("/api/v1/actions/" + action).then().statusCode(200);
    }

    @Test
    void actionHistoryTellsWhoChangedWhichFieldFromWhatToWhat() {
        patchAction(PILOT, "{\"status\":\"DONE\",\"progress\":100}");

        as(COORDINATOR).get("/api/v1/actions/" + action + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.operation", contains("UPDATED", "CREATED"))
                .body("items[0].author.subject", equalTo("sub-pilot"))
                .body("items[0].author.name", equalTo("pilot Demo"))
                .body("items[0].objectType", equalTo("ACTION"))
                .body("items[0].label", equalTo("Sport santé sur ordonnance"))
                .body("items[0].changes", hasSize(2))
                .body("items[0].changes.find { it.field == 'status' }.before", equalTo("IN_PROGRESS"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("DONE"))
                .body("items[0].changes.find { it.field == 'progress' }.before", equalTo("30"))
                .body("items[0].changes.find { it.field == 'progress' }.after", equalTo("100"))
                .body("items[1].author.subject", equalTo("sub-coordinator"))
                .body("items[1].changes.find { it.field == 'title' }.after", equalTo("Sport santé sur ordonnance"))
                .body("items[1].changes.find { it.field == 'fundings' }.after",
                        equalTo("ARS Occitanie " + plan.contract + " 2025 12000.00 € OPERATING GRANTED"));
    }

    @Test
    void notesAreInTheActionHistory() {
        as(ARS).body("{\"text\":\"Point fait avec la CPTS\"}").post("/api/v1/actions/" + action + "/notes")
                .then().statusCode(201);

        as(PILOT).get("/api/v1/actions/" + action + "/history").then().statusCode(200)
                .body("items[0].objectType", equalTo("NOTE"))
                .body("items[0].operation", equalTo("CREATED"))
                .body("items[0].author.subject", equalTo("sub-ars"))
                .body("items[0].changes[0].after", equalTo("Point fait avec la CPTS"));
    }

    @Test
    void deletedObjectsKeepTheirLastStateInTheContractHistory() {
        String axis = as(COORDINATOR).body("{\"title\":\"Santé mentale\"}")
                .post("/api/v1/contracts/" + plan.contract + "/axes").then().statusCode(201).extract().path("id");
        String etag = as(COORDINATOR).get("/api/v1/axes/" + axis).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/axes/" + axis).then().statusCode(204);

        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/history").then().statusCode(200)
                .body("items[0].objectType", equalTo("AXIS"))
                .body("items[0].objectId", equalTo(axis))
                .body("items[0].operation", equalTo("DELETED"))
                .body("items[0].label", equalTo("Santé mentale"))
                .body("items[0].changes.find { it.field == 'title' }.before", equalTo("Santé mentale"))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo(null))
                .body("items.objectType", hasItem("CONTRACT"))
                .body("items.objectType", hasItem("ACTION"));
    }

    @Test
    void technicalOnlyChangesAreNotShown() {
        patchAction(COORDINATOR, "{\"progress\":30}");

        as(COORDINATOR).get("/api/v1/actions/" + action + "/history").then().statusCode(200)
                .body("items.operation", not(hasItem("UPDATED")));
    }

    @Test
    void historyIsPaged() {
        patchAction(COORDINATOR, "{\"progress\":40}");
        patchAction(COORDINATOR, "{\"progress\":50}");

        as(COORDINATOR).queryParam("size", 2).queryParam("page", 1).get("/api/v1/actions/" + action + "/history")
                .then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items", hasSize(1)).body("items[0].operation", equalTo("CREATED"));
        as(COORDINATOR).queryParam("size", 500).get("/api/v1/actions/" + action + "/history")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aLongHistoryIsPagedInTheDatabaseAndOnlyOnePageIsRead() {
        for (int i = 1; i <= 24; i++) {
            as(ARS).body("{\"text\":\"Note %02d\"}".formatted(i)).post("/api/v1/actions/" + action + "/notes").then().statusCode(201);
        }
        patchAction(COORDINATOR, "{\"progress\":30}"); // a technical-only update: neither shown nor counted

        String history = "/api/v1/actions/" + action + "/history";
        as(COORDINATOR).queryParam("size", 5).queryParam("page", 2).get(history).then().statusCode(200)
                .body("totalItems", equalTo(25)).body("page", equalTo(2)).body("size", equalTo(5))
                .body("items.label", contains("Note 14", "Note 13", "Note 12", "Note 11", "Note 10"))
                .body("items.operation", everyItem(equalTo("CREATED")))
                .body("items.changes[0][0].after", equalTo("Note 14"));
        as(COORDINATOR).queryParam("size", 5).queryParam("page", 4).get(history).then().statusCode(200)
                .body("totalItems", equalTo(25))
                .body("items.label", contains("Note 04", "Note 03", "Note 02", "Note 01", "Sport santé sur ordonnance"))
                .body("items[4].objectType", equalTo("ACTION"));
        as(COORDINATOR).queryParam("size", 5).queryParam("page", 5).get(history).then().statusCode(200)
                .body("totalItems", equalTo(25)).body("items", hasSize(0));
        as(COORDINATOR).queryParam("size", 5).queryParam("page", 1).get("/api/v1/contracts/" + plan.contract + "/history")
                .then().statusCode(200)
                .body("items.label", contains("Note 19", "Note 18", "Note 17", "Note 16", "Note 15"));

        long loadedOf25 = entitiesLoaded(() -> as(COORDINATOR).queryParam("size", 5).queryParam("page", 2).get(history)
                .then().statusCode(200));
        for (int i = 25; i <= 64; i++) {
            as(ARS).body("{\"text\":\"Note %02d\"}".formatted(i)).post("/api/v1/actions/" + action + "/notes").then().statusCode(201);
        }
        long loadedOf65 = entitiesLoaded(() -> as(COORDINATOR).queryParam("size", 5).queryParam("page", 2).get(history)
                .then().statusCode(200).body("totalItems", equalTo(65)).body("items[0].label", equalTo("Note 54")));
        assertThat(loadedOf65).as("entities loaded for a page of 5, out of 65 entries rather than 25").isEqualTo(loadedOf25);
    }

    private long entitiesLoaded(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getEntityLoadCount();
        request.run();
        return statistics.getEntityLoadCount() - before;
    }

    @Test
    void historyOutsideTheReadScopeIs404() {
        as(COORDINATOR2).get("/api/v1/actions/" + action + "/history").then().statusCode(404);
        as(ARS2).get("/api/v1/contracts/" + plan.contract + "/history").then().statusCode(404);
        as(ARS).get("/api/v1/contracts/" + plan.contract + "/history").then().statusCode(200);
    }
}
