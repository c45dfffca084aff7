package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Role of a partner in an action: CO_PILOT, CONTRIBUTOR, FUNDER.")
public enum PartnerRole {
    CO_PILOT, CONTRIBUTOR, FUNDER
}
