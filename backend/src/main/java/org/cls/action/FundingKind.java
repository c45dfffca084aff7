package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of funding: OPERATING (fonctionnement), INVESTMENT (investissement).")
public enum FundingKind {
    OPERATING, INVESTMENT
}
