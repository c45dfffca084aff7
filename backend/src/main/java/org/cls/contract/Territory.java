package org.cls.contract;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

@Embeddable
public class Territory {

    @Column(name = "territory_name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "territory_kind", nullable = false)
    public TerritoryKind kind;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @ElementCollection
    @CollectionTable(name = "contract_departement", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    public List<String> departementCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_commune", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    public List<String> communeCodes = new ArrayList<>();

    @Column(name = "population")
    public Integer population;
}
