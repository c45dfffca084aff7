package org.cls.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cls.action.Action;
import org.cls.partner.Contact;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A decision taken in a meeting (relevé de décisions), followed up until done or dropped. */
@Entity
@Audited
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public Meeting meeting;

    @Column(name = "decision_text", nullable = false)
    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_contact_id")
    public Contact owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
