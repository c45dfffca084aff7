package org.cls.security;

import static org.cls.security.AuthorizationPolicy.Outcome.ALLOW;
import static org.cls.security.AuthorizationPolicy.Outcome.FORBIDDEN;
import static org.cls.security.AuthorizationPolicy.Outcome.INVALID;
import static org.cls.security.AuthorizationPolicy.Outcome.NOT_FOUND;
import static org.cls.security.AuthorizationPolicy.Outcome.UNAUTHORIZED;
import static org.cls.security.AuthorizationPolicy.Who.ANONYMOUS;
import static org.cls.security.AuthorizationPolicy.Who.ARS_IN_SCOPE;
import static org.cls.security.AuthorizationPolicy.Who.ARS_OUT_OF_SCOPE;
import static org.cls.security.AuthorizationPolicy.Who.COORDINATOR;
import static org.cls.security.AuthorizationPolicy.Who.OTHER_COORDINATOR;
import static org.cls.security.AuthorizationPolicy.Who.OTHER_PILOT;
import static org.cls.security.AuthorizationPolicy.Who.PILOT;
import static org.cls.security.AuthorizationPolicy.Who.SERVICE_ACCOUNT;
import static org.cls.security.AuthorizationPolicy.Who.COORDINATOR_AND_ARS;
import static org.cls.security.AuthorizationPolicy.Who.EMAIL_HIJACKER;
import static org.cls.security.AuthorizationPolicy.Who.UNVERIFIED_COORDINATOR;
import static org.cls.security.AuthorizationPolicy.Who.UNVERIFIED_PILOT;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.GovernanceFactory;
import org.cls.support.IndicatorFactory;
import org.cls.support.PartnerFactory;

/**
 * THE authorization policy: for every API operation ("METHOD /path-template" as in openapi.yaml), what each kind of
 * caller gets. {@link AuthorizationMatrixTest} sends every operation as every caller against the fixture and fails on
 * any operation without a row here.
 * <p>
 * To add a feature: write a {@code private static void myFeature(Table t)} section with its rows (a preset rule, then
 * {@code .with(...)} for the exceptions, and a sample body for operations that take one), call it from {@link #table()},
 * and put the ids of its fixture objects in {@link AuthorizationMatrixTest.Fixture#ids} (keyed by the path segment
 * before {@code {id}}).
 */
final class AuthorizationPolicy {

    private AuthorizationPolicy() {
    }

    /** The kinds of caller, each sent as a real token, against one contract of the Lot (département 46). */
    enum Who {
        ANONYMOUS(Caller.ANONYMOUS),
        /** Coordinates the fixture contract. */
        COORDINATOR(Caller.COORDINATOR),
        /** Coordinates another contract (Terres de Lorraine) only. */
        OTHER_COORDINATOR(Caller.COORDINATOR2),
        /** Pilots the fixture action. */
        PILOT(Caller.PILOT),
        /** Pilots another action of the same contract. */
        OTHER_PILOT(Caller.PILOT2),
        /** ARS délégation of the Lot. */
        ARS_IN_SCOPE(Caller.ARS),
        /** ARS délégation of Meurthe-et-Moselle. */
        ARS_OUT_OF_SCOPE(Caller.ARS2),
        /** The ars-reporting client (client credentials), scoped to the Lot. */
        SERVICE_ACCOUNT(Caller.SERVICE_ACCOUNT),
        /** Coordinates the fixture contract (an invited seat, claimed) and is an ARS officer of Meurthe-et-Moselle. */
        COORDINATOR_AND_ARS(Caller.COORDINATOR_AND_ARS),
        /** The fixture pilot's account after an email change (same sub): keeps every right of PILOT. */
        PILOT_NEW_EMAIL(Caller.PILOT_NEW_EMAIL),
        /** Another account that took the fixture pilot's email, verified: gains nothing. */
        EMAIL_HIJACKER(Caller.EMAIL_HIJACKER),
        /** The email of a pilot contact not yet claimed, unverified: gains nothing. */
        UNVERIFIED_PILOT(Caller.UNVERIFIED_PILOT),
        /** The email of a coordinator seat not yet claimed, unverified: gains nothing. */
        UNVERIFIED_COORDINATOR(Caller.UNVERIFIED_COORDINATOR);

