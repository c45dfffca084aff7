package org.cls.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoteInput", description = "A follow-up note as clients send it; date and author come from the token.")
public record NoteInput(
        @NotBlank @Size(max = 4000) @Schema(description = "Text.", examples = "Première séance tenue le 12 mars avec 14 participants.") String text) {
}
