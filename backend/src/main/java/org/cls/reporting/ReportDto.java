package org.cls.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cls.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A semiannual or annual report (bilan) of a contract.")
public record ReportDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) long version,
        @Schema(required = true) UUID contractId,
        @Schema(required = true, examples = "2025-S1") String period,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true) ReportStatus status,
        @Schema(required = true, description = "When the snapshot was taken.") Instant snapshotAt,
        String highlights,
        String difficulties,
        String levers,
        String adjustments,
        String reviewComment,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "The snapshot; left out of lists.") ReportSnapshot snapshot,
        @Schema(required = true, description = "What the caller may do with this report: `write` (edit, submit, delete a draft), `review` (a submitted one).") Permissions permissions) {
}
