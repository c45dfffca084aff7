package org.cls.plan;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AxisInput", description = "An axis or an objective as clients send it (create, replace, merge-patch).")
public record AxisInput(
        @NotBlank @Size(max = 200)
        @Schema(description = "Title.", examples = "Prévention et promotion de la santé")
        String title,
        @Size(max = 4000)
        @Schema(description = "Description.")
        String description,
        @Min(1)
        @Schema(description = "Position among its siblings, from 1; it is also its number. Omitted: at the end on create, unchanged on replace. "
                + "A position beyond the last one means the last. Moving one renumbers its siblings.", examples = "1")
        Integer position) {
}
