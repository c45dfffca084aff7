package org.cls.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** A generated client can send a partial merge patch: every PATCH body is a …Patch schema without required fields. */
@QuarkusTest
class MergePatchSchemasFilterTest {

    JsonNode document;
    JsonNode schemas;

    @BeforeEach
    void readDocument() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
        schemas = document.path("components").path("schemas");
    }

    @Test
    void everyPatchBodyReferencesAPatchSchema() {
        List<String> wrong = new ArrayList<>();
        int patches = 0;
        for (var path : iterable(document.path("paths").fields())) {
            JsonNode patch = path.getValue().get("patch");
            if (patch == null) {
                continue;
            }
            patches++;
            String ref = patch.path("requestBody").path("content").path(MergePatch.MEDIA_TYPE).path("schema").path("$ref").asText("");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!ref.startsWith(MergePatchSchemasFilter.SCHEMAS) || !name.endsWith("Patch") || !schemas.has(name)) {
                wrong.add("PATCH " + path.getKey() + " -> " + ref);
            }
        }
        assertThat(patches).as("PATCH operations").isGreaterThanOrEqualTo(11);
        assertThat(wrong).as("PATCH bodies not referencing a …Patch schema").isEmpty();
    }

    @Test
    void noPatchSchemaRequiresAProperty() {
        List<String> requiring = new ArrayList<>();
        for (String name : patchSchemas()) {
            if (schemas.get(name).has("required")) {
                requiring.add(name + " " + schemas.get(name).get("required"));
            }
        }
        assertThat(patchSchemas()).contains("ActionPatch", "ContractPatch", "TerritoryPatch", "IndicatorPointPatch");
        assertThat(requiring).isEmpty();
    }

    @Test
    void optionalFieldsAreNullableAndRequiredOnesAreNot() {
        List<String> wrong = new ArrayList<>();
        for (String name : patchSchemas()) {
            String base = name.substring(0, name.length() - "Patch".length());
            JsonNode input = schemas.has(base + "Input") ? schemas.get(base + "Input") : schemas.get(base);
            assertThat(input).as("input schema of " + name).isNotNull();
            Set<String> required = new HashSet<>();
            input.path("required").forEach(r -> required.add(r.asText()));
            JsonNode properties = schemas.get(name).get("properties");
            assertThat(iterable(properties.fieldNames())).containsExactlyInAnyOrderElementsOf(iterable(input.get("properties").fieldNames()));
            for (var property : iterable(properties.fields())) {
                boolean nullable = nullable(property.getValue());
                if (nullable == required.contains(property.getKey())) {
                    wrong.add(name + "." + property.getKey() + (nullable ? " is nullable but required in the input" : " is not nullable but optional in the input"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nestedObjectsAreMergePatchesAndArraysAreReplacedWhole() {
        JsonNode action = schemas.get("ActionPatch").get("properties");
        assertThat(refOf(action.get("links"))).isEqualTo(MergePatchSchemasFilter.SCHEMAS + "ActionLinksPatch");
        assertThat(refOf(action.get("pilot"))).isEqualTo(MergePatchSchemasFilter.SCHEMAS + "ActionPilotPatch");
        assertThat(action.get("steps").path("description").asText()).contains("Replaced whole");
        assertThat(action.get("steps").path("items").path("$ref").asText()).endsWith("/StepInput");
        assertThat(action.get("code").path("description").asText()).containsIgnoringCase("null clears it");
        assertThat(action.get("title").path("description").asText()).containsIgnoringCase("cannot be cleared");
        JsonNode contract = schemas.get("ContractPatch").get("properties");
        assertThat(contract.get("territory").path("$ref").asText()).isEqualTo(MergePatchSchemasFilter.SCHEMAS + "TerritoryPatch");
        assertThat(nullable(contract.get("territory"))).isFalse();
    }

    private List<String> patchSchemas() {
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(n -> {
            if (n.endsWith("Patch")) {
                names.add(n);
            }
        });
        return names;
    }

    private static boolean nullable(JsonNode property) {
        for (JsonNode type : property.path("type")) {
            if ("null".equals(type.asText())) {
                return true;
            }
        }
        for (JsonNode option : property.path("anyOf")) {
            if ("null".equals(option.path("type").asText()) || option.path("type").toString().contains("\"null\"")) {
                return true;
            }
        }
        return false;
    }

    private static String refOf(JsonNode property) {
        if (property.has("$ref")) {
            return property.get("$ref").asText();
        }
        for (JsonNode option : property.path("anyOf")) {
            if (option.has("$ref")) {
                return option.get("$ref").asText();
            }
        }
        return null;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
