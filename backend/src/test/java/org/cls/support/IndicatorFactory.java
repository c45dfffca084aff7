package org.cls.support;

import static org.cls.support.Api.as;

import java.util.HashMap;
import java.util.Map;

/** Indicators and values as clients send them. */
public final class IndicatorFactory {

    private IndicatorFactory() {
    }

    /** The example: workshop participants, 0 on 2025-01-01 to 200 by 2026-12-31, every semester. */
    public static Map<String, Object> participants() {
        Map<String, Object> i = new HashMap<>();
        i.put("name", "Participants aux ateliers");
        i.put("kind", "PROCESS");
        i.put("unit", "personnes");
        i.put("direction", "INCREASE");
        i.put("baseline", Map.of("value", 0, "date", "2025-01-01"));
        i.put("target", Map.of("value", 200, "date", "2026-12-31"));
        i.put("frequency", "SEMIANNUAL");
        i.put("source", "Feuilles d'émargement");
        return i;
    }

    public static Map<String, Object> value(String date, Object value) {
        return new HashMap<>(Map.of("date", date, "value", value));
    }

    public static String createOnAction(String actionId, Map<String, Object> indicator) {
        return as(Caller.COORDINATOR).body(indicator).post("/api/v1/actions/" + actionId + "/indicators").then().statusCode(201)
                .extract().path("id");
    }

    public static String createOnObjective(String objectiveId, Map<String, Object> indicator) {
        return as(Caller.COORDINATOR).body(indicator).post("/api/v1/objectives/" + objectiveId + "/indicators").then().statusCode(201)
                .extract().path("id");
    }

    public static String record(Caller caller, String indicatorId, String date, Object value) {
        return as(caller).body(value(date, value)).post("/api/v1/indicators/" + indicatorId + "/measurements").then().statusCode(201)
                .extract().path("id");
    }
}
