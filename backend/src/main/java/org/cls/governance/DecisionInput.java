package org.cls.governance;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionInput", description = "A decision as clients send it (create, replace, merge-patch).")
public record DecisionInput(
        @NotBlank @Size(max = 4000) @Schema(required = true, description = "What was decided.", examples = "Relancer les MSP") String text,
        @Schema(description = "The contact in charge of it.") UUID ownerContactId,
        @Schema(description = "When it should be done.", examples = "2026-03-01") LocalDate dueDate,
        @Schema(description = "The action of the contract it concerns.") UUID actionId,
        @Schema(description = "Status; OPEN when omitted.") DecisionStatus status) {
}
