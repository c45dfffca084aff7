package org.cls.partner;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A professional contact of a partner organisation, filed in the directory of one territory (a département). */
@Entity
@Audited
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    public Partner partner;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "job_function")
    public String function;

    /** Lower-case: the invitation a pilot's account claims once, at its first login with this email verified. */
    public String email;

    /** The account ({@code sub}) that claimed this contact; null while the invitation is pending. Not audited: no personal data. */
    @NotAudited
    @Column(name = "account_subject")
    public String accountSubject;

    @NotAudited
    @Column(name = "linked_at")
    public Instant linkedAt;

    public String phone;

    /**
     * INSEE code of the département whose directory holds the contact: its coordinators read and write it (see
     * {@link ContactDirectory}). Null for the few contacts filed before directories that no contract used.
     */
    @Column(name = "departement_code")
    public String departementCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
