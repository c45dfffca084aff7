package org.cls.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The local authority carrying the contract: PETR, PAYS, EPCI, COMMUNE or OTHER.")
public enum TerritoryKind {
    PETR, PAYS, EPCI, COMMUNE, OTHER
}
