package org.cls.support;

import static org.cls.support.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A contract with a plan, as a coordinator builds it through the API. */
public final class PlanFactory {

    public final String contract;
    public final String axis;
    public final String objective;
    public final String cpts;
    public final String pilotContact;
    public final String otherContact;
    public final String hospital;
    public final String ars;

    private PlanFactory(Caller coordinator, Map<String, Object> contract) {
        this.contract = ContractFactory.create(coordinator, contract);
        this.axis = as(coordinator).body(Map.of("title", "Prévention et promotion de la santé"))
                .post("/api/v1/contracts/" + this.contract + "/axes").then().statusCode(201).extract().path("id");
        this.objective = as(coordinator).body(Map.of("title", "Promouvoir l'activité physique"))
                .post("/api/v1/axes/" + axis + "/objectives").then().statusCode(201).extract().path("id");
        this.cpts = PartnerFactory.createPartner("CPTS du Grand Cahors " + this.contract, "CPTS");
        this.pilotContact = PartnerFactory.createContact(coordinator, cpts, "Paul", "Pilote", "pilot@example.org");
        this.otherContact = PartnerFactory.createContact(coordinator, cpts, "Anne", "Martin", "anne@example.org");
        this.hospital = PartnerFactory.createPartner("Centre hospitalier " + this.contract, "HOSPITAL");
        this.ars = PartnerFactory.createPartner("ARS Occitanie " + this.contract, "ARS");
    }

    public static PlanFactory grandQuercy() {
        return new PlanFactory(Caller.COORDINATOR, ContractFactory.grandQuercy());
    }

    public static PlanFactory terresDeLorraine() {
        return new PlanFactory(Caller.COORDINATOR2, ContractFactory.terresDeLorraine());
    }

    /** The example, piloted by the demo pilot. */
    public Map<String, Object> action(String title) {
        Map<String, Object> a = new HashMap<>();
        a.put("objectiveId", objective);
        a.put("title", title);
        a.put("rationale", "Sédentarité élevée chez les patients atteints de maladies chroniques.");
        a.put("goals", "Faire bouter les patients");
        a.put("description", "Prescription d'activité physique adaptée.");
        a.put("targetPublic", "Patients en ALD");
        a.put("themes", List.of("PHYSICAL_ACTIVITY"));
        a.put("communeCodes", List.of("46042"));
        a.put("startDate", "2025-03-01");
        a.put("endDate", "2026-12-31");
        a.put("status", "IN_PROGRESS");
        a.put("progress", 30);
        a.put("priority", "HIGH");
        a.put("pilot", Map.of("partnerId", cpts, "contactId", pilotContact));
        a.put("partners", new ArrayList<>(List.of(Map.of("partnerId", hospital, "role", "CO_PILOT"))));
        a.put("fundings", new ArrayList<>(List.of(
                Map.of("funderId", ars, "year", 2025, "amount", 12000.00, "kind", "OPERATING", "status", "GRANTED"))));
        a.put("steps", new ArrayList<>(List.of(Map.of("title", "Former les éducateurs", "dueDate", "2025-06-30", "done", false))));
        return a;
    }

    public String createAction(Caller coordinator, Map<String, Object> action) {
        return as(coordinator).body(action).post("/api/v1/actions").then().statusCode(201).extract().path("id");
    }

    public String createAction(String title) {
        return createAction(Caller.COORDINATOR, action(title));
    }
}