        /** Callers whose outcome is always that of another: a rule naming the first names them too. */
        static final Map<Who, Who> SAME_AS = Map.of(PILOT, PILOT_NEW_EMAIL, OTHER_COORDINATOR, UNVERIFIED_COORDINATOR,
                COORDINATOR, COORDINATOR_AND_ARS);

        final Caller caller;

        Who(Caller caller) {
            this.caller = caller;
        }
    }

    /** What a caller gets: allowed (2xx, or 409/412 once past the checks), or the denial's status. */
    enum Outcome {
        ALLOW(0), INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404);

        final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    /** One row: the outcome per caller, an optional sample body, and whether a list must hide out-of-scope objects. */
    record Rule(Map<Who, Outcome> outcomes, Function<AuthorizationMatrixTest.Fixture, Object> body, boolean hidesOutOfScope) {

        static Rule all(Outcome outcome) {
            Map<Who, Outcome> m = new EnumMap<>(Who.class);
            for (Who w : Who.values()) {
                m.put(w, outcome);
            }
            return new Rule(m, null, false);
        }

        Rule with(Outcome outcome, Who... who) {
            Map<Who, Outcome> m = new EnumMap<>(outcomes);
            for (Who w : who) {
                m.put(w, outcome);
                if (Who.SAME_AS.containsKey(w)) {
                    m.put(Who.SAME_AS.get(w), outcome);
                }
            }
            return new Rule(m, body, hidesOutOfScope);
        }

        Rule body(Function<AuthorizationMatrixTest.Fixture, Object> sample) {
            return new Rule(outcomes, sample, hidesOutOfScope);
        }

        /** A list: callers who cannot read the fixture contract must not find any of its objects in it. */
        Rule scopedList() {
            return new Rule(outcomes, body, true);
        }

        Outcome of(Who who) {
            return outcomes.get(who);
        }
    }

    // --- presets

    /** No token needed. */
    static final Rule PUBLIC = Rule.all(ALLOW);
    /** Any signed-in caller (lists filtered to their scope, the shared partner directory, /me). */
    static final Rule SIGNED_IN = PUBLIC.with(UNAUTHORIZED, ANONYMOUS);
    /** The readers of the fixture contract; others get 404 (its existence does not leak). */
    static final Rule READ = SIGNED_IN.with(NOT_FOUND, OTHER_COORDINATOR, ARS_OUT_OF_SCOPE, EMAIL_HIJACKER, UNVERIFIED_PILOT);
    /** Changes reserved to the coordinators of the contract: readers get 403, others 404. */
    static final Rule COORDINATE = READ.with(FORBIDDEN, PILOT, OTHER_PILOT, ARS_IN_SCOPE, SERVICE_ACCOUNT);
    /** Same, behind {@code @RolesAllowed(coordinator)}: the role is checked first, so non-coordinators get 403 whatever the id. */
    static final Rule COORDINATOR_ROLE_THEN_COORDINATE = COORDINATE.with(FORBIDDEN, ARS_OUT_OF_SCOPE, EMAIL_HIJACKER, UNVERIFIED_PILOT);
    /** Any coordinator (creating a contract, writing the shared partner directory). */
    static final Rule COORDINATOR_ROLE = Rule.all(FORBIDDEN).with(UNAUTHORIZED, ANONYMOUS).with(ALLOW, COORDINATOR, OTHER_COORDINATOR);

    private static final AtomicInteger SEQ = new AtomicInteger();

    static Map<String, Rule> table() {
        Table t = new Table();
        me(t);
        contracts(t);
        plan(t);
        actions(t);
        partners(t);
        amendments(t);
        indicators(t);
        governance(t);
        reporting(t);
        return t.rows;
    }

