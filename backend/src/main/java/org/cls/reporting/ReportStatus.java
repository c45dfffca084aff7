package org.cls.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a report: DRAFT (coordinator edits), SUBMITTED (frozen, sent to the ARS), REVIEWED (the ARS commented).")
public enum ReportStatus {
    DRAFT, SUBMITTED, REVIEWED
}
