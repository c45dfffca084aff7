package org.cls.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.COORDINATOR;
import static org.cls.support.GovernanceFactory.committee;
import static org.cls.support.GovernanceFactory.createCommittee;
import static org.cls.support.GovernanceFactory.createMeeting;
import static org.cls.support.GovernanceFactory.meeting;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cls.common.ChunkStore;
import org.cls.support.Database;
import org.cls.support.GovernanceFactory;
import org.cls.support.PlanFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Document content lives in the database with its row: what commits, rolls back and cascades with it. */
@QuarkusTest
class DocumentStorageTest {

    /** A PDF (by its first bytes) of 1.3 MiB: six chunks, the last one partial. */
    static final byte[] BIG = big(1_363_149);

    @Inject
    Database database;

    @Inject
    DocumentsConfig config;

    @Inject
    LegacyDocumentFiles legacy;

    PlanFactory plan;
    String committee;
    String meeting;

    @BeforeEach
    void aMeeting() {
        database.clear();
        plan = PlanFactory.grandQuercy();
        committee = createCommittee(COORDINATOR, plan.contract, committee("COPIL", "COPIL annuel", List.of()));
        meeting = createMeeting(COORDINATOR, committee, meeting(null, null, List.of()));
    }

    static byte[] big(int size) {
        byte[] bytes = new byte[size];
        new Random(15).nextBytes(bytes);
        System.arraycopy(GovernanceFactory.PDF, 0, bytes, 0, GovernanceFactory.PDF.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String upload(String path, byte[] bytes) {
        return as(COORDINATOR).contentType("multipart/form-data").multiPart("file", "annexe.pdf", bytes, "application/pdf")
                .post(path + "/documents").then().statusCode(201).extract().path("id");
    }

    long chunksOf(String document) {
        return database.count("document_chunk", "document_id = ?1", UUID.fromString(document));
    }

    void delete(String path) {
        String etag = as(COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete(path).then().statusCode(204);
    }

    @Test
    void multiChunkContentDownloadsAsUploaded() throws Exception {
        String sha = sha256(BIG);
        String id = as(COORDINATOR).contentType("multipart/form-data").multiPart("file", "annexe.pdf", BIG, "application/pdf")
                .post("/api/v1/contracts/" + plan.contract + "/documents").then().statusCode(201).header("ETag", "\"0\"")
                .body("sha256", equalTo(sha)).body("sizeBytes", equalTo(BIG.length)).body("version", equalTo(0))
                .extract().path("id");
        assertThat(chunksOf(id)).isEqualTo((BIG.length + ChunkStore.CHUNK_SIZE - 1) / ChunkStore.CHUNK_SIZE).isEqualTo(6);
        byte[] body = as(ARS).accept("*/*").get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .header("X-Checksum-SHA256", equalTo(sha)).header("Content-Length", String.valueOf(BIG.length))
                .extract().asByteArray();
        assertThat(body).isEqualTo(BIG);
        assertThat(sha256(body)).isEqualTo(sha);
        // The audit trail records the upload once, with its hash
        assertThat(database.count("document_aud", "id = ?1 and sha256 = ?2", UUID.fromString(id), sha)).isEqualTo(1);
        assertThat(database.count("document_aud", "id = ?1", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void failedUploadLeavesNoChunkAndNoRow() {
        // The fourth chunk is refused: the upload fails after its row and three chunks were written
        database.execute("alter table document_chunk add constraint ck_test_three_chunks check (seq < 3)");
        try {
            as(COORDINATOR).contentType("multipart/form-data").multiPart("file", "annexe.pdf", BIG, "application/pdf")
                    .post("/api/v1/meetings/" + meeting + "/documents").then().statusCode(409);
        } finally {
            database.execute("alter table document_chunk drop constraint ck_test_three_chunks");
        }
        assertThat(database.count("document")).isZero();
        assertThat(database.count("document_chunk")).isZero();
        upload("/api/v1/meetings/" + meeting, BIG);
        assertThat(database.count("document_chunk")).isEqualTo(6);
    }

    @Test
    void deletingADocumentDeletesItsChunks() {
        String kept = upload("/api/v1/contracts/" + plan.contract, BIG);
        String deleted = upload("/api/v1/contracts/" + plan.contract, BIG);
        delete("/api/v1/documents/" + deleted);
        assertThat(chunksOf(deleted)).isZero();
        assertThat(chunksOf(kept)).isEqualTo(6);
        as(COORDINATOR).accept("*/*").get("/api/v1/documents/" + kept + "/content").then().statusCode(200);
    }

    @Test
    void deletingAMeetingAnActionOrAContractLeavesNoDocumentAndNoChunk() {
        String action = plan.createAction("Sport sur ordonnance");
        String ofMeeting = upload("/api/v1/meetings/" + meeting, BIG);
        String ofAction = upload("/api/v1/actions/" + action, BIG);
        String otherMeeting = createMeeting(COORDINATOR, committee, meeting(null, null, List.of()));
        String ofCommittee = upload("/api/v1/meetings/" + otherMeeting, GovernanceFactory.PDF);
        String ofContract = upload("/api/v1/contracts/" + plan.contract, BIG);

        delete("/api/v1/meetings/" + meeting);
        assertThat(database.count("document", "id = ?1", UUID.fromString(ofMeeting))).isZero();
        assertThat(chunksOf(ofMeeting)).isZero();

        delete("/api/v1/actions/" + action);
        assertThat(database.count("document", "id = ?1", UUID.fromString(ofAction))).isZero();
        assertThat(chunksOf(ofAction)).isZero();

        String etag = as(COORDINATOR).get("/api/v1/committees/" + committee).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/committees/" + committee + "?cascade=true").then().statusCode(204);
        assertThat(database.count("document", "id = ?1", UUID.fromString(ofCommittee))).isZero();
        assertThat(chunksOf(ofCommittee)).isZero();

        assertThat(chunksOf(ofContract)).isEqualTo(6);
        etag = as(COORDINATOR).get("/api/v1/contracts/" + plan.contract).then().statusCode(200).extract().header("ETag");
        as(COORDINATOR).header("If-Match", etag).delete("/api/v1/contracts/" + plan.contract + "?cascade=true").then()
                .statusCode(204);
        assertThat(database.count("document")).isZero();
        assertThat(database.count("document_chunk")).isZero();
    }

    /** A document row as versions before V13 wrote it, its file under the documents directory (unless null). */
    UUID legacyDocument(byte[] recorded, byte[] onDisk) throws Exception {
        UUID id = UUID.randomUUID();
        String key = "2024/05/" + id;
        if (onDisk != null) {
            Path file = config.directory().resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, onDisk);
        }
        OffsetDateTime now = OffsetDateTime.now();
        database.execute("insert into document (id, version, contract_id, file_name, content_type, size_bytes, sha256, storage_key,"
                + " created_at, created_by, updated_at, updated_by) values (?1, 0, ?2, 'ancien.pdf', 'application/pdf', ?3, ?4, ?5,"
                + " ?6, 'coordinator', ?6, 'coordinator')", id, UUID.fromString(plan.contract), (long) recorded.length,
                sha256(recorded), key, now);
        return id;
    }

    @Test
    void filesOfEarlierVersionsMoveIntoTheDatabase() throws Exception {
        UUID moved = legacyDocument(BIG, BIG);
        UUID missing = legacyDocument(GovernanceFactory.PDF, null);
        byte[] altered = BIG.clone();
        altered[700_000] ^= 1;
        UUID mismatched = legacyDocument(BIG, altered);

        assertThat(legacy.moveAll()).isEqualTo(1);

        assertThat(as(ARS).accept("*/*").get("/api/v1/documents/" + moved + "/content").then().statusCode(200)
                .header("X-Checksum-SHA256", sha256(BIG)).extract().asByteArray()).isEqualTo(BIG);
        assertThat(Files.exists(config.directory().resolve("2024/05/" + moved))).isFalse();
        assertThat(database.count("document", "id = ?1 and storage_key is null", moved)).isEqualTo(1);

        as(ARS).accept("*/*").get("/api/v1/documents/" + missing + "/content").then().statusCode(404);
        assertThat(database.count("document", "id = ?1 and storage_key is not null", missing)).isEqualTo(1);

        assertThat(Files.exists(config.directory().resolve("2024/05/" + mismatched))).isTrue();
        assertThat(database.count("document_chunk", "document_id = ?1", mismatched)).isZero();
        assertThat(database.count("document", "id = ?1 and storage_key is not null", mismatched)).isEqualTo(1);

        // Once moved, nothing is moved again; the others wait for their file
        assertThat(legacy.moveAll()).isZero();
        assertThat(database.count("document_chunk", "document_id = ?1", moved)).isEqualTo(6);
        Files.delete(config.directory().resolve("2024/05/" + mismatched));
    }
}
