package org.cls.governance;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cls.contract.Contract;
import org.cls.partner.Contact;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An instance of a contract's governance (COPIL, COTECH, working group…) and its standing members. */
@Entity
@Audited
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    public Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitteeKind kind;

    @Column(nullable = false)
    public String name;

    public String theme;

    @ManyToMany
    @JoinTable(name = "committee_member", joinColumns = @JoinColumn(name = "committee_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    public Set<Contact> members = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
