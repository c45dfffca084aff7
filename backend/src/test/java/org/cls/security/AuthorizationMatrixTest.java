package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.cls.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.cls.security.AuthorizationPolicy.Outcome;
import org.cls.security.AuthorizationPolicy.Rule;
import org.cls.security.AuthorizationPolicy.Who;
import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.GovernanceFactory;
import org.cls.support.IndicatorFactory;
import org.cls.support.PartnerFactory;
import org.cls.support.PlanFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the API (read from /q/openapi) sent as every kind of caller against one fixture, each answer checked
 * against {@link AuthorizationPolicy}. A "leak" is a caller getting past a check the policy says must stop them, or
 * finding in a list an object they may not read.
 * <p>
 * Changes are sent with the current {@code If-Match}, so allowed ones really happen; deletions with a stale one, so an
 * allowed caller gets 412 (after every access check) and the fixture survives.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixTest.class);

    static final String ACTION_TITLE = "Sport santé sur ordonnance";
    static final String MEASUREMENT_DATE = "2025-06-30";
    static final byte[] PDF = GovernanceFactory.PDF;
    static final String STALE = "\"999999\"";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    @Inject
    Database database;

    /** One contract of the Lot with its plan; the objects the matrix addresses. */
    static final class Fixture {
        PlanFactory plan;
        String partnerName;
        /** The plan workbook of the fixture contract, as exported. */
        byte[] workbook;
        /** Path segment before {id} (or the parameter name) → the object's id. */
        final Map<String, String> ids = new HashMap<>();
        /** Ids no list may show to a caller who cannot read the fixture contract. */
        final List<String> hidden = new ArrayList<>();
    }

    private Fixture fixture() {
        database.clear();
        Fixture f = new Fixture();
        f.plan = PlanFactory.grandQuercy();
        String action = f.plan.createAction(ACTION_TITLE);
        String pilot2Contact = PartnerFactory.createContact(f.plan.cpts, "Pierre", "Second", Caller.PILOT2.email);
        Map<String, Object> second = f.plan.action("Ateliers nutrition");
        second.put("pilot", Map.of("partnerId", f.plan.cpts, "contactId", pilot2Contact));
        String action2 = f.plan.createAction(Caller.COORDINATOR, second);
        // invitations: a pilot contact and a coordinator seat nobody has claimed; a second coordinator who also holds the ars role
        String invitedContact = PartnerFactory.createContact(f.plan.cpts, "Inès", "Invitée", Caller.INVITED_PILOT_EMAIL);
        Map<String, Object> third = f.plan.action("Prévention des chutes");
        third.put("pilot", Map.of("partnerId", f.plan.cpts, "contactId", invitedContact));
        String action3 = f.plan.createAction(Caller.COORDINATOR, third);
        String contract = "/api/v1/contracts/" + f.plan.contract;
        as(Caller.COORDINATOR).header("If-Match", currentETag(contract)).contentType("application/merge-patch+json")
                .body(Map.of("coordinators", List.of(Caller.COORDINATOR.email, Caller.COORDINATOR_AND_ARS.email, Caller.INVITED_COORDINATOR_EMAIL)))
                .patch(contract).then().statusCode(200);
        // first logins: the pilot and the coordinator-and-ARS claim their invitations by their verified emails
        as(Caller.PILOT).get("/api/v1/me").then().statusCode(200);
        as(Caller.COORDINATOR_AND_ARS).get("/api/v1/me").then().statusCode(200);
        ContractFactory.create(Caller.COORDINATOR2, ContractFactory.terresDeLorraine());
        String amendment = as(Caller.COORDINATOR).body(AuthorizationPolicy.amendment())
                .post("/api/v1/contracts/" + f.plan.contract + "/amendments").then().statusCode(201).extract().path("id");
        f.partnerName = "Centre hospitalier " + f.plan.contract;

        f.ids.put("contracts", f.plan.contract);
        // the plan copied: the coordinator's previous generation (the fixture contract already has a plan: 409 once allowed)
        Map<String, Object> first = ContractFactory.named(ContractFactory.grandQuercy(), "CLS 1 du Grand Quercy");
        first.put("generation", 1);
        f.ids.put("sourceId", ContractFactory.create(Caller.COORDINATOR, first));
        f.ids.put("axes", f.plan.axis);
        f.ids.put("objectives", f.plan.objective);
        f.ids.put("actions", action);
        f.ids.put("partners", f.plan.hospital);
        f.ids.put("contacts", f.plan.otherContact);
        f.ids.put("amendments", amendment);
        String indicator = IndicatorFactory.createOnAction(action, IndicatorFactory.participants());
        f.ids.put("indicators", indicator);
        f.ids.put("measurements", IndicatorFactory.record(Caller.COORDINATOR, indicator, MEASUREMENT_DATE, 45));
        String committee = GovernanceFactory.createCommittee(Caller.COORDINATOR, f.plan.contract, AuthorizationPolicy.committee(f));
        String meeting = GovernanceFactory.createMeeting(Caller.COORDINATOR, committee, AuthorizationPolicy.meeting(f));
        String decision = GovernanceFactory.createDecision(Caller.COORDINATOR, meeting, AuthorizationPolicy.decision(f));
        String document = as(Caller.COORDINATOR).contentType("multipart/form-data").multiPart("file", "contrat.pdf", PDF, "application/pdf")
                .multiPart("title", "Contrat signé").post("/api/v1/contracts/" + f.plan.contract + "/documents").then().statusCode(201)
                .extract().path("id");
        f.ids.put("committees", committee);
        f.ids.put("meetings", meeting);
        f.ids.put("decisions", decision);
        f.ids.put("documents", document);
        f.ids.put("reports", as(Caller.COORDINATOR).body(Map.of("period", "2025-S1")).post("/api/v1/contracts/" + f.plan.contract + "/reports")
                .then().statusCode(201).extract().path("id"));
        f.workbook = as(Caller.COORDINATOR).accept("*/*").get("/api/v1/contracts/" + f.plan.contract + "/plan.xlsx").then().statusCode(200)
                .extract().asByteArray();
        f.hidden.addAll(List.of(f.plan.contract, f.plan.axis, f.plan.objective, action, action2, action3, amendment, indicator, committee, meeting, decision, document));
        return f;
    }

    /** An operation of the contract; {@code accept} lists the media types of its success answers (CSV, XLSX, ICS…). */
    record Operation(String method, String path, String contentType, String accept) {
        String key() {
            return method + " " + path;
        }
    }

    private final AtomicInteger cases = new AtomicInteger();
    private final List<String> leaks = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @TestFactory
    Stream<DynamicNode> everyOperationAsEveryCaller() {
        Fixture f = fixture();
        Map<String, Rule> table = AuthorizationPolicy.table();
        List<Operation> operations = operations();
        List<DynamicNode> nodes = new ArrayList<>();

        List<String> declared = operations.stream().map(Operation::key).toList();
        for (String row : table.keySet()) {
            if (!declared.contains(row)) {
                nodes.add(DynamicTest.dynamicTest("stale row " + row,
                        () -> fail("AuthorizationPolicy has a row for " + row + ", which is not in the API: remove or rename it")));
            }
        }
        for (Operation op : operations) {
            Rule rule = table.get(op.key());
            if (rule == null) {
                nodes.add(DynamicTest.dynamicTest("no rule for " + op.key(), () -> fail("Operation " + op.key()
                        + " has no row in AuthorizationPolicy: declare who may call it (see the class comment)")));
                continue;
            }
            for (Who who : Who.values()) {
                Outcome expected = rule.of(who);
                nodes.add(DynamicTest.dynamicTest(op.key() + " as " + who + " → " + expected, () -> check(f, table, op, rule, who)));
            }
        }
        nodes.add(DynamicTest.dynamicTest("summary", () -> {
            String summary = "matrix: " + cases.get() + " cases, " + leaks.size() + " leaks, " + mismatches.size() + " mismatches";
            List<String> lines = new ArrayList<>(List.of(summary));
            leaks.forEach(l -> lines.add("  leak: " + l));
            mismatches.forEach(m -> lines.add("  mismatch: " + m));
            lines.forEach(LOG::info);
            // read by test.sh for its summary
            Files.write(Path.of("target", "authorization-matrix.txt"), lines);
            assertEquals(List.of(), leaks, summary);
        }));
        return nodes.stream();
    }

    private void check(Fixture f, Map<String, Rule> table, Operation op, Rule rule, Who who) {
        cases.incrementAndGet();
        if (op.contentType() != null && rule.body() == null) {
            fail(op.key() + " takes a body: give its row a sample body in AuthorizationPolicy");
        }
        String path = concrete(f, op.path());
        RequestSpecification spec = given().accept(op.accept());
        if (who.caller != Caller.ANONYMOUS) {
            spec.auth().oauth2(tokens.computeIfAbsent(who.caller, Caller::token));
        }
        if (op.contentType() != null && op.contentType().startsWith("multipart/")) {
            spec.contentType("multipart/form-data").multiPart("file", "document.pdf", (byte[]) rule.body().apply(f), "application/pdf")
                    .multiPart("title", "Document");
        } else if (op.contentType() != null) {
            Object body = rule.body().apply(f);
            if (body instanceof byte[] bytes) {
                spec.contentType(op.contentType()).body(bytes); // raw bytes (a workbook), not an object to serialise
            } else {
                spec.contentType(op.contentType() + "; charset=UTF-8").body(body);
            }
        }
        switch (op.method()) {
            case "PUT", "PATCH" -> spec.header("If-Match", currentETag(path));
            case "DELETE" -> spec.header("If-Match", STALE);
            default -> {
            }
        }
        Response response = spec.request(op.method(), path);
        int status = response.statusCode();
        Outcome expected = rule.of(who);
        String observed = describe(status);
        String label = op.key() + " as " + who + ": expected " + expected + ", got " + status;
        boolean allowedByServer = observed.equals("ALLOW");
        if (expected != Outcome.ALLOW && allowedByServer) {
            leaks.add(label);
            fail("LEAK " + label + " " + response.asString());
        }
        if (expected == Outcome.ALLOW && op.method().equals("GET") && (status < 200 || status > 299)
                || !observed.equals(expected.name())) {
            mismatches.add(label);
            fail(label + " " + response.asString());
        }
        if (rule.hidesOutOfScope() && table.get("GET /api/v1/contracts/{id}").of(who) != Outcome.ALLOW) {
            String body = response.asString();
            List<String> shown = f.hidden.stream().filter(body::contains).toList();
            if (!shown.isEmpty()) {
                leaks.add(op.key() + " as " + who + " lists objects outside their read scope: " + shown);
                fail("LEAK " + op.key() + " as " + who + " lists " + shown);
            }
        }
    }

    /** The status class of an answer: a denial, or ALLOW once every access check passed (2xx, 409, 412…). */
    private static String describe(int status) {
        return switch (status) {
            case 400 -> "INVALID";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            default -> status >= 500 ? "ERROR " + status : "ALLOW";
        };
    }

    private static String currentETag(String path) {
        String etag = as(Caller.COORDINATOR).get(path).then().extract().header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    private static String concrete(Fixture f, String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String key = name;
            if (name.equals("id")) {
                String before = template.substring(0, m.start() - 1);
                key = before.substring(before.lastIndexOf('/') + 1);
            }
            String id = f.ids.get(key);
            if (id == null) {
                fail("No fixture id for {" + name + "} in " + template + ": add one to AuthorizationMatrixTest.Fixture#ids under '" + key + "'");
            }
            m.appendReplacement(out, id);
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Operation> ops = new ArrayList<>();
        new TreeMap<>(paths).forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.forEach((method, value) -> {
                if (!List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                String contentType = body == null ? null
                        : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                Set<String> produced = new LinkedHashSet<>(List.of("application/json"));
                Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                responses.forEach((code, response) -> {
                    Object content = ((Map<String, Object>) response).get("content");
                    if (code.startsWith("2") && content instanceof Map<?, ?> types) {
                        types.keySet().forEach(type -> produced.add((String) type));
                    }
                });
                ops.add(new Operation(method.toUpperCase(Locale.ROOT), path, contentType, String.join(", ", produced)));
            });
        });
        return ops;
    }
}
