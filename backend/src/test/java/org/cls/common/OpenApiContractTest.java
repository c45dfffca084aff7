package org.cls.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi.yaml is the one the code generates. */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("..", "openapi.yaml");
    static final String REGENERATE = "cd backend && ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true";

    @Test
    void committedOpenApiMatchesTheCode() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, generated);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertThat(committed)
                .as("openapi.yaml differs from the code; regenerate it with: " + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyOperationHasASummary() {
        String yaml = given().queryParam("format", "yaml").get("/q/openapi").then().extract().asString();
        long operations = yaml.lines().filter(l -> l.matches("^    (get|post|put|patch|delete):$")).count();
        long summaries = yaml.lines().filter(l -> l.matches("^      summary: .+")).count();
        assertThat(operations).isPositive();
        assertThat(summaries).isEqualTo(operations);
    }
}
