package org.cls.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every /api operation documents its problem responses, once, through the filter. */
@QuarkusTest
class ProblemResponsesFilterTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDeclaresItsProblemResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                boolean secured = operation.get("security") != null;
                boolean change = !op.getKey().equals("get");
                List<Map<String, Object>> params = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
                List<String> expected = new ArrayList<>();
                if (secured) {
                    expected.add("401");
                }
                if (secured && change) {
                    expected.add("403");
                }
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (operation.get("requestBody") != null || !params.isEmpty()) {
                    expected.add("400");
                }
                if (params.stream().anyMatch(p -> "If-Match".equals(p.get("name")))) {
                    expected.add("412");
                    expected.add("428");
                }
                if (!"#/components/responses/TooManyRequests".equals(responses.get("429").get("$ref"))) {
                    missing.add(name + " 429");
                }
                for (String code : expected) {
                    Map<String, Object> response = responses.get(code);
                    if (response == null || !String.valueOf(response.get("content")).contains("#/components/schemas/Problem")) {
                        missing.add(name + " " + code);
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(missing).as("operations without their problem responses").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiResponseDeclaresTheRateLimitHeadersAnd429ItsRetryAfter() {
        io.restassured.path.json.JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.getValue().get("responses");
                responses.forEach((code, declared) -> {
                    Map<String, Object> response = declared.containsKey("$ref")
                            ? doc.getMap("components.responses." + String.valueOf(declared.get("$ref")).replaceFirst(".*/", ""))
                            : declared;
                    String headers = String.valueOf(response.get("headers"));
                    if (!headers.contains("#/components/headers/RateLimit}") || !headers.contains("#/components/headers/RateLimit-Policy")
                            || code.equals("429") && !headers.contains("#/components/headers/Retry-After")) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + code);
                    }
                });
            }
        }
        assertThat(missing).as("responses without the rate-limit headers").isEmpty();
        assertThat(doc.getString("components.responses.TooManyRequests.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getString("components.headers.Retry-After.schema.type")).isEqualTo("integer");
        assertThat(doc.getBoolean("components.headers.Retry-After.required")).isTrue();
        assertThat(doc.getString("components.headers.RateLimit.schema.type")).isEqualTo("string");
        assertThat(doc.getString("components.headers.RateLimit-Policy.schema.type")).isEqualTo("string");
        // the documented syntax is the one the server sends
        assertThat("\"account\";r=1187;t=42, \"address\";r=29990;t=42").matches(doc.getString("components.headers.RateLimit.schema.pattern"));
        assertThat("\"expensive\";q=120;w=60").matches(doc.getString("components.headers.RateLimit-Policy.schema.pattern"));
    }

    @Test
    void corsOriginIsDeclaredAsTheServerSendsItAndTheBearerSchemeCitesRfc8725() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath doc = io.restassured.path.json.JsonPath.from(json);
        long declared = json.split("#/components/headers/Access-Control-Allow-Origin", -1).length - 1L;
        long rateLimited = json.split("#/components/headers/RateLimit-Policy", -1).length - 1L;
        assertThat(declared).as("responses declaring Access-Control-Allow-Origin").isPositive().isEqualTo(rateLimited);
        assertThat(doc.getString("components.headers.Access-Control-Allow-Origin.schema.type")).isEqualTo("string");
        assertThat(doc.getString("components.securitySchemes.bearer.description")).contains("RFC8725");
        // what the header documents: an allowed origin is echoed, another gets none
        given().header("Origin", "http://localhost:5173").get("/api/v1/client-config").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://elsewhere.example").get("/api/v1/client-config").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void publicOperationsDoNotAnnounce401() {
        String yaml = given().queryParam("format", "json").get("/q/openapi").then().extract().asString();
        Map<String, Object> responses = io.restassured.path.json.JsonPath.from(yaml)
                .getMap("paths.'/api/v1/client-config'.get.responses");
        assertThat(responses).containsKey("200").doesNotContainKey("401");
    }
}
