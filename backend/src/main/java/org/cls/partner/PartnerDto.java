package org.cls.partner;

import java.time.Instant;
import java.util.UUID;

import org.cls.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner", description = "A partner organisation of the shared directory.")
public record PartnerDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "Name of the organisation.") String name,
        @Schema(required = true, description = "Kind of organisation.") PartnerType type,
        @Schema(description = "SIRET (14 digits).") String siret,
        @Schema(description = "INSEE code of the commune of its seat.") String communeCode,
        @Schema(description = "Web site.") String website,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy,
        @Schema(required = true, description = "What the caller may do with this organisation: `write` (change or delete it: any coordinator; organisations are shared).") Permissions permissions) {
}
