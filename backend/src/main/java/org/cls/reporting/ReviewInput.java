package org.cls.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewInput", description = "The ARS's review of a submitted report.")
public record ReviewInput(@NotBlank @Size(max = 4000) @Schema(description = "The comment.") String comment) {
}
