package org.cls.action;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Note", description = "A follow-up note (note de suivi) of an action.")
public record NoteDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "The action.") UUID actionId,
        @Schema(required = true, description = "Text.") String text,
        @Schema(required = true, description = "Author (login name, from the token).") String author,
        @Schema(required = true, description = "Author's display name, from the token.") String authorName,
        @Schema(required = true, description = "When it was written.") Instant createdAt) {
}
