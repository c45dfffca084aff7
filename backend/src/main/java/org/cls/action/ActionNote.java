package org.cls.action;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A follow-up note (note de suivi) of an action: dated, authored, never changed. */
@Entity
@Audited
@Table(name = "action_note")
public class ActionNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    public Action action;

    @Column(name = "note_text", nullable = false)
    public String text;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
