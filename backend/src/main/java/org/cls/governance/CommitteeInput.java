package org.cls.governance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeInput", description = "A committee as clients send it (create, replace, merge-patch).")
public record CommitteeInput(
        @NotNull @Schema(required = true, description = "Kind of instance.", examples = "COPIL") CommitteeKind kind,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Name.", examples = "COPIL annuel") String name,
        @Size(max = 1000) @Schema(description = "Theme or scope (mainly for working groups).", examples = "Santé mentale") String theme,
        @Size(max = 500) @Schema(description = "Standing members: contacts of the partners directory.")
        List<@NotNull UUID> memberContactIds) {
}
