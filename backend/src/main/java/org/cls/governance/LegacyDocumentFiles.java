package org.cls.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.common.ChunkStore;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves the files that earlier versions wrote under {@code cls.documents.directory} into the database, once, at start: each
 * document whose {@code storage_key} is still set is copied into chunks, checked against its SHA-256 and size, marked moved
 * ({@code storage_key} null) in the same transaction, and its file deleted after the commit (the folders are left). A missing
 * or altered file is logged and left as it is, to be retried at the next start once restored. One row is locked at a time, so
 * that several instances starting together move each file once.
 */
@ApplicationScoped
public class LegacyDocumentFiles {

    private static final Logger LOG = Logger.getLogger(LegacyDocumentFiles.class);

    /** How one file went. */
    public enum Outcome {
        MOVED, MISSING, MISMATCH, ALREADY_MOVED
    }

    @Inject
    DocumentsConfig config;

    @Inject
    EntityManager em;

    @Inject
    ChunkStore chunks;

    void onStart(@Observes StartupEvent event) {
        moveAll();
    }

    /** Moves every file still on disk; returns how many were moved. */
    public int moveAll() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select id from document where storage_key is not null order by id", UUID.class).getResultList());
        if (pending.isEmpty()) {
            return 0;
        }
        LOG.infof("Moving %d document file(s) from %s into the database", pending.size(), config.directory().toAbsolutePath());
        int moved = 0;
        for (UUID id : pending) {
            try {
                if (move(id) == Outcome.MOVED) {
                    moved++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Document %s: its file could not be moved into the database; retried at the next start", id);
            }
        }
        LOG.infof("Moved %d of %d document file(s) into the database", moved, pending.size());
        return moved;
    }

    Outcome move(UUID id) {
        Path[] file = new Path[1];
        Outcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> transfer(id, file));
        } catch (Mismatch e) {
            return Outcome.MISMATCH;
        }
        if (outcome == Outcome.MOVED) {
            try {
                Files.delete(file[0]);
            } catch (IOException e) {
                LOG.warnf("Document %s: moved into the database, but %s could not be deleted: %s", id, file[0], e);
            }
        }
        return outcome;
    }

    /** Rolls back the chunks of a file that does not match its row. */
    private static final class Mismatch extends RuntimeException {
        Mismatch() {
            super(null, null, false, false);
        }
    }

    private Outcome transfer(UUID id, Path[] file) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select storage_key, sha256, size_bytes from document where id = ?1 and storage_key is not null for update")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Outcome.ALREADY_MOVED;
        }
        Object[] row = rows.get(0);
        file[0] = config.directory().resolve((String) row[0]);
        if (!Files.isRegularFile(file[0])) {
            LOG.errorf("Document %s: file %s is missing; its content cannot be downloaded until it is restored there", id,
                    file[0].toAbsolutePath());
            return Outcome.MISSING;
        }
        ChunkStore.Written written;
        try (InputStream in = Files.newInputStream(file[0])) {
            written = chunks.write(DocumentService.CHUNKS, id, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!written.sha256().equals(row[1]) || written.size() != ((Number) row[2]).longValue()) {
            LOG.errorf("Document %s: file %s does not match its row (SHA-256 %s, %d bytes; expected %s, %s bytes); left on disk",
                    id, file[0].toAbsolutePath(), written.sha256(), written.size(), row[1], row[2]);
            throw new Mismatch();
        }
        em.createNativeQuery("update document set storage_key = null where id = ?1").setParameter(1, id).executeUpdate();
        return Outcome.MOVED;
    }
}
