package org.cls.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class ReportResourceTest {

    @Inject
    Database database;

    @Inject
    MeterRegistry registry;

    PlanFactory plan;
    String action;

    @BeforeEach
    void plan() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        action = plan.createAction("Sport santé sur ordonnance");
    }

    static Map<String, Object> narrative(String period) {
        return Map.of("period", period, "highlights", "Lancement du sport sur ordonnance", "difficulties", "Recrutement difficile",
                "levers", "Appui de la CPTS", "adjustments", "Décaler la formation");
    }

    ExtractableResponse<Response> create(String period) {
        return as(COORDINATOR).body(narrative(period)).post("/api/v1/contracts/" + plan.contract + "/reports").then()
                .statusCode(201).extract();
    }

    void changeTheAction(int progress) {
        String etag = as(COORDINATOR).get("/api/v1/actions/" + action).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"progress\": " + progress + "}")
                .patch("/api/v1/actions/" + action).then().statusCode(200);
    }

    @Test
    void submittedReportIsFrozenThenReviewedByTheArs() {
        ExtractableResponse<Response> created = create("2025-S1");
        String id = created.path("id");
        assertThat((String) created.path("status")).isEqualTo("DRAFT");
        assertThat((String) created.path("periodEnd")).isEqualTo("2025-06-30");
        assertThat((Integer) created.path("snapshot.dashboard.progress")).isEqualTo(30);

        String etag = as(COORDINATOR).post("/api/v1/reports/" + id + "/submit").then().statusCode(428).extract().header("ETag");
        etag = as(COORDINATOR).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        String snapshotAt = as(COORDINATOR).header("If-Match", etag).post("/api/v1/reports/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("coordinator")).extract().path("snapshotAt");

        changeTheAction(90);
        plan.createAction("Nouvelle action");
        as(ARS).get("/api/v1/reports/" + id).then().statusCode(200).body("snapshotAt", equalTo(snapshotAt))
                .body("snapshot.dashboard.progress", equalTo(30)).body("snapshot.dashboard.actionCount", equalTo(1))
                .body("snapshot.contract.axes[0].objectives[0].actions.title", contains("Sport santé sur ordonnance"));
        String submitted = as(ARS).get("/api/v1/reports/" + id).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", submitted).body(narrative("2025-S1")).put("/api/v1/reports/" + id).then().statusCode(409);

        as(ARS2).header("If-Match", submitted).body(Map.of("comment", "Vu")).post("/api/v1/reports/" + id + "/review").then()
                .statusCode(404);
        as(COORDINATOR).header("If-Match", submitted).body(Map.of("comment", "Vu")).post("/api/v1/reports/" + id + "/review").then()
                .statusCode(403);
        as(ARS).header("If-Match", submitted).body(Map.of("comment", " ")).post("/api/v1/reports/" + id + "/review").then()
                .statusCode(400);
        as(ARS).header("If-Match", submitted).body(Map.of("comment", "Bilan conforme, à poursuivre."))
                .post("/api/v1/reports/" + id + "/review").then().statusCode(200).body("status", equalTo("REVIEWED"))
                .body("reviewComment", equalTo("Bilan conforme, à poursuivre.")).body("reviewedBy", equalTo("ars"))
                .body("snapshot.dashboard.progress", equalTo(30));
        as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/reports").then().statusCode(200)
                .body("period", contains("2025-S1")).body("[0].snapshot", nullValue());
    }

    @Test
    void draftSnapshotFollowsThePlanUntilSubmitted() {
        String id = create("2025").path("id");
        changeTheAction(70);
        String etag = as(COORDINATOR).get("/api/v1/reports/" + id).then().body("snapshot.dashboard.progress", equalTo(30))
                .extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).body(Map.of("highlights", "Mis à jour")).put("/api/v1/reports/" + id).then()
                .statusCode(200).body("snapshot.dashboard.progress", equalTo(70)).body("highlights", equalTo("Mis à jour"))
                .body("period", equalTo("2025")).body("periodStart", equalTo("2025-01-01"));
    }

    @Test
    void periodsAreCheckedAndUnique() {
        create("2025-S2");
        as(COORDINATOR).body(narrative("2025-S2")).post("/api/v1/contracts/" + plan.contract + "/reports").then().statusCode(409);
        as(COORDINATOR).body(narrative("2025-S3")).post("/api/v1/contracts/" + plan.contract + "/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(ARS).body(narrative("2025-S1")).post("/api/v1/contracts/" + plan.contract + "/reports").then().statusCode(403);
        as(COORDINATOR2).body(narrative("2025-S1")).post("/api/v1/contracts/" + plan.contract + "/reports").then().statusCode(404);
        String other = ContractFactory.create(COORDINATOR2, ContractFactory.terresDeLorraine());
        as(COORDINATOR).get("/api/v1/contracts/" + other + "/reports").then().statusCode(404);
    }

    @Test
    void reportOpensAsPdfAndAsWorkbook() throws IOException {
        String id = create("2025-S1").path("id");
        byte[] pdf = as(ARS).accept("application/pdf").get("/api/v1/reports/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bilan 2025-S1").contains(ContractFactory.GRAND_QUERCY).contains("Sport santé sur ordonnance")
                    .contains("Lancement du sport sur ordonnance").contains("Recrutement difficile").contains("12000");
        }
        byte[] xlsx = as(ARS).accept(PlanWorkbook.MEDIA_TYPE).get("/api/v1/reports/" + id + "/report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("report").getRow(1).getCell(1).getStringCellValue()).isEqualTo("2025-S1");
            assertThat(wb.getSheet("report").getRow(9).getCell(1).getStringCellValue()).isEqualTo("Lancement du sport sur ordonnance");
            assertThat(wb.getSheet("actions").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Sport santé sur ordonnance");
            assertThat(wb.getSheet("budget").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12000.0);
        }
        as(Caller.COORDINATOR2).accept("application/pdf").get("/api/v1/reports/" + id + "/report.pdf").then().statusCode(404);
    }

    long renderings() {
        return registry.timer(ReportRenderer.PDF_TIMER).count();
    }

    byte[] pdf(String id) {
        return as(ARS).accept("application/pdf").get("/api/v1/reports/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void submittedReportPdfIsRenderedOnceThenSentAsKept() throws IOException {
        String id = create("2025-S1").path("id");
        long before = renderings();
        pdf(id);
        pdf(id);
        assertThat(renderings() - before).as("a draft is rendered at each download").isEqualTo(2);
        assertThat(database.count("report_rendition")).isZero();

        String etag = as(COORDINATOR).get("/api/v1/reports/" + id).then().extract().header("ETag");
        etag = as(COORDINATOR).header("If-Match", etag).post("/api/v1/reports/" + id + "/submit").then().statusCode(200).extract()
                .header("ETag");
        before = renderings();
        byte[] first = pdf(id);
        byte[] second = pdf(id);
        assertThat(renderings() - before).as("rendered once, then sent as kept").isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(text(second)).contains("Bilan 2025-S1").contains("SUBMITTED");
        assertThat(database.count("report_rendition")).isEqualTo(1);

        // The review is a new version of the report: rendered once more, with the comment
        as(ARS).header("If-Match", etag).body(Map.of("comment", "Bilan conforme")).post("/api/v1/reports/" + id + "/review").then()
                .statusCode(200);
        before = renderings();
        byte[] reviewed = pdf(id);
        assertThat(pdf(id)).isEqualTo(reviewed);
        assertThat(renderings() - before).isEqualTo(1);
        assertThat(text(reviewed)).contains("REVIEWED").contains("Bilan conforme");
        assertThat(database.count("report_rendition")).isEqualTo(1);

        String contract = as(COORDINATOR).get("/api/v1/contracts/" + plan.contract).then().extract().header("ETag");
        as(COORDINATOR).header("If-Match", contract).delete("/api/v1/contracts/" + plan.contract + "?cascade=true").then()
                .statusCode(204);
        assertThat(database.count("report_rendition")).isZero();
        assertThat(database.count("report_rendition_chunk")).isZero();
    }
}
