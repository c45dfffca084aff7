package org.cls.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as one caller. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Caller caller) {
        RequestSpecification spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return caller == Caller.ANONYMOUS ? spec : spec.auth().oauth2(caller.token());
    }
}
