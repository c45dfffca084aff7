package org.cls.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorInput", description = "An indicator as clients send it (create, replace, merge-patch).")
public record IndicatorInput(
        @NotBlank @Size(max = 200) @Schema(description = "Name.", examples = "Participants aux ateliers") String name,
        @NotNull @Schema(description = "Kind: PROCESS (réalisation), RESULT (résultat) or IMPACT.") IndicatorKind kind,
        @Size(max = 50) @Schema(description = "Unit of the values.", examples = "personnes") String unit,
        @NotNull @Schema(description = "Which way is better: INCREASE or DECREASE.") Direction direction,
        @Valid @Schema(description = "Situation at the start (value and date); optional: without it the first value recorded is the reference.")
        IndicatorPoint baseline,
        @NotNull @Valid @Schema(description = "Target value and the date it should be reached by: after the baseline date, and not on the "
                + "wrong side of the baseline value for the direction.")
        IndicatorPoint target,
        @NotNull @Schema(description = "How often a value is expected.") Frequency frequency,
        @Size(max = 500) @Schema(description = "Data source.", examples = "Feuilles d'émargement des ateliers") String source,
        @Size(max = 4000) @Schema(description = "Definition, how the value is computed.") String description) {
}
