package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status of a funding: REQUESTED (demandé), GRANTED (accordé), PAID (versé).")
public enum FundingStatus {
    REQUESTED, GRANTED, PAID
}
