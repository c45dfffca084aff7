package org.cls.governance;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItemInput", description = "An agenda item as clients send it.")
public record AgendaItemInput(
        @NotBlank @Size(max = 300) @Schema(required = true, description = "Title.", examples = "Bilan annuel") String title,
        @Min(1) @Max(1440) @Schema(description = "Planned duration in minutes.", examples = "45") Integer durationMinutes,
        @Schema(description = "The contact who presents it.") UUID presenterContactId,
        @Schema(description = "The action of the contract it is about.") UUID actionId) {
}
