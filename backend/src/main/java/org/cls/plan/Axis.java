package org.cls.plan;

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
import jakarta.persistence.Version;

import org.cls.contract.Contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A strategic axis (axe stratégique) of a contract's plan; its number is its position, 1..n. */
@Entity
@Audited
@Table(name = "axis")
public class Axis extends PanacheEntityBase implements PlanItem {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    public Contract contract;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Override
    public int position() {
        return position;
    }

    @Override
    public void position(int position) {
        this.position = position;
    }

    @Override
    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    @Override
    public void created(String by, Instant at) {
        createdAt = at;
        createdBy = by;
        touch(by, at);
    }

    @Override
    public void touch(String by, Instant at) {
        updatedAt = at;
        updatedBy = by;
    }
}
