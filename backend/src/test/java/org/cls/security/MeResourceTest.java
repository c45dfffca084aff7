package org.cls.security;

import static io.restassured.RestAssured.given;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void coordinatorSeesIdentityAndRole() {
        as(COORDINATOR).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("coordinator"))
                .body("email", equalTo("coordinator@example.org"))
                .body("roles", contains("coordinator"))
                .body("scope.regionCodes", empty());
    }

    @Test
    void arsSeesItsTerritorialScope() {
        as(ARS).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("ars"))
                .body("scope.regionCodes", contains("76"))
                .body("scope.departementCodes", contains("46"));
    }

    @Test
    void clientConfigIsPublic() {
        given().get("/api/v1/client-config").then().statusCode(200)
                .body("realm", equalTo("cls")).body("clientId", equalTo("cls-spa"));
    }

    @Test
    void healthIsPublic() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
