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
    void publicOperationsDoNotAnnounce401() {
        String yaml = given().queryParam("format", "json").get("/q/openapi").then().extract().asString();
        Map<String, Object> responses = io.restassured.path.json.JsonPath.from(yaml)
                .getMap("paths.'/api/v1/client-config'.get.responses");
        assertThat(responses).containsKey("200").doesNotContainKey("401");
    }
}
