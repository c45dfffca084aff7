package org.cls.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: who changed the domain objects, and when. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Token subject of the author, or "system" for changes made outside a request (demo data, imports). */
    @Column(nullable = false)
    public String subject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    /** The number of the latest revision, 0 before any: it moves with every audited change, whatever the object. */
    public static long latest(EntityManager em) {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_revision").getSingleResult()).longValue();
    }
}
