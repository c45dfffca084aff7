package org.cls.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.cls.reporting.PlanWorkbook;
import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/**
 * A body sent without Content-Length (chunked) is held to the same limits as one announcing its length: JSON and
 * workbooks to 2 MiB (the workbook import to its own 1 MiB), over a raw socket so that nothing announces a size.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    static final int MIB = 1024 * 1024;

    @Inject
    Database database;

    @BeforeEach
    void clean() {
        database.clear();
    }

    record Answer(int status, Map<String, String> headers, String body, boolean closed) {
    }

    /** Sends the body in 16 KiB chunks from another thread while the answer is read, as a client streaming would. */
    static Answer postChunked(Caller caller, String path, String contentType, byte[] body) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + caller.token()
                    + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    for (int offset = 0; offset < body.length; offset += 16 * 1024) {
                        int n = Math.min(16 * 1024, body.length - offset);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, offset, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the end: what a refused body expects
                }
            });
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] content = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            boolean closed;
            if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
                socket.setSoTimeout(10_000);
                try {
                    closed = in.read() < 0;
                } catch (java.net.SocketTimeoutException e) {
                    closed = false;
                } catch (IOException e) {
                    closed = true; // reset
                }
            } else {
                closed = false;
            }
            sending.get();
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(content, StandardCharsets.UTF_8), closed);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before an answer: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** A valid contract whose JSON is padded with whitespace to about {@code size} bytes. */
    static byte[] contractJson(String name, int size) {
        String json = new JsonObject(ContractFactory.named(ContractFactory.grandQuercy(), name)).encode();
        return (json.substring(0, json.length() - 1) + " ".repeat(Math.max(0, size - json.length())) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void chunkedJsonOverTheLimitIsRefusedWith413AndNothingIsSaved() throws Exception {
        Answer answer = postChunked(COORDINATOR, "/api/v1/contracts", "application/json", contractJson("Trop gros", 5 * MIB / 2));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getInteger("status")).isEqualTo(413);
        assertThat(problem.getString("type")).endsWith("payload-too-large");
        assertThat(problem.getString("detail")).contains(String.valueOf(2 * MIB));
        assertThat(answer.closed()).as("connection closed rather than the rest of the body read").isTrue();
        as(COORDINATOR).get("/api/v1/contracts").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void chunkedJsonUnderTheLimitIsProcessed() throws Exception {
        Answer answer = postChunked(COORDINATOR, "/api/v1/contracts", "application/json", contractJson("CLS chunked", MIB));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(new JsonObject(answer.body()).getString("name")).isEqualTo("CLS chunked");
        as(COORDINATOR).get("/api/v1/contracts").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void chunkedWorkbookOverTheLimitIsRefusedWith413AndAWorkbookUnderItIsImported() throws Exception {
        PlanFactory plan = PlanFactory.grandQuercy();
        plan.createAction("Sport santé sur ordonnance");
        String target = ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.grandQuercy(), "CLS de Figeac"));
        byte[] big = new byte[5 * MIB / 2];
        new Random(1).nextBytes(big);

        Answer refused = postChunked(COORDINATOR, "/api/v1/contracts/" + target + "/plan.xlsx", PlanWorkbook.MEDIA_TYPE, big);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(new JsonObject(refused.body()).getInteger("status")).isEqualTo(413);

        byte[] workbook = as(COORDINATOR).accept(PlanWorkbook.MEDIA_TYPE).get("/api/v1/contracts/" + plan.contract + "/plan.xlsx")
                .then().statusCode(200).extract().asByteArray();
        Answer imported = postChunked(COORDINATOR, "/api/v1/contracts/" + target + "/plan.xlsx", PlanWorkbook.MEDIA_TYPE, workbook);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(new JsonObject(imported.body()).getInteger("actionCount")).isEqualTo(1);
    }
}
