package org.cls.partner;

import java.time.Instant;
import java.util.UUID;

import org.cls.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A professional contact of a partner organisation, filed in the directory of a territory (département)."
        + " Its personal data is read by the coordinators of that département and by the readers of a contract that uses the contact.")
public record ContactDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The partner organisation.") UUID partnerId,
        @Schema(required = true, description = "First name.") String firstName,
        @Schema(required = true, description = "Last name.") String lastName,
        @Schema(description = "Function in the organisation.") String function,
        @Schema(description = "Professional email.") String email,
        @Schema(description = "Professional phone.") String phone,
        @Schema(description = "INSEE code of the département whose directory holds the contact: its coordinators read and change it."
                + " Absent only for contacts filed before directories existed that no contract uses.", examples = "46") String departementCode,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy,
        @Schema(required = true, description = "What the caller may do with this contact: `write` (change, erase, export or delete it: the coordinators of its directory).") Permissions permissions) {
}
