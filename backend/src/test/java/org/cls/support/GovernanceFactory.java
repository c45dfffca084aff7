package org.cls.support;

import static org.cls.support.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Committees, meetings and decisions as a coordinator records them through the API. */
public final class GovernanceFactory {

    private GovernanceFactory() {
    }

    /** A tiny but real PDF. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public static Map<String, Object> committee(String kind, String name, List<String> memberContactIds) {
        Map<String, Object> c = new HashMap<>(Map.of("kind", kind, "name", name, "theme", "Suivi du contrat"));
        c.put("memberContactIds", new ArrayList<>(memberContactIds));
        return c;
    }

    /** The example meeting. */
    public static Map<String, Object> meeting(String presenterContactId, String actionId, List<String> inviteeContactIds) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", "Bilan annuel");
        item.put("durationMinutes", 45);
        item.put("presenterContactId", presenterContactId);
        item.put("actionId", actionId);
        Map<String, Object> m = new HashMap<>();
        m.put("startsAt", "2025-12-11T14:00:00+01:00");
        m.put("endsAt", "2025-12-11T16:30:00+01:00");
        m.put("place", "Cahors");
        m.put("videoLink", null);
        m.put("agenda", new ArrayList<>(List.of(item)));
        m.put("inviteeContactIds", new ArrayList<>(inviteeContactIds));
        return m;
    }

    public static Map<String, Object> decision(String ownerContactId, String actionId) {
        Map<String, Object> d = new HashMap<>(Map.of("text", "Relancer les MSP", "dueDate", "2026-03-01"));
        d.put("ownerContactId", ownerContactId);
        d.put("actionId", actionId);
        return d;
    }

    public static String createCommittee(Caller coordinator, String contractId, Map<String, Object> committee) {
        return as(coordinator).body(committee).post("/api/v1/contracts/" + contractId + "/committees").then().statusCode(201)
                .extract().path("id");
    }

    public static String createMeeting(Caller coordinator, String committeeId, Map<String, Object> meeting) {
        return as(coordinator).body(meeting).post("/api/v1/committees/" + committeeId + "/meetings").then().statusCode(201)
                .extract().path("id");
    }

    public static String createDecision(Caller coordinator, String meetingId, Map<String, Object> decision) {
        return as(coordinator).body(decision).post("/api/v1/meetings/" + meetingId + "/decisions").then().statusCode(201)
                .extract().path("id");
    }
}
