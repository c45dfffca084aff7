package org.cls.governance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarkdownInput", description = "Markdown to preview.")
public record MarkdownInput(
        @NotNull @Size(max = 200000) @Schema(required = true, description = "Markdown text.") String markdown) {
}
