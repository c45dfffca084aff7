package org.cls.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a client generator pointed at the contract relies on: method names, required headers, typed response headers. */
@QuarkusTest
class OpenApiOperationsTest {

    /** If-Match that only some requests need: replacing the value already recorded at a date. */
    static final Set<String> OPTIONAL_IF_MATCH = Set.of("recordMeasurement");

    Map<String, Object> document;

    @BeforeEach
    void read() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
                all.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
            }
        }));
        return all;
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Map<String, String> owners = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String s) || !s.matches("[a-z][A-Za-z0-9]*")) {
                missing.add(name + " (" + id + ")");
            } else if (owners.putIfAbsent(s, name) != null) {
                duplicates.add(s + ": " + owners.get(s) + " and " + name);
            }
        });
        assertThat(owners).hasSizeGreaterThan(100);
        assertThat(missing).as("operations without a camelCase operationId (@Operation(operationId = ...))").isEmpty();
        assertThat(duplicates).as("operationIds used twice").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ifMatchIsDeclaredRequiredWhereTheServerAnswers428WithoutIt() {
        List<String> optional = new ArrayList<>();
        int checked = 0;
        for (var e : operations().entrySet()) {
            List<Map<String, Object>> params = (List<Map<String, Object>>) e.getValue().getOrDefault("parameters", List.of());
            for (Map<String, Object> p : params) {
                if ("header".equals(p.get("in")) && "If-Match".equals(p.get("name"))) {
                    checked++;
                    boolean required = Boolean.TRUE.equals(p.get("required"));
                    if (required == OPTIONAL_IF_MATCH.contains(e.getValue().get("operationId"))) {
                        optional.add(e.getKey());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(optional).as("If-Match declared with the wrong `required`").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyResponseHeaderHasASchemaAndCreatedResponsesALocation() {
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("headers");
        List<String> wrong = new ArrayList<>();
        for (var e : operations().entrySet()) {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) e.getValue().get("responses");
            for (var r : responses.entrySet()) {
                Map<String, Map<String, Object>> headers = (Map<String, Map<String, Object>>) r.getValue()
                        .getOrDefault("headers", Map.of());
                headers.forEach((name, header) -> {
                    Object ref = header.get("$ref");
                    Map<String, Object> resolved = ref == null ? header
                            : components.get(String.valueOf(ref).substring("#/components/headers/".length()));
                    if (resolved == null || !(resolved.get("schema") instanceof Map)) {
                        wrong.add(e.getKey() + " " + r.getKey() + " " + name + ": no schema");
                    }
                });
                if (r.getKey().equals("201") && !headers.containsKey("Location")) {
                    wrong.add(e.getKey() + " 201: no Location");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat((Map<String, Object>) components.get("Location").get("schema")).containsEntry("format", "uri-reference");
        assertThat((Map<String, Object>) components.get("X-Checksum-SHA256").get("schema")).containsEntry("pattern", "^[0-9a-f]{64}$");
        assertThat((Map<String, Object>) components.get("ETag").get("schema")).containsEntry("type", "string");
    }
}
