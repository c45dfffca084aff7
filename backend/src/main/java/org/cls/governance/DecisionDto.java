package org.cls.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "A decision taken in a meeting.")
public record DecisionDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The meeting that took it.") UUID meetingId,
        @Schema(required = true, description = "When that meeting started (Europe/Paris offset).") OffsetDateTime meetingStartsAt,
        @Schema(required = true, description = "The committee.") UUID committeeId,
        @Schema(required = true, description = "The committee's name.") String committeeName,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "What was decided.") String text,
        @Schema(description = "The owner's identifier.") UUID ownerContactId,
        @Schema(description = "The contact in charge.") ContactRef owner,
        @Schema(description = "Due date.") LocalDate dueDate,
        @Schema(description = "The action's identifier.") UUID actionId,
        @Schema(description = "The action it concerns.") ActionRef action,
        @Schema(required = true, description = "Status.") DecisionStatus status,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it.") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it.") String updatedBy) {
}
