package org.cls.support;

import static org.cls.support.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Contracts as clients send them. */
public final class ContractFactory {

    public static final String GRAND_QUERCY = "CLS 2 du Grand Quercy";
    public static final String TERRES_DE_LORRAINE = "CLS Terres de Lorraine Nord";

    private ContractFactory() {
    }

    /** The example: the CLS 2 of Grand Quercy (Lot, Occitanie). */
    public static Map<String, Object> grandQuercy() {
        Map<String, Object> territory = new HashMap<>(Map.of("name", "PETR Grand Quercy", "kind", "PETR",
                "regionCode", "76", "departementCodes", List.of("46"), "communeCodes", List.of("46042"),
                "population", 93928));
        return new HashMap<>(Map.of("kind", "CLS", "name", GRAND_QUERCY, "generation", 2, "status", "SIGNED",
                "signedOn", "2025-01-15", "startDate", "2025-01-01", "endDate", "2029-12-31",
                "territory", territory));
    }

    /** A contract in Meurthe-et-Moselle (Grand Est). */
    public static Map<String, Object> terresDeLorraine() {
        Map<String, Object> c = grandQuercy();
        c.put("name", TERRES_DE_LORRAINE);
        c.put("generation", 1);
        c.put("territory", new HashMap<>(Map.of("name", "Pays Terres de Lorraine", "kind", "PAYS",
                "regionCode", "44", "departementCodes", List.of("54"), "communeCodes", List.of("54528"),
                "population", 100000)));
        return c;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> territoryOf(Map<String, Object> contract) {
        return (Map<String, Object>) contract.get("territory");
    }

    public static Map<String, Object> named(Map<String, Object> contract, String name) {
        Map<String, Object> c = new HashMap<>(contract);
        c.put("name", name);
        return c;
    }

    /** Creates the contract as the given coordinator and returns its id. */
    public static String create(Caller coordinator, Map<String, Object> contract) {
        return as(coordinator).body(contract).post("/api/v1/contracts").then().statusCode(201)
                .extract().path("id");
    }

    public static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
