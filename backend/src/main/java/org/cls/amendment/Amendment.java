package org.cls.amendment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cls.contract.Contract;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An amendment (avenant) of a contract; numbered 1..n per contract in signing order. */
@Entity
@Audited
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    public Contract contract;

    @Column(nullable = false)
    public int number;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(nullable = false)
    public String summary;

    /** The end date it gives the contract; null when it does not change it. */
    @Column(name = "new_end_date")
    public LocalDate newEndDate;

    /** The contract's end date just before this amendment was recorded: restored when it is deleted. */
    @Column(name = "previous_end_date")
    public LocalDate previousEndDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
