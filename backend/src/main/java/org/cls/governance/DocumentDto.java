package org.cls.governance;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "A file attached to a contract, an action or a meeting.")
public record DocumentDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(description = "The action it is attached to.") UUID actionId,
        @Schema(description = "The meeting it is attached to.") UUID meetingId,
        @Schema(description = "Title.") String title,
        @Schema(required = true, description = "File name as uploaded.") String fileName,
        @Schema(required = true, description = "Content type, detected from the bytes.") String contentType,
        @Schema(required = true, description = "Size in bytes.") long sizeBytes,
        @Schema(required = true, description = "SHA-256 of the content, hexadecimal.") String sha256,
        @Schema(required = true, description = "When it was uploaded.") Instant createdAt,
        @Schema(required = true, description = "Who uploaded it.") String createdBy) {
}
