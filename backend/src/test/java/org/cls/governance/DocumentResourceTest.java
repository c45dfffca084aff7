package org.cls.governance;

import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.PILOT;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.meeting;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;

import org.cls.support.Caller;
import org.cls.support.GovernanceFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class DocumentResourceTest {

    static final byte[] PDF = GovernanceFactory.PDF;
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            + "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

    @Inject
    Database database;

    PlanFactory plan;
    String meeting;

    @BeforeEach
    void aMeeting() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        String committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of()));
        meeting = createMeeting(COORDINATOR, committee, meeting(null, null, List.of()));
    }

    static RequestSpecification multipart(Caller caller, String name, byte[] bytes, String claimedType) {
        return as(caller).contentType("multipart/form-data").multiPart("file", name, bytes, claimedType)
                .multiPart("title", "Contrat signe");
    }

    @Test
    void coordinatorUploadsAPdfAndReadersDownloadIt() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        String id = multipart(COORDINATOR, "contrat-signe.pdf", PDF, "application/octet-stream")
                .post("/api/v1/contracts/" + plan.contract + "/documents").then().statusCode(201)
                .header("Location", containsString("/api/v1/documents/"))
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(sha)).body("fileName", equalTo("contrat-signe.pdf")).body("title", equalTo("Contrat signe"))
                .extract().path("id");
        byte[] body = as(ARS).accept("*/*").get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .contentType(startsWith("application/pdf")).header("Content-Disposition", startsWith("attachment;"))
                .header("X-Checksum-SHA256", equalTo(sha)).extract().asByteArray();
        assertThat(body).isEqualTo(PDF);
        as(ARS2).accept("*/*").get("/api/v1/documents/" + id + "/content").then().statusCode(404);
        as(ARS).get("/api/v1/contracts/" + plan.contract + "/documents").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void meetingAndActionDocuments() {
        String png = multipart(COORDINATOR, "photo.png", PNG, "image/png").post("/api/v1/meetings/" + meeting + "/documents").then()
                .statusCode(201).body("contentType", equalTo("image/png")).body("meetingId", equalTo(meeting)).extract().path("id");
        String action = plan.createAction("Sport sur ordonnance");
        String pdf = multipart(COORDINATOR, "diagnostic.pdf", PDF, "application/pdf").post("/api/v1/actions/" + action + "/documents")
                .then().statusCode(201).body("actionId", equalTo(action)).extract().path("id");
        as(PILOT).get("/api/v1/meetings/" + meeting + "/documents").then().statusCode(200).body("id", contains(png));
        as(PILOT).get("/api/v1/actions/" + action + "/documents").then().statusCode(200).body("id", contains(pdf));
        multipart(PILOT, "x.pdf", PDF, "application/pdf").post("/api/v1/actions/" + action + "/documents").then().statusCode(403);
        String path = "/api/v1/documents/" + png;
        String etag = as(COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete(path).then().statusCode(204);
        as(COORDINATOR).get(path).then().statusCode(404);
    }

    @Test
    void disallowedTypeIsRefusedWithProblem415() {
        byte[] script = "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.US_ASCII);
        // Claimed to be a PDF by its name and part type: the content decides
        multipart(COORDINATOR, "rapport.pdf", script, "application/pdf").post("/api/v1/contracts/" + plan.contract + "/documents")
                .then().statusCode(415).contentType(startsWith("application/problem+json")).body("status", equalTo(415))
                .body("detail", containsString("not accepted"));
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        multipart(COORDINATOR, "page.html", html, "text/html").post("/api/v1/meetings/" + meeting + "/documents").then()
                .statusCode(415);
        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/documents").then().body("size()", equalTo(0));
    }

    @Test
    void oversizedFileIsRefusedWithProblem413() {
        byte[] big = Arrays.copyOf(PDF, 2 * 1024 * 1024 + 1);
        multipart(COORDINATOR, "gros.pdf", big, "application/pdf").post("/api/v1/contracts/" + plan.contract + "/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json")).body("status", equalTo(413))
                .body("detail", containsString("2097152"));
    }

    @Test
    void uploadWithoutFileIsABadRequest() {
        as(COORDINATOR).contentType("multipart/form-data").multiPart("title", "rien")
                .post("/api/v1/contracts/" + plan.contract + "/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void accentedFileNameIsKeptAsBrowsersSendIt() throws Exception {
        // Browsers send the file name as raw UTF-8 in the part header
        String boundary = "----cls" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"compte-rendu-réunion.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(PDF);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nRelevé de décisions\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String id = as(COORDINATOR).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/v1/meetings/" + meeting + "/documents").then().statusCode(201)
                .body("fileName", equalTo("compte-rendu-réunion.pdf")).body("title", equalTo("Relevé de décisions"))
                .extract().path("id");
        as(COORDINATOR).accept("*/*").get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''compte-rendu-r%C3%A9union.pdf"));
    }
}
