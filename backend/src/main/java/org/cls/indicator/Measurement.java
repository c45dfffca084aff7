package org.cls.indicator;

import java.math.BigDecimal;
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

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A value of an indicator at a date (the end of the period it covers); one per indicator and date. */
@Entity
@Audited
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    public Indicator indicator;

    @Column(name = "measured_on", nullable = false)
    public LocalDate date;

    @Column(name = "measured_value", nullable = false)
    public BigDecimal value;

    @Column(name = "measure_comment")
    public String comment;

    /** Login name of who recorded the value last. */
    @Column(nullable = false)
    public String author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
