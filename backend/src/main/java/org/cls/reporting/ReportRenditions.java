package org.cls.reporting;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.cls.common.ChunkStore;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The PDF of a submitted (frozen) report, rendered once per version of the report and kept in the database: later downloads,
 * from any instance, stream the stored bytes. A review (the only change after submission) makes a new version, rendered once
 * more. Drafts are not kept: they change.
 */
@ApplicationScoped
public class ReportRenditions {

    private static final Logger LOG = Logger.getLogger(ReportRenditions.class);
    static final ChunkStore.Table CHUNKS = new ChunkStore.Table("report_rendition_chunk", "report_id");

    /** A PDF to send. */
    public record Pdf(StreamingOutput body, long size) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChunkStore chunks;

    @Inject
    ReportRenderer renderer;

    /** The stored PDF of this version of a submitted report, rendered and stored first if there is none. */
    public Pdf pdf(ReportDto report) {
        if (report.status() == ReportStatus.DRAFT) {
            throw new IllegalArgumentException("A draft is rendered at each request");
        }
        Pdf stored = QuarkusTransaction.requiringNew().call(() -> find(report.id(), report.version()));
        if (stored != null) {
            return stored;
        }
        byte[] pdf = renderer.pdf(report);
        try {
            QuarkusTransaction.requiringNew().run(() -> keep(report.id(), report.version(), pdf));
        } catch (RuntimeException e) {
            // Another request (or instance) kept it meanwhile, or the report changed: this one is sent all the same
            LOG.debugf(e, "Report %s: rendition of version %d not kept", report.id(), report.version());
        }
        return new Pdf(out -> out.write(pdf), pdf.length);
    }

    private Pdf find(UUID reportId, long version) {
        @SuppressWarnings("unchecked")
        List<Object> sizes = em.createNativeQuery("select size_bytes from report_rendition where report_id = ?1 and report_version = ?2")
                .setParameter(1, reportId).setParameter(2, version).getResultList();
        if (sizes.isEmpty()) {
            return null;
        }
        return new Pdf(chunks.stream(CHUNKS, reportId, chunks.count(CHUNKS, reportId)), ((Number) sizes.get(0)).longValue());
    }

    /** Replaces the rendition of an earlier version, if any; fails if the report is gone or another one was kept meanwhile. */
    private void keep(UUID reportId, long version, byte[] pdf) {
        em.createNativeQuery("delete from report_rendition where report_id = ?1 and report_version < ?2").setParameter(1, reportId)
                .setParameter(2, version).executeUpdate();
        em.createNativeQuery("insert into report_rendition (report_id, report_version, content_type, size_bytes, sha256, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, reportId).setParameter(2, version)
                .setParameter(3, ReportResource.PDF).setParameter(4, (long) pdf.length)
                .setParameter(5, ChunkStore.sha256Hex(pdf)).setParameter(6, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        chunks.write(CHUNKS, reportId, new ByteArrayInputStream(pdf));
    }
}
