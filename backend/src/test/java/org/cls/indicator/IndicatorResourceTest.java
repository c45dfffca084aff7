package org.cls.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ANONYMOUS;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.IndicatorFactory.createOnAction;
import static org.cls.support.IndicatorFactory.participants;
import static org.cls.support.IndicatorFactory.record;
import static org.cls.support.IndicatorFactory.value;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorResourceTest {

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

    @Test
    void coordinatorCreatesAnIndicatorAsTheIssueWritesIt() {
        as(COORDINATOR).body(participants()).post("/api/v1/actions/" + action + "/indicators").then().statusCode(201)
                .header("Location", containsString("/api/v1/indicators/")).header("ETag", equalTo("\"0\""))
                .body("actionId", equalTo(action)).body("objectiveId", nullValue()).body("contractId", equalTo(plan.contract))
                .body("name", equalTo("Participants aux ateliers")).body("kind", equalTo("PROCESS")).body("direction", equalTo("INCREASE"))
                .body("baseline.value", equalTo(0)).body("baseline.date", equalTo("2025-01-01"))
                .body("target.value", equalTo(200)).body("target.date", equalTo("2026-12-31"))
                .body("frequency", equalTo("SEMIANNUAL")).body("latestValue", nullValue()).body("achievement", nullValue())
                .body("trackStatus", equalTo("NO_DATA")).body("expectedAchievement", notNullValue())
                .body("nextDueDate", equalTo("2025-06-30")).body("canEdit", equalTo(true)).body("canRecord", equalTo(true))
                .body("createdBy", equalTo("coordinator"));
    }

    @Test
    void readsComputeFromTheLatestValue() {
        String indicator = createOnAction(action, participants());
        record(PILOT, indicator, "2025-12-31", 100);
        record(PILOT, indicator, "2025-06-30", 45);
        as(ARS).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                .body("latestValue", equalTo(100)).body("latestDate", equalTo("2025-12-31")).body("achievement", equalTo(0.5f))
                .body("nextDueDate", equalTo("2026-06-30")).body("canRecord", equalTo(false)).body("canEdit", equalTo(false));
        as(PILOT).get("/api/v1/actions/" + action + "/indicators").then().statusCode(200)
                .body("name", contains("Participants aux ateliers")).body("[0].canRecord", equalTo(true)).body("[0].canEdit", equalTo(false));
        as(PILOT).get("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(200)
                .body("date", contains("2025-06-30", "2025-12-31")).body("value", contains(45, 100))
                .body("author", contains("pilot", "pilot")).body("authorName", contains("pilot Demo", "pilot Demo"));
    }

    @Test
    void invalidIndicatorsNameTheirFields() {
        Map<String, Object> wrongWay = participants();
        wrongWay.put("direction", "DECREASE");
        wrongWay.put("target", Map.of("value", 200, "date", "2024-12-31"));
        as(COORDINATOR).body(wrongWay).post("/api/v1/actions/" + action + "/indicators").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("target.value", "target.date"));
        Map<String, Object> missing = participants();
        missing.remove("kind");
        missing.put("target", Map.of("date", "2026-12-31"));
        as(COORDINATOR).body(missing).post("/api/v1/actions/" + action + "/indicators").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "target.value"));
        Map<String, Object> unknown = participants();
        unknown.put("trackStatus", "ON_TRACK");
        as(COORDINATOR).body(unknown).post("/api/v1/actions/" + action + "/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("trackStatus"));
        Map<String, Object> badEnum = participants();
        badEnum.put("frequency", "WEEKLY");
        as(COORDINATOR).body(badEnum).post("/api/v1/actions/" + action + "/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("frequency"));
    }

    @Test
    void indicatorWithoutBaselineIsAccepted() {
        Map<String, Object> noBaseline = participants();
        noBaseline.remove("baseline");
        String id = createOnAction(action, noBaseline);
        record(COORDINATOR, id, "2025-06-30", 50);
        record(COORDINATOR, id, "2025-12-31", 125);
        as(COORDINATOR).get("/api/v1/indicators/" + id).then().statusCode(200).body("baseline", nullValue())
                .body("achievement", equalTo(0.5f));
    }

    @Test
    void coordinatorChangesAnIndicatorWithIfMatch() {
        String id = createOnAction(action, participants());
        as(COORDINATOR).contentType(MERGE).body("{\"target\":{\"value\":300,\"date\":\"2027-06-30\"}}")
                .patch("/api/v1/indicators/" + id).then().statusCode(428);
        as(COORDINATOR).header("If-Match", "\"0\"").contentType(MERGE).body("{\"target\":{\"value\":300,\"date\":\"2027-06-30\"},\"unit\":null}")
                .patch("/api/v1/indicators/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("target.value", equalTo(300)).body("unit", nullValue());
        as(COORDINATOR).header("If-Match", "\"0\"").body(participants()).put("/api/v1/indicators/" + id).then().statusCode(412);
        as(COORDINATOR).header("If-Match", "\"1\"").body(participants()).put("/api/v1/indicators/" + id).then().statusCode(200)
                .body("target.value", equalTo(200)).body("unit", equalTo("personnes"));
    }

    @Test
    void pilotRecordsValuesButNeitherCreatesNorChangesIndicators() {
        as(PILOT).body(participants()).post("/api/v1/actions/" + action + "/indicators").then().statusCode(403);
        String id = createOnAction(action, participants());
        as(PILOT).header("If-Match", "\"0\"").contentType(MERGE).body("{\"name\":\"X\"}").patch("/api/v1/indicators/" + id)
                .then().statusCode(403).body("detail", containsString("pilot"));
        as(PILOT).header("If-Match", "\"0\"").delete("/api/v1/indicators/" + id).then().statusCode(403);
        as(PILOT).body(value("2025-06-30", 45)).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(201)
                .header("Location", containsString("/api/v1/measurements/")).body("value", equalTo(45)).body("author", equalTo("pilot"));
    }

    @Test
    void pilotOfAnotherActionOnlyReads() {
        Map<String, Object> other = plan.action("Bus santé");
        other.put("pilot", Map.of("partnerId", plan.cpts, "contactId", plan.otherContact));
        String notMine = plan.createAction(COORDINATOR, other);
        String id = createOnAction(notMine, participants());
        as(PILOT).get("/api/v1/indicators/" + id).then().statusCode(200).body("canRecord", equalTo(false));
        as(PILOT).body(value("2025-06-30", 45)).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(403);
    }

    @Test
    void arsReadsOthersGet404AndAnonymous401() {
        String id = createOnAction(action, participants());
        String m = record(COORDINATOR, id, "2025-06-30", 45);
        as(ARS).get("/api/v1/actions/" + action + "/indicators").then().statusCode(200).body("$", hasSize(1));
        as(ARS).body(value("2025-12-31", 60)).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(403);
        as(ARS).header("If-Match", "\"0\"").delete("/api/v1/measurements/" + m).then().statusCode(403);
        for (var caller : List.of(ARS2, COORDINATOR2)) {
            as(caller).get("/api/v1/indicators/" + id).then().statusCode(404);
            as(caller).get("/api/v1/actions/" + action + "/indicators").then().statusCode(404);
            as(caller).get("/api/v1/measurements/" + m).then().statusCode(404);
            as(caller).get("/api/v1/indicators/" + id + "/measurements").then().statusCode(404);
            as(caller).accept("text/csv").get("/api/v1/contracts/" + plan.contract + "/measurements.csv").then().statusCode(404);
        }
        as(COORDINATOR2).body(participants()).post("/api/v1/actions/" + action + "/indicators").then().statusCode(404);
        as(ANONYMOUS).get("/api/v1/indicators/" + id).then().statusCode(401);
    }

    @Test
    void oneValuePerDateASecondIsAConflictUnlessIfMatch() {
        String id = createOnAction(action, participants());
        String m = record(PILOT, id, "2025-06-30", 45);
        as(PILOT).body(value("2025-06-30", 50)).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(409)
                .body("detail", containsString(m));
        as(PILOT).header("If-Match", "\"7\"").body(value("2025-06-30", 50)).post("/api/v1/indicators/" + id + "/measurements")
                .then().statusCode(412);
        as(PILOT).header("If-Match", "\"0\"").body(value("2025-06-30", 50)).post("/api/v1/indicators/" + id + "/measurements")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("id", equalTo(m)).body("value", equalTo(50));
    }

    @Test
    void valuesAreUpdatedAndDeletedWithIfMatch() {
        String id = createOnAction(action, participants());
        String m = record(PILOT, id, "2025-06-30", 45);
        record(PILOT, id, "2025-12-31", 90);
        Map<String, Object> changed = value("2025-06-30", 47.5);
        changed.put("comment", "Corrigé après pointage");
        as(PILOT).body(changed).put("/api/v1/measurements/" + m).then().statusCode(428);
        as(PILOT).header("If-Match", "\"0\"").body(changed).put("/api/v1/measurements/" + m).then().statusCode(200)
                .body("value", equalTo(47.5f)).body("comment", equalTo("Corrigé après pointage"));
        as(PILOT).header("If-Match", "\"0\"").body(changed).put("/api/v1/measurements/" + m).then().statusCode(412);
        as(PILOT).header("If-Match", "\"1\"").contentType(MERGE).body("{\"date\":\"2025-12-31\"}").patch("/api/v1/measurements/" + m)
                .then().statusCode(409);
        as(PILOT).header("If-Match", "\"1\"").contentType(MERGE).body("{\"value\":\"x\"}").patch("/api/v1/measurements/" + m)
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        as(PILOT).header("If-Match", "\"1\"").delete("/api/v1/measurements/" + m).then().statusCode(204);
        as(PILOT).get("/api/v1/indicators/" + id + "/measurements").then().statusCode(200).body("date", contains("2025-12-31"));
    }

    @Test
    void batchIsAllOrNothingAndNamesEveryRejectedLine() {
        String id = createOnAction(action, participants());
        String second = createOnAction(action, participants());
        record(PILOT, second, "2025-06-30", 10);
        Map<String, Object> ok = line(id, "2025-06-30", 45);
        Map<String, Object> unknown = line("00000000-0000-0000-0000-000000000000", "2025-06-30", 1);
        Map<String, Object> noValue = line(id, "2025-12-31", 1);
        noValue.remove("value");
        Map<String, Object> exists = line(second, "2025-06-30", 12);
        Map<String, Object> twice = line(id, "2025-06-30", 46);
        as(PILOT).body(Map.of("measurements", List.of(ok, unknown, noValue, exists, twice))).post("/api/v1/measurements/batch")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("measurements[1].indicatorId", "measurements[2].value",
                        "measurements[3].date", "measurements[4].date"));
        as(PILOT).get("/api/v1/indicators/" + id + "/measurements").then().statusCode(200).body("$", empty());

        Map<String, Object> replace = line(second, "2025-06-30", 12);
        replace.put("version", 0);
        as(PILOT).body(Map.of("measurements", List.of(ok, line(id, "2025-12-31", 90), replace))).post("/api/v1/measurements/batch")
                .then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(1))
                .body("measurements.value", contains(45, 90, 12));
        as(PILOT).get("/api/v1/indicators/" + second).then().statusCode(200).body("latestValue", equalTo(12));
        // the version is now 1: a replay is stale
        as(PILOT).body(Map.of("measurements", List.of(replace))).post("/api/v1/measurements/batch").then().statusCode(400)
                .body("errors.field", contains("measurements[0].version"));
    }

    @Test
    void batchRefusesIndicatorsTheCallerMayNotFeed() {
        Map<String, Object> other = plan.action("Bus santé");
        other.put("pilot", Map.of("partnerId", plan.cpts, "contactId", plan.otherContact));
        String notMine = createOnAction(plan.createAction(COORDINATOR, other), participants());
        String mine = createOnAction(action, participants());
        as(PILOT).body(Map.of("measurements", List.of(line(mine, "2025-06-30", 1), line(notMine, "2025-06-30", 1))))
                .post("/api/v1/measurements/batch").then().statusCode(400)
                .body("errors.field", contains("measurements[1].indicatorId"));
        as(PILOT).body(Map.of("measurements", List.of())).post("/api/v1/measurements/batch").then().statusCode(400)
                .body("errors.field", contains("measurements"));
        as(ARS2).body(Map.of("measurements", List.of(line(mine, "2025-06-30", 1)))).post("/api/v1/measurements/batch").then()
                .statusCode(400).body("errors[0].message", equalTo("indicateur inconnu"));
    }

    @Test
    void objectivesCarryContractLevelIndicators() {
        String id = as(COORDINATOR).body(participants()).post("/api/v1/objectives/" + plan.objective + "/indicators").then()
                .statusCode(201).body("objectiveId", equalTo(plan.objective)).body("actionId", nullValue()).extract().path("id");
        as(ARS).get("/api/v1/objectives/" + plan.objective + "/indicators").then().statusCode(200).body("id", contains(id));
        as(PILOT).body(value("2025-06-30", 45)).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(403);
        as(COORDINATOR2).get("/api/v1/objectives/" + plan.objective + "/indicators").then().statusCode(404);
        record(COORDINATOR, id, "2025-06-30", 45);
    }

    @Test
    void indicatorWithValuesIsDeletedOnlyWithCascade() {
        String id = createOnAction(action, participants());
        String m = record(COORDINATOR, id, "2025-06-30", 45);
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/indicators/" + id).then().statusCode(409)
                .body("detail", containsString("1 value(s)"));
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/indicators/" + id).then()
                .statusCode(204);
        as(COORDINATOR).get("/api/v1/measurements/" + m).then().statusCode(404);
    }

    @Test
    void deletingTheActionRemovesItsIndicators() {
        String id = createOnAction(action, participants());
        record(COORDINATOR, id, "2025-06-30", 45);
        as(COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/actions/" + action).then().statusCode(204);
        as(COORDINATOR).get("/api/v1/indicators/" + id).then().statusCode(404);
    }

    @Test
    void deletingTheContractWithItsPlanRemovesTheIndicators() {
        String id = createOnAction(action, participants());
        record(PILOT, id, "2025-06-30", 45);
        String objectiveLevel = as(COORDINATOR).body(participants()).post("/api/v1/objectives/" + plan.objective + "/indicators")
                .then().statusCode(201).extract().path("id");
        as(COORDINATOR).header("If-Match", "\"0\"").queryParam("cascade", true).delete("/api/v1/contracts/" + plan.contract)
                .then().statusCode(204);
        as(COORDINATOR).get("/api/v1/indicators/" + id).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/indicators/" + objectiveLevel).then().statusCode(404);
    }

    @Test
    void listsReadInAConstantNumberOfQueries() {
        String first = createOnAction(action, participants());
        record(COORDINATOR, first, "2025-06-30", 45);
        long few = queries("/api/v1/actions/" + action + "/indicators");
        for (int i = 0; i < 4; i++) {
            String id = createOnAction(action, participants());
            record(COORDINATOR, id, "2025-06-30", 45);
            record(COORDINATOR, id, "2025-12-31", 50);
        }
        assertThat(queries("/api/v1/actions/" + action + "/indicators")).isEqualTo(few);
        long due = queries("/api/v1/me/indicators-due");
        String another = plan.createAction("Bus santé");
        createOnAction(another, participants());
        assertThat(queries("/api/v1/me/indicators-due")).isLessThanOrEqualTo(due);
    }

    private long queries(String path) {
        var statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        as(PILOT).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void pilotSeesTheIndicatorsDueMostOverdueFirst() {
        String late = createOnAction(action, participants());
        Map<String, Object> yearly = participants();
        yearly.put("name", "Patients orientés");
        yearly.put("frequency", "YEARLY");
        yearly.put("target", Map.of("value", 200, "date", "2100-12-31"));
        String yearlyId = createOnAction(action, yearly);
        int year = java.time.LocalDate.now().getYear();
        record(PILOT, yearlyId, (year - 1) + "-12-31", 80);
        Map<String, Object> future = participants();
        future.put("name", "Pas encore dû");
        future.put("baseline", Map.of("value", 0, "date", "2099-01-01"));
        future.put("target", Map.of("value", 10, "date", "2100-12-31"));
        createOnAction(action, future);
        as(PILOT).get("/api/v1/me/indicators-due").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].indicator.id", equalTo(late)).body("items[0].daysOverdue", notNullValue());
        // the yearly one is due at the end of this year, the other one in 2099
        as(PILOT).queryParam("withinDays", 366).get("/api/v1/me/indicators-due").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.indicator.id", contains(late, yearlyId))
                .body("items[0].indicator.nextDueDate", equalTo("2025-06-30")).body("items[0].actionId", equalTo(action))
                .body("items[0].actionCode", equalTo("1.1.1")).body("items[0].contractName", notNullValue())
                .body("items[1].indicator.latestValue", equalTo(80)).body("items[1].indicator.nextDueDate", equalTo(year + "-12-31"));
        as(COORDINATOR).get("/api/v1/me/indicators-due").then().statusCode(200).body("totalItems", equalTo(0));
        as(PILOT).queryParam("withinDays", 400).get("/api/v1/me/indicators-due").then().statusCode(400)
                .body("errors[0].field", equalTo("withinDays"));
    }

    @Test
    void valuesExportAsCsvForAnActionAndAContract() {
        String id = createOnAction(action, participants());
        record(PILOT, id, "2025-06-30", 45);
        Map<String, Object> commented = value("2025-12-31", 100.5);
        commented.put("comment", "Ateliers \"mobiles\", 2 communes");
        as(PILOT).body(commented).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(201);
        String objectiveLevel = as(COORDINATOR).body(participants()).post("/api/v1/objectives/" + plan.objective + "/indicators")
                .then().statusCode(201).extract().path("id");
        record(COORDINATOR, objectiveLevel, "2025-12-31", 7);

        String csv = as(ARS).accept("text/csv").get("/api/v1/actions/" + action + "/measurements.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("contract,objective,action_code,action_title,indicator,kind,unit,direction");
        assertThat(lines.get(1)).contains(",1.1,1.1.1,Sport santé sur ordonnance,Participants aux ateliers,PROCESS,personnes,INCREASE,0,2025-01-01,200,2026-12-31,2025-06-30,45,");
        assertThat(lines.get(2)).contains(",2025-12-31,100.5,\"Ateliers \"\"mobiles\"\", 2 communes\",pilot Demo,");

        String all = as(COORDINATOR).accept("text/csv").get("/api/v1/contracts/" + plan.contract + "/measurements.csv").then()
                .statusCode(200).extract().asString();
        assertThat(all.lines().toList()).hasSize(4);
        assertThat(all.lines().toList().get(3)).contains(",1.1,,,Participants aux ateliers,").contains(",2025-12-31,7,");
    }

    @Test
    void csvExportNeutralisesFormulaInjection() {
        String id = createOnAction(action, participants());
        Map<String, Object> hostile = value("2025-06-30", -3);
        hostile.put("comment", "=HYPERLINK(\"http://evil.example\",\"clic\")");
        as(PILOT).body(hostile).post("/api/v1/indicators/" + id + "/measurements").then().statusCode(201);

        String csv = as(COORDINATOR).accept("text/csv").get("/api/v1/actions/" + action + "/measurements.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().toList().get(1)).contains(",2025-06-30,-3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",");
    }

    @Test
    void measurementCsvGuardsTheActionCode() throws Exception {
        List<String> codes = List.of("=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-1+2");
        for (String code : codes) {
            Map<String, Object> hostile = plan.action("Action " + code);
            hostile.put("code", code);
            String id = plan.createAction(COORDINATOR, hostile);
            String indicator = createOnAction(id, participants());
            record(PILOT, indicator, "2025-06-30", 45);
            String csv = as(COORDINATOR).accept("text/csv").get("/api/v1/actions/" + id + "/measurements.csv").then().statusCode(200)
                    .extract().asString();
            assertThat(csvColumn(csv, "action_code")).containsExactly("'" + code);
        }
        String all = as(COORDINATOR).accept("text/csv").get("/api/v1/contracts/" + plan.contract + "/measurements.csv").then()
                .statusCode(200).extract().asString();
        assertThat(csvColumn(all, "action_code")).containsExactlyInAnyOrderElementsOf(codes.stream().map(c -> "'" + c).toList());
        // numbers are written as they are
        assertThat(csvColumn(all, "value")).containsOnly("45");
    }

    static List<String> csvColumn(String csv, String column) throws java.io.IOException {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))) {
            return parser.getRecords().stream().map(r -> r.get(column)).toList();
        }
    }

    static Map<String, Object> line(String indicatorId, String date, Object value) {
        Map<String, Object> l = new HashMap<>(value(date, value));
        l.put("indicatorId", indicatorId);
        return l;
    }
}
