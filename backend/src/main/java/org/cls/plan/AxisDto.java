package org.cls.plan;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Axis", description = "A strategic axis of a contract's plan.")
public record AxisDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "Number of the axis in the plan (equals its position).") int number,
        @Schema(required = true, description = "Position among the axes of the contract, from 1.") int position,
        @Schema(required = true, description = "Title.") String title,
        @Schema(description = "Description.") String description,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy) {
}
