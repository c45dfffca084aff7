package org.cls.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee", description = "A committee (instance) of a contract's governance.")
public record CommitteeDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The contract it governs.") UUID contractId,
        @Schema(required = true, description = "Kind of instance.") CommitteeKind kind,
        @Schema(required = true, description = "Name.") String name,
        @Schema(description = "Theme or scope.") String theme,
        @Schema(required = true, description = "Identifiers of the standing members.") List<UUID> memberContactIds,
        @Schema(required = true, description = "The standing members, by last name.") List<ContactRef> members,
        @Schema(required = true, description = "Number of meetings recorded.") long meetingCount,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it.") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it.") String updatedBy) {
}
