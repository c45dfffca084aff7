package org.cls.action;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Funding {

    @Column(name = "funder_id", nullable = false)
    public UUID funderId;

    @Column(name = "funding_year", nullable = false)
    public int year;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingStatus status;
}
