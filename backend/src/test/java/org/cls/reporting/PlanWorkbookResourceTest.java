package org.cls.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.Caller.COORDINATOR2;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipOutputStream;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cls.support.Caller;
import org.cls.support.ContractFactory;
import org.cls.support.Database;
import org.cls.support.IndicatorFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PlanWorkbookResourceTest {

    static final String XLSX = PlanWorkbook.MEDIA_TYPE;

    @Inject
    Database database;

    PlanFactory plan;
    String target;

    @BeforeEach
    void plan() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        String objective2 = as(COORDINATOR).body(Map.of("title", "Réduire les délais", "description", "Délais de RDV"))
                .post("/api/v1/axes/" + plan.axis + "/objectives").then().statusCode(201).extract().path("id");
        as(COORDINATOR).body(Map.of("title", "Santé mentale")).post("/api/v1/contracts/" + plan.contract + "/axes").then()
                .statusCode(201);
        plan.createAction("Sport santé sur ordonnance");
        Map<String, Object> hostile = plan.action("=HYPERLINK(\"http://evil.example\",\"clic\")");
        hostile.put("code", "A-7");
        hostile.put("description", "@SUM(1+1)");
        hostile.put("steps", new ArrayList<>(List.of(Map.of("title", "Étape faite", "done", true),
                Map.of("title", "+33 6", "dueDate", "2026-01-31", "done", false))));
        hostile.put("fundings", new ArrayList<>(List.of(
                Map.of("funderId", plan.ars, "year", 2025, "amount", 1234.56, "kind", "OPERATING", "status", "PAID"),
                Map.of("funderId", plan.hospital, "year", 2026, "amount", 800.00, "kind", "INVESTMENT", "status", "REQUESTED"))));
        plan.createAction(COORDINATOR, hostile);
        Map<String, Object> third = plan.action("Délais");
        third.put("objectiveId", objective2);
        third.remove("pilot");
        third.put("priority", null);
        third.put("startDate", null);
        third.put("endDate", null);
        plan.createAction(COORDINATOR, third);
        target = ContractFactory.create(COORDINATOR, ContractFactory.named(ContractFactory.grandQuercy(), "CLS de Figeac"));
    }

    static byte[] export(Caller caller, String contract) {
        return as(caller).accept(XLSX).get("/api/v1/contracts/" + contract + "/plan.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
    }

    static ValidatableResponse upload(Caller caller, String contract, byte[] workbook) {
        return as(caller).contentType(XLSX).body(workbook).post("/api/v1/contracts/" + contract + "/plan.xlsx").then();
    }

    static List<List<String>> cells(byte[] workbook, String sheet) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheet(sheet)) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < PlanWorkbook.columns(sheet).size(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(values);
            }
            return rows;
        }
    }

    static byte[] edit(byte[] workbook, Consumer<Workbook> change) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    void nothingWasImported() {
        as(COORDINATOR).get("/api/v1/contracts/" + target + "/plan").then().statusCode(200).body("axes", empty());
    }

    @Test
    void exportThenImportGivesBackTheSamePlan() throws IOException {
        byte[] source = export(ARS, plan.contract);
        upload(COORDINATOR, target, source).statusCode(200).body("actionCount", equalTo(3))
                .body("axes[0].objectives[0].actions[1].code", equalTo("A-7"));
        byte[] copy = export(COORDINATOR, target);
        for (String sheet : PlanWorkbook.SHEET_NAMES) {
            assertThat(cells(copy, sheet)).as(sheet).isEqualTo(cells(source, sheet));
        }
        assertThat(cells(source, PlanWorkbook.ACTIONS)).hasSize(4);
        assertThat(cells(source, PlanWorkbook.AXES)).hasSize(4);
        assertThat(cells(source, PlanWorkbook.FUNDINGS)).hasSize(5);
        assertThat(cells(source, PlanWorkbook.STEPS)).hasSize(5);
        as(COORDINATOR).get("/api/v1/actions?contractId=" + target + "&q=HYPERLINK").then().statusCode(200);
        as(COORDINATOR).get("/api/v1/contracts/" + target + "/plan").then()
                .body("axes[0].objectives[0].actions.title", hasItem("=HYPERLINK(\"http://evil.example\",\"clic\")"));
    }

    @Test
    void exportNeutralisesFormulaInjection() throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(COORDINATOR, plan.contract)))) {
            Sheet actions = wb.getSheet(PlanWorkbook.ACTIONS);
            for (Row row : actions) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                    }
                }
            }
            assertThat(actions.getRow(2).getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
            assertThat(actions.getRow(2).getCell(6).getStringCellValue()).isEqualTo("'@SUM(1+1)");
            assertThat(wb.getSheet(PlanWorkbook.STEPS).getRow(3).getCell(1).getStringCellValue()).isEqualTo("'+33 6");
        }
    }

    @Test
    void wrongSheetIsRefused() throws IOException {
        byte[] workbook = edit(export(COORDINATOR, plan.contract), wb -> wb.setSheetName(wb.getSheetIndex("actions"), "Feuil1"));
        upload(COORDINATOR, target, workbook).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://cls.example.org/problems/invalid-workbook"))
                .body("errors.field", hasItem("actions")).body("errors.field", hasItem("Feuil1"));
        nothingWasImported();
    }

    @Test
    void badDatesAndValuesAreListedByCell() throws IOException {
        byte[] workbook = edit(export(COORDINATOR, plan.contract), wb -> {
            Sheet actions = wb.getSheet("actions");
            actions.getRow(1).getCell(10).setCellValue("31/02/2025");
            actions.getRow(2).getCell(11).setCellValue("bientôt");
            actions.getRow(1).getCell(13).setCellValue(150);
            wb.getSheet("fundings").getRow(1).getCell(4).setCellValue("beaucoup");
        });
        upload(COORDINATOR, target, workbook).statusCode(400)
                .body("errors.field", hasItem("actions!K2")).body("errors.field", hasItem("actions!L3"))
                .body("errors.field", hasItem("actions!N2")).body("errors.field", hasItem("fundings!E2"))
                .body("errors.find { it.field == 'actions!K2' }.message", equalTo("start_date : date attendue (AAAA-MM-JJ)."));
        nothingWasImported();
    }

    @Test
    void formulaCellsAreRefused() throws IOException {
        byte[] workbook = edit(export(COORDINATOR, plan.contract),
                wb -> wb.getSheet("actions").getRow(1).getCell(3).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")"));
        upload(COORDINATOR, target, workbook).statusCode(400).body("errors.field", hasItem("actions!D2"))
                .body("errors.find { it.field == 'actions!D2' }.message", equalTo("Formule interdite : saisir une valeur."));
        nothingWasImported();
    }

    @Test
    void aLaterErrorRollsBackTheEarlierRows() throws IOException {
        byte[] workbook = edit(export(COORDINATOR, plan.contract),
                wb -> wb.getSheet("partners").getRow(1).getCell(1).setCellValue("00000000-0000-0000-0000-000000000001"));
        upload(COORDINATOR, target, workbook).statusCode(400).body("errors.field", hasItem("partners!B2"));
        nothingWasImported();
    }

    @Test
    void oversizedOrUnreadableFilesAreRefused() {
        byte[] big = new byte[1024 * 1024 + 10];
        new Random(1).nextBytes(big);
        upload(COORDINATOR, target, big).statusCode(413).contentType("application/problem+json");
        upload(COORDINATOR, target, "not a workbook".getBytes()).statusCode(400).body("errors[0].field", equalTo("file"));
        nothingWasImported();
    }

    /**
     * A workbook under the size limit whose first sheet expands to 20 MB (a comment of mostly one letter, 30 to 40
     * times smaller once compressed: below the ratio POI calls a zip bomb). Parsed, it would take most of the heap.
     */
    @Test
    void workbookExpandingBeyondTheEntryLimitIsRefused() throws IOException {
        byte[] source = export(COORDINATOR, plan.contract);
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(source)); ZipOutputStream out = new ZipOutputStream(padded)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    StringBuilder comment = new StringBuilder("<!--");
                    java.util.Random random = new java.util.Random(1);
                    for (int i = 0; i < 20_000_000; i++) {
                        comment.append(random.nextInt(40) == 0 ? 'b' : 'a');
                    }
                    content = (xml.substring(0, prolog) + comment.append("-->") + xml.substring(prolog)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        byte[] workbook = padded.toByteArray();
        assertThat(workbook.length).isLessThan(PlanWorkbookImporter.MAX_BYTES);
        assertThat(20_000_000 / workbook.length).as("compression ratio").isBetween(17, 99);

        upload(COORDINATOR, target, workbook).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        nothingWasImported();
    }

    /**
     * Several parts each under the entry limit and the inflate ratio, the whole under the size limit: shared strings of
     * 12 MB of real items and a sheet of 12 MB. Read as a DOM, such parts take several times their size in heap; read
     * streaming, what would be held passes the importer's bounds and the file is refused, naming it.
     */
    @Test
    void workbookWhosePartsHoldTooMuchTextIsRefusedNamingTheFile() throws IOException {
        byte[] source = export(COORDINATOR, plan.contract);
        java.util.Random random = new java.util.Random(2);
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(source)); ZipOutputStream out = new ZipOutputStream(padded)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String xml = new String(content, StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    StringBuilder items = new StringBuilder();
                    while (items.length() < 12_000_000) {
                        items.append("<si><t>");
                        for (int i = 0; i < 200; i++) {
                            items.append(random.nextInt(40) == 0 ? 'b' : 'a');
                        }
                        items.append("</t></si>");
                    }
                    int end = xml.lastIndexOf("</sst>");
                    content = (xml.substring(0, end) + items + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    int prolog = xml.indexOf("?>") + 2;
                    StringBuilder comment = new StringBuilder("<!--");
                    for (int i = 0; i < 12_000_000; i++) {
                        comment.append(random.nextInt(40) == 0 ? 'b' : 'a');
                    }
                    content = (xml.substring(0, prolog) + comment.append("-->") + xml.substring(prolog)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        byte[] workbook = padded.toByteArray();
        assertThat(workbook.length).isLessThan(PlanWorkbookImporter.MAX_BYTES);

        upload(COORDINATOR, target, workbook).statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("trop volumineux"));
        nothingWasImported();
    }

    @Test
    void zipBombIsRefusedNamingTheFile() throws IOException {
        byte[] source = export(COORDINATOR, plan.contract);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(source)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    content = (xml.substring(0, prolog) + "<!--" + "a".repeat(10_000_000) + "-->" + xml.substring(prolog))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        upload(COORDINATOR, target, bomb.toByteArray()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("bombe"));
        nothingWasImported();
    }

    @Test
    void importNeedsAnEmptyPlanAndTheCoordinator() {
        byte[] workbook = export(COORDINATOR, plan.contract);
        upload(COORDINATOR, plan.contract, workbook).statusCode(409);
        upload(ARS, target, workbook).statusCode(403);
        upload(COORDINATOR2, target, workbook).statusCode(404);
        as(COORDINATOR2).accept(XLSX).get("/api/v1/contracts/" + plan.contract + "/plan.xlsx").then().statusCode(404);
        nothingWasImported();
    }

    @Test
    void exportListsIndicatorsAndValuesThatImportIgnores() throws IOException {
        Map<String, Object> first = as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(200)
                .extract().path("axes[0].objectives[0]");
        String action = as(COORDINATOR).get("/api/v1/contracts/" + plan.contract + "/plan").then().statusCode(200)
                .extract().path("axes[0].objectives[0].actions[0].id");
        String code = as(COORDINATOR).get("/api/v1/actions/" + action).then().extract().path("code");
        String indicator = IndicatorFactory.createOnAction(action, IndicatorFactory.participants());
        IndicatorFactory.record(COORDINATOR, indicator, "2025-06-30", 40);
        IndicatorFactory.record(COORDINATOR, indicator, "2025-12-31", 90);
        Map<String, Object> objectiveLevel = IndicatorFactory.participants();
        objectiveLevel.put("name", "Habitants touchés");
        String ofObjective = IndicatorFactory.createOnObjective((String) first.get("id"), objectiveLevel);
        IndicatorFactory.record(COORDINATOR, ofObjective, "2025-12-31", 120);
        String objectiveCode = (String) first.get("code");

        byte[] source = export(ARS, plan.contract);
        List<List<String>> indicators = cells(source, PlanWorkbook.INDICATORS);
        assertThat(indicators).containsExactly(PlanWorkbook.INDICATORS_COLUMNS,
                List.of(code, indicator, "Participants aux ateliers", "PROCESS", "personnes", "INCREASE", "0", "2025-01-01", "200",
                        "2026-12-31", "SEMIANNUAL", "Feuilles d'émargement", "90", "2025-12-31", indicators.get(1).get(14), ""),
                List.of("", ofObjective, "Habitants touchés", "PROCESS", "personnes", "INCREASE", "0", "2025-01-01", "200",
                        "2026-12-31", "SEMIANNUAL", "Feuilles d'émargement", "120", "2025-12-31", indicators.get(2).get(14),
                        objectiveCode));
        assertThat(indicators.get(1).get(14)).isIn("ON_TRACK", "AT_RISK", "OFF_TRACK");
        assertThat(cells(source, PlanWorkbook.MEASUREMENTS)).containsExactly(PlanWorkbook.MEASUREMENTS_COLUMNS,
                List.of(code, indicator, "Participants aux ateliers", "2025-06-30", "40", ""),
                List.of(code, indicator, "Participants aux ateliers", "2025-12-31", "90", ""),
                List.of("", ofObjective, "Habitants touchés", "2025-12-31", "120", objectiveCode));

        upload(COORDINATOR, target, source).statusCode(200).body("actionCount", equalTo(3));
        assertThat(cells(export(COORDINATOR, target), PlanWorkbook.INDICATORS)).containsExactly(PlanWorkbook.INDICATORS_COLUMNS);
        assertThat(cells(export(COORDINATOR, target), PlanWorkbook.MEASUREMENTS)).containsExactly(PlanWorkbook.MEASUREMENTS_COLUMNS);
    }
}
