package org.cls.support;

import static org.cls.support.Api.as;

import java.util.HashMap;
import java.util.Map;

/** Partners and contacts as clients send them. */
public final class PartnerFactory {

    private PartnerFactory() {
    }

    public static Map<String, Object> partner(String name, String type, String siret) {
        Map<String, Object> p = new HashMap<>(Map.of("name", name, "type", type, "communeCode", "46042",
                "website", "https://example.org"));
        if (siret != null) {
            p.put("siret", siret);
        }
        return p;
    }

    public static Map<String, Object> contact(String firstName, String lastName, String email) {
        return new HashMap<>(Map.of("firstName", firstName, "lastName", lastName, "function", "Coordinatrice",
                "email", email, "phone", "05 65 00 00 00"));
    }

    public static String createPartner(String name, String type) {
        return as(Caller.COORDINATOR).body(partner(name, type, null)).post("/api/v1/partners").then().statusCode(201)
                .extract().path("id");
    }

    /** A contact in the directory of the territory of {@link Caller#COORDINATOR} (the Lot, once they coordinate a contract there). */
    public static String createContact(String partnerId, String firstName, String lastName, String email) {
        return createContact(Caller.COORDINATOR, partnerId, firstName, lastName, email);
    }

    /** A contact in the directory of the coordinator's territory (the département of the contracts they coordinate). */
    public static String createContact(Caller coordinator, String partnerId, String firstName, String lastName, String email) {
        return as(coordinator).body(contact(firstName, lastName, email))
                .post("/api/v1/partners/" + partnerId + "/contacts").then().statusCode(201).extract().path("id");
    }

    /** A 14-digit SIRET with a valid Luhn key, from a 13-digit prefix. */
    public static String siret(String prefix13) {
        for (int key = 0; key < 10; key++) {
            String candidate = prefix13 + key;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int d = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