    static final class Table {
        final Map<String, Rule> rows = new LinkedHashMap<>();

        Table row(String operation, Rule rule) {
            if (rows.put(operation, rule) != null) {
                throw new IllegalStateException("two rows for " + operation);
            }
            return this;
        }
    }

    private static void me(Table t) {
        t.row("GET /api/v1/me", SIGNED_IN)
                .row("GET /api/v1/client-config", PUBLIC);
    }

    private static void contracts(Table t) {
        t.row("GET /api/v1/contracts", SIGNED_IN.scopedList())
                // taking a seat by creating a contract needs a verified email
                .row("POST /api/v1/contracts", COORDINATOR_ROLE.with(FORBIDDEN, UNVERIFIED_COORDINATOR).body(f -> ContractFactory.grandQuercy()))
                .row("GET /api/v1/contracts/{id}", READ)
                .row("PUT /api/v1/contracts/{id}", COORDINATE.body(f -> ContractFactory.grandQuercy()))
                .row("PATCH /api/v1/contracts/{id}", COORDINATE.body(f -> Map.of("name", ContractFactory.GRAND_QUERCY)))
                .row("DELETE /api/v1/contracts/{id}", COORDINATE)
                .row("GET /api/v1/contracts/{id}/history", READ);
    }

    private static void plan(Table t) {
        t.row("GET /api/v1/contracts/{id}/plan", READ)
                .row("GET /api/v1/contracts/{id}/axes", READ)
                .row("POST /api/v1/contracts/{id}/axes", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("title", "Axe " + SEQ.incrementAndGet())))
                // the source is the demo coordinator's previous contract, which the second coordinator does not read
                .row("POST /api/v1/contracts/{id}/plan/copy-from/{sourceId}", COORDINATOR_ROLE_THEN_COORDINATE.with(NOT_FOUND, COORDINATOR_AND_ARS))
                .row("GET /api/v1/axes/{id}", READ)
                .row("PUT /api/v1/axes/{id}", COORDINATE.body(f -> Map.of("title", "Prévention et promotion de la santé")))
                .row("PATCH /api/v1/axes/{id}", COORDINATE.body(f -> Map.of("title", "Prévention et promotion de la santé")))
                .row("DELETE /api/v1/axes/{id}", COORDINATE)
                .row("GET /api/v1/axes/{id}/objectives", READ)
                .row("POST /api/v1/axes/{id}/objectives", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("title", "Objectif " + SEQ.incrementAndGet())))
                .row("GET /api/v1/objectives/{id}", READ)
                .row("PUT /api/v1/objectives/{id}", COORDINATE.body(f -> Map.of("title", "Promouvoir l'activité physique")))
                .row("PATCH /api/v1/objectives/{id}", COORDINATE.body(f -> Map.of("title", "Promouvoir l'activité physique")))
                .row("DELETE /api/v1/objectives/{id}", COORDINATE);
    }

    private static void actions(Table t) {
        t.row("GET /api/v1/actions", SIGNED_IN.scopedList())
                // the objective is in the body: one the caller cannot read is an invalid field, not a 404
                .row("POST /api/v1/actions", COORDINATOR_ROLE_THEN_COORDINATE.with(INVALID, OTHER_COORDINATOR)
                        .body(f -> f.plan.action("Action " + SEQ.incrementAndGet())))
                .row("GET /api/v1/actions/{id}", READ)
                .row("PUT /api/v1/actions/{id}", COORDINATE.body(f -> f.plan.action(AuthorizationMatrixTest.ACTION_TITLE)))
                .row("PATCH /api/v1/actions/{id}", COORDINATE.with(ALLOW, PILOT).body(f -> Map.of("progress", 40)))
                .row("DELETE /api/v1/actions/{id}", COORDINATE)
                .row("GET /api/v1/actions/{id}/notes", READ)
                .row("POST /api/v1/actions/{id}/notes", COORDINATE.with(ALLOW, PILOT, ARS_IN_SCOPE)
                        .body(f -> Map.of("text", "Point d'étape " + SEQ.incrementAndGet())))
                .row("GET /api/v1/actions/{id}/history", READ);
    }

    /**
     * Organisations are shared: every signed-in caller reads them, any coordinator writes them. Contacts are filed in the
     * directory of a territory (issue 14): the fixture contact (Anne Martin, filed in the Lot by COORDINATOR) is read by the
     * coordinators of the Lot and by the readers of the fixture contract, which uses it (committee member, invitee, presenter,
     * decision owner); OTHER_COORDINATOR and ARS_OUT_OF_SCOPE do not see it (404), nor does the service account, which reads
     * no personal data. Only the coordinators of its territory change, export or erase it; the role is checked first.
     */
    private static void partners(Table t) {
        Rule readContact = READ.with(NOT_FOUND, SERVICE_ACCOUNT);
        t.row("GET /api/v1/partners", SIGNED_IN)
                .row("POST /api/v1/partners", COORDINATOR_ROLE.body(f -> PartnerFactory.partner("Association " + SEQ.incrementAndGet(), "ASSOCIATION", null)))
                .row("GET /api/v1/partners/{id}", SIGNED_IN)
                .row("PUT /api/v1/partners/{id}", COORDINATOR_ROLE.body(f -> PartnerFactory.partner(f.partnerName, "HOSPITAL", null)))
                .row("PATCH /api/v1/partners/{id}", COORDINATOR_ROLE.body(f -> Map.of("website", "https://example.org")))
                .row("DELETE /api/v1/partners/{id}", COORDINATOR_ROLE)
                // a list of the contacts the caller reads (the fixture partner has none)
                .row("GET /api/v1/partners/{id}/contacts", SIGNED_IN)
                // a coordinator files contacts in the directory of a territory they coordinate: the sample names
                // Meurthe-et-Moselle (54), OTHER_COORDINATOR's, so the Lot's COORDINATOR is refused the field (whatever
                // contracts the other rows create: they are all in the Lot)
                .row("POST /api/v1/partners/{id}/contacts", COORDINATOR_ROLE.with(INVALID, COORDINATOR, UNVERIFIED_COORDINATOR).body(f -> {
                    int n = SEQ.incrementAndGet();
                    Map<String, Object> contact = PartnerFactory.contact("Claire", "Contact" + n, "contact" + n + "@example.org");
                    contact.put("departementCode", "54");
                    return contact;
                }))
                .row("GET /api/v1/contacts/{id}", readContact)
                .row("PUT /api/v1/contacts/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> PartnerFactory.contact("Anne", "Martin", "anne@example.org")))
                .row("DELETE /api/v1/contacts/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("GET /api/v1/contacts/{id}/export", COORDINATOR_ROLE_THEN_COORDINATE)
                // sent without If-Match: the coordinator past the checks gets 428 and the fixture is not erased
                .row("POST /api/v1/contacts/{id}/erase", COORDINATOR_ROLE_THEN_COORDINATE);
    }

    private static void amendments(Table t) {
        t.row("GET /api/v1/contracts/{id}/amendments", READ)
                .row("POST /api/v1/contracts/{id}/amendments", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> amendment()))
                .row("GET /api/v1/amendments/{id}", READ)
                .row("PUT /api/v1/amendments/{id}", COORDINATE.body(f -> amendment()))
                .row("PATCH /api/v1/amendments/{id}", COORDINATE.body(f -> Map.of("summary", "Prolongation d'un an")))
                .row("DELETE /api/v1/amendments/{id}", COORDINATE);
    }

    private static void indicators(Table t) {
        // the pilot of the action feeds the values of its indicators; indicators themselves are the coordinators'
        Rule feed = COORDINATE.with(ALLOW, PILOT);
        t.row("GET /api/v1/actions/{id}/indicators", READ)
                .row("POST /api/v1/actions/{id}/indicators", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> IndicatorFactory.participants()))
                .row("GET /api/v1/actions/{id}/measurements.csv", READ)
                .row("GET /api/v1/contracts/{id}/measurements.csv", READ)
                .row("GET /api/v1/objectives/{id}/indicators", READ)
                .row("POST /api/v1/objectives/{id}/indicators", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> IndicatorFactory.participants()))
                .row("GET /api/v1/indicators/{id}", READ)
                .row("PUT /api/v1/indicators/{id}", COORDINATE.body(f -> IndicatorFactory.participants()))
                .row("PATCH /api/v1/indicators/{id}", COORDINATE.body(f -> Map.of("unit", "personnes")))
                .row("DELETE /api/v1/indicators/{id}", COORDINATE)
                .row("GET /api/v1/indicators/{id}/measurements", READ)
                .row("POST /api/v1/indicators/{id}/measurements", feed.body(f -> IndicatorFactory.value("2025-0" + (1 + SEQ.incrementAndGet() % 9) + "-1" + SEQ.get() % 10, 12)))
                .row("GET /api/v1/measurements/{id}", READ)
                .row("PUT /api/v1/measurements/{id}", feed.body(f -> IndicatorFactory.value(AuthorizationMatrixTest.MEASUREMENT_DATE, 45)))
                .row("PATCH /api/v1/measurements/{id}", feed.body(f -> Map.of("value", 46)))
                .row("DELETE /api/v1/measurements/{id}", feed)
                // a line the caller cannot write is rejected in the problem of the batch, never written
                .row("POST /api/v1/measurements/batch", SIGNED_IN.with(INVALID, OTHER_COORDINATOR, OTHER_PILOT, ARS_IN_SCOPE, ARS_OUT_OF_SCOPE, SERVICE_ACCOUNT,
                        EMAIL_HIJACKER, UNVERIFIED_PILOT)
                        .body(f -> Map.of("measurements", List.of(Map.of("indicatorId", f.ids.get("indicators"), "date", String.format("2024-%02d-01", 1 + SEQ.incrementAndGet() % 12), "value", 7)))))
                .row("GET /api/v1/me/indicators-due", SIGNED_IN);
    }

    /** Only coordinators write governance: the role is checked before the object is looked up. */
    private static void governance(Table t) {
        t.row("GET /api/v1/contracts/{id}/committees", READ)
                .row("POST /api/v1/contracts/{id}/committees", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> committee(f)))
                .row("GET /api/v1/contracts/{id}/meetings", READ)
                .row("GET /api/v1/contracts/{id}/decisions", READ)
                .row("GET /api/v1/contracts/{id}/calendar.ics", READ)
                .row("GET /api/v1/committees/{id}", READ)
                .row("PUT /api/v1/committees/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> committee(f)))
                .row("PATCH /api/v1/committees/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("theme", "Bilan du contrat")))
                .row("DELETE /api/v1/committees/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("GET /api/v1/committees/{id}/meetings", READ)
                .row("POST /api/v1/committees/{id}/meetings", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> meeting(f)))
                .row("GET /api/v1/meetings/{id}", READ)
                .row("GET /api/v1/meetings/{id}.ics", READ)
                .row("PUT /api/v1/meetings/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> meeting(f)))
                .row("PATCH /api/v1/meetings/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("place", "Figeac")))
                .row("DELETE /api/v1/meetings/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("PUT /api/v1/meetings/{id}/attendance", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> List.of(Map.of("contactId", f.plan.otherContact, "status", "PRESENT"))))
                .row("GET /api/v1/meetings/{id}/decisions", READ)
                .row("POST /api/v1/meetings/{id}/decisions", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> decision(f)))
                .row("GET /api/v1/decisions/{id}", READ)
                .row("PUT /api/v1/decisions/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> decision(f)))
                .row("PATCH /api/v1/decisions/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("status", "DONE")))
                .row("DELETE /api/v1/decisions/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("GET /api/v1/actions/{id}/meetings", READ)
                .row("GET /api/v1/actions/{id}/decisions", READ)
                .row("GET /api/v1/actions/{id}/documents", READ)
                .row("GET /api/v1/contracts/{id}/documents", READ)
                .row("GET /api/v1/meetings/{id}/documents", READ)
                .row("POST /api/v1/actions/{id}/documents", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> AuthorizationMatrixTest.PDF))
                .row("POST /api/v1/contracts/{id}/documents", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> AuthorizationMatrixTest.PDF))
                .row("POST /api/v1/meetings/{id}/documents", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> AuthorizationMatrixTest.PDF))
                .row("GET /api/v1/documents/{id}", READ)
                .row("GET /api/v1/documents/{id}/content", READ)
                .row("DELETE /api/v1/documents/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("POST /api/v1/markdown/preview", COORDINATOR_ROLE.body(f -> Map.of("markdown", "# Compte rendu")));
    }

    static Map<String, Object> committee(AuthorizationMatrixTest.Fixture f) {
        return GovernanceFactory.committee("COTECH", "COTECH " + SEQ.incrementAndGet(), List.of(f.plan.otherContact));
    }

    static Map<String, Object> meeting(AuthorizationMatrixTest.Fixture f) {
        return GovernanceFactory.meeting(f.plan.otherContact, f.ids.get("actions"), List.of(f.plan.otherContact));
    }

    static Map<String, Object> decision(AuthorizationMatrixTest.Fixture f) {
        return GovernanceFactory.decision(f.plan.otherContact, f.ids.get("actions"));
    }

    private static void reporting(Table t) {
        Rule arsOnly = Rule.all(FORBIDDEN).with(UNAUTHORIZED, ANONYMOUS);
        Rule arsRole = arsOnly.with(ALLOW, ARS_IN_SCOPE, ARS_OUT_OF_SCOPE, SERVICE_ACCOUNT).with(ALLOW, COORDINATOR_AND_ARS);
        t.row("GET /api/v1/ars/contracts", arsRole.scopedList())
                .row("GET /api/v1/ars/contracts/overview", arsRole.scopedList())
                .row("GET /api/v1/contracts/{id}/dashboard", READ)
                .row("GET /api/v1/contracts/{id}/plan.xlsx", READ)
                // the fixture contract has a plan: a coordinator past the checks gets 409
                .row("POST /api/v1/contracts/{id}/plan.xlsx", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> f.workbook))
                .row("GET /api/v1/contracts/{id}/reports", READ)
                .row("POST /api/v1/contracts/{id}/reports", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("period", "2025-S2")))
                .row("GET /api/v1/reports/{id}", READ)
                .row("PUT /api/v1/reports/{id}", COORDINATOR_ROLE_THEN_COORDINATE.body(f -> Map.of("highlights", "Ateliers ouverts")))
                .row("DELETE /api/v1/reports/{id}", COORDINATOR_ROLE_THEN_COORDINATE)
                .row("GET /api/v1/reports/{id}/report.pdf", READ)
                .row("GET /api/v1/reports/{id}/report.xlsx", READ)
                .row("POST /api/v1/reports/{id}/submit", COORDINATOR_ROLE_THEN_COORDINATE)
                // the ARS of the territory reviews; the reporting service account only reads; a coordinator never reviews
                // their own contract's report, even holding the ars role
                .row("POST /api/v1/reports/{id}/review", arsOnly.with(ALLOW, ARS_IN_SCOPE).with(NOT_FOUND, ARS_OUT_OF_SCOPE)
                        .body(f -> Map.of("comment", "Bilan conforme")));
    }

    static Map<String, Object> amendment() {
        Map<String, Object> a = new HashMap<>();
        a.put("signedOn", "2025-06-20");
        a.put("summary", "Prolongation d'un an");
        return a;
    }

    static List<Who> callers() {
        return List.of(Who.values());
    }
}
