package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.cls.support.Caller.PILOT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** OWASP ASVS L2 / API Top 10 hardening: one test per rule of the issue. */
@QuarkusTest
class HardeningTest {

    static final String MERGE = "application/merge-patch+json; charset=UTF-8";

    @Inject
    Database database;

    @BeforeEach
    void clean() {
        database.clear();
    }

    // --- deny endpoints that declare no rule

    @Test
    void endpointsThatDeclareNoRuleAreDenied() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class)).isTrue();
        // UnannotatedProbeResource (test code) declares no security annotation at all
        given().get(UnannotatedProbeResource.PATH).then().statusCode(401);
        as(COORDINATOR).get(UnannotatedProbeResource.PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws IOException {
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class).noneMatch(m::isAnnotationPresent)) {
                        continue;
                    }
                    checked++;
                    if (!secured(m.getAnnotations()) && !secured(type.getAnnotations())) {
                        undeclared.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(undeclared).as("resource methods without @Authenticated, @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
    }

    private static boolean secured(Annotation[] annotations) {
        return Stream.of(annotations).map(Annotation::annotationType).anyMatch(t -> t == Authenticated.class
                || t == RolesAllowed.class || t == PermitAll.class || t == DenyAll.class);
    }

    // --- mass assignment

    @Test
    void unknownJsonPropertiesAreRejectedNamingTheProperty() {
        PlanFactory plan = PlanFactory.grandQuercy();
        String action = plan.createAction("Sport santé sur ordonnance");
        // nested in a create
        Map<String, Object> c = ContractFactory.grandQuercy();
        ContractFactory.territoryOf(c).put("mayor", "x");
        as(COORDINATOR).body(c).post("/api/v1/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("territory.mayor")).body("detail", containsString("mayor"));
        // in a merge patch
        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType(MERGE).body("{\"progress\":50,\"approvedBy\":\"x\"}")
                .patch("/api/v1/actions/" + action).then().statusCode(400).body("errors.field", contains("approvedBy"))
                .body("errors[0].message", equalTo("unknown property"));
        as(COORDINATOR).get("/api/v1/actions/" + action).then().body("progress", equalTo(30));
    }

    @Test
    void idsVersionsAndAuditFieldsCannotBeSetByClients() {
        PlanFactory plan = PlanFactory.grandQuercy();
        String action = plan.createAction("Sport santé sur ordonnance");
        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().extract().header("ETag");
        for (String field : List.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy")) {
            as(COORDINATOR).header("If-Match", etag).contentType(MERGE).body(Map.of(field, "x"))
                    .patch("/api/v1/actions/" + action).then().statusCode(400).body("errors.field", contains(field));
        }
        for (String field : List.of("author", "authorName", "createdAt", "id")) {
            as(PILOT).body(Map.of("text", "Séance tenue", field, "x")).post("/api/v1/actions/" + action + "/notes")
                    .then().statusCode(400).body("errors.field", contains(field));
        }
        // and no input schema of the API offers them
        Map<String, Map<String, Object>> schemas = given().queryParam("format", "json").get("/q/openapi").then()
                .extract().jsonPath().getMap("components.schemas");
        List<String> offered = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (name.endsWith("Input") && schema.get("properties") instanceof Map<?, ?> properties) {
                for (String f : List.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "author")) {
                    if (properties.containsKey(f)) {
                        offered.add(name + "." + f);
                    }
                }
            }
        });
        assertThat(offered).isEmpty();
    }

    // --- tokens (issuer, audience, expiry: see ContractAccessTest); a token must also be signed by the issuer

    @Test
    void unsignedOrTamperedTokensAreRejected() {
        String[] parts = Caller.PILOT.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"pilot\"]", "\"coordinator\"]");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        given().auth().oauth2(none).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(Caller.PILOT.token()).get("/api/v1/me").then().statusCode(200);
    }

    // --- CORS

    @Test
    void corsIsOpenOnlyToTheConfiguredSpaOrigins() {
        String allowed = "http://localhost:5173";
        given().header("Origin", allowed).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/contracts").then().header("Access-Control-Allow-Origin", equalTo(allowed));
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/contracts").then().header("Access-Control-Allow-Origin", nullValue());
        as(COORDINATOR).header("Origin", "https://evil.example.com").get("/api/v1/contracts").then()
                .header("Access-Control-Allow-Origin", nullValue());
        as(COORDINATOR).header("Origin", allowed).get("/api/v1/contracts").then()
                .header("Access-Control-Allow-Origin", equalTo(allowed))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    // --- security headers

    @Test
    void securityHeadersAreSentAndTheApiIsNeverCached() {
        for (var response : List.of(as(COORDINATOR).get("/api/v1/contracts").then(), given().get("/api/v1/contracts").then(),
                given().get("/api/v1/client-config").then())) {
            response.header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Cache-Control", equalTo("no-store"));
        }
    }

    // --- production configuration

    @Test
    void swaggerUiAndDevEndpointsAreOffInProduction() {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod").addDefaultSources().addDiscoveredSources().build();
        assertThat(prod.getOptionalValue("quarkus.swagger-ui.always-include", Boolean.class)).hasValue(false);
        assertThat(prod.getOptionalValue("quarkus.smallrye-health.ui.always-include", Boolean.class).orElse(false)).isFalse();
        assertThat(prod.getOptionalValue("quarkus.smallrye-openapi.always-include-dev-ui", Boolean.class).orElse(false)).isFalse();
        assertThat(prod.getOptionalValue("quarkus.oidc.devservices.enabled", Boolean.class).orElse(false)).isFalse();
        assertThat(prod.getOptionalValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class)).hasValue(true);
        assertThat(prod.getOptionalValue("cls.demo.enabled", Boolean.class)).hasValue(false);
        assertThat(prod.getOptionalValue("quarkus.http.cors.origins", String.class).orElse("")).doesNotContain("*");
        // the Dev UI exists in dev mode only, never in a built application
        given().get("/q/dev-ui").then().statusCode(404);
    }

    // --- security events

    @Test
    void authorizationFailuresAreLoggedAsSecurityEvents() {
        PlanFactory plan = PlanFactory.grandQuercy();
        List<LogRecord> events = securityEvents(() -> {
            as(PILOT).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + plan.contract).then().statusCode(404);
            as(Caller.ARS).header("If-Match", "\"0\"").delete("/api/v1/contracts/" + plan.contract).then().statusCode(403);
            given().get("/api/v1/contracts").then().statusCode(401);
            as(PILOT).body(ContractFactory.grandQuercy()).post("/api/v1/contracts").then().statusCode(403);
        });
        List<String> messages = events.stream().map(r -> r.getMessage() + " @" + r.getInstant()).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("forbidden", "sub-ars", "DELETE /api/v1/contracts/" + plan.contract, "at="));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("unauthenticated", "anonymous", "GET /api/v1/contracts"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("forbidden", "sub-pilot", "POST /api/v1/contracts"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("not-found", "sub-pilot", "DELETE /api/v1/contracts/" + plan.contract));
        assertThat(messages).hasSize(4);
    }

    @Test
    void outOfScopeNotFoundIsLogged() {
        PlanFactory plan = PlanFactory.grandQuercy();
        String action = plan.createAction("Sport santé sur ordonnance");
        List<LogRecord> events = securityEvents(() -> {
            as(COORDINATOR).get("/api/v1/contracts/" + plan.contract).then().statusCode(200);
            as(COORDINATOR2).get("/api/v1/contracts/" + plan.contract).then().statusCode(404);
        });
        assertThat(events).hasSize(1);
        LogRecord event = events.get(0);
        assertThat(event.getLoggerName()).isEqualTo(SecurityEvents.LOGGER);
        assertThat(event.getLevel().intValue()).isGreaterThanOrEqualTo(java.util.logging.Level.INFO.intValue());
        assertThat(event.getMessage()).contains("not-found", "who=sub-coordinator2", "GET /api/v1/contracts/" + plan.contract, "status=404")
                // the subject only: no username, email or name
                .doesNotContain("coordinator2@example.org", "(coordinator2)", "Demo");

        // probing below the contract too, once per request
        List<LogRecord> probes = securityEvents(() -> {
            as(COORDINATOR2).get("/api/v1/actions/" + action).then().statusCode(404);
            as(COORDINATOR2).get("/api/v1/axes/" + plan.axis).then().statusCode(404);
        });
        assertThat(probes).extracting(LogRecord::getMessage).satisfiesExactly(
                m -> assertThat(m).contains("sub-coordinator2", "GET /api/v1/actions/" + action, "status=404"),
                m -> assertThat(m).contains("sub-coordinator2", "GET /api/v1/axes/" + plan.axis, "status=404"));
    }

    /** The records the security events logger receives while the requests run. */
    static List<LogRecord> securityEvents(Runnable requests) {
        List<LogRecord> events = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                events.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(SecurityEvents.LOGGER);
        logger.addHandler(capture);
        try {
            requests.run();
        } finally {
            logger.removeHandler(capture);
        }
        return events;
    }

    // --- request size

    @Test
    void requestBodiesOverTheLimitAreRejectedWith413() {
        Map<String, Object> c = ContractFactory.grandQuercy();
        c.put("name", "x".repeat(3 * 1024 * 1024));
        as(COORDINATOR).body(c).post("/api/v1/contracts").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        as(COORDINATOR).get("/api/v1/contracts").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
