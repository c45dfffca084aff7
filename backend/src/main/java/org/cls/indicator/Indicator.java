package org.cls.indicator;

import java.math.BigDecimal;
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
import org.cls.contract.Contract;
import org.cls.plan.Objective;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indicator of an action, or of an objective (a contract-level indicator): exactly one of the two is set. */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    public Action action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_date")
    public LocalDate baselineDate;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    public String source;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public Objective ownerObjective() {
        return action != null ? action.objective : objective;
    }

    public Contract contract() {
        return ownerObjective().axis.contract;
    }
}
