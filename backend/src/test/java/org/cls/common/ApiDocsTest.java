package org.cls.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The API reference for integrators is public at /api/docs and is built from the committed openapi.yaml. */
@QuarkusTest
class ApiDocsTest {

    @Test
    void referenceIsPublicWithoutToken() {
        for (String path : new String[] { "/api/docs", "/api/docs/" }) {
            given().redirects().follow(true).get(path).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .body(containsString("<title>CLS platform API</title>"))
                    .body(containsString("ARS pull"));
        }
        given().get("/api/docs/redoc.js").then().statusCode(200)
                .body(containsString("List the actions the caller may read"));
    }

    @Test
    void pageRunsNoInlineScript() {
        String page = given().get("/api/docs/").then().statusCode(200).extract().asString();
        // the CSP (script-src falls back to default-src 'self') would block an inline script
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=\"/api/docs/)[^>]*>").matcher(page).find())
                .as("inline or foreign <script> in /api/docs").isFalse();
    }

    @Test
    void referenceIsBuiltFromCommittedOpenApi() throws IOException, NoSuchAlgorithmException {
        String page = given().get("/api/docs/").then().statusCode(200).extract().asString();
        Matcher meta = Pattern.compile("<meta name=\"openapi-sha256\" content=\"([0-9a-f]{64})\">").matcher(page);
        assertThat(meta.find()).as("openapi-sha256 in /api/docs").isTrue();
        String committed = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(OpenApiContractTest.COMMITTED)));
        assertThat(meta.group(1)).as("/api/docs was built from another openapi.yaml; regenerate it with scripts/api-docs.sh")
                .isEqualTo(committed);
    }
}
