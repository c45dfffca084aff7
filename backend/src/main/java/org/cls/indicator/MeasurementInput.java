package org.cls.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementInput", description = "A value of an indicator as clients send it; author and time come from the token.")
public record MeasurementInput(
        @NotNull @Schema(description = "The date the value refers to (the end of the period it covers).", examples = "2025-06-30") LocalDate date,
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(description = "The value, in the indicator's unit.", examples = "45") BigDecimal value,
        @Size(max = 2000) @Schema(description = "Comment.", examples = "Deux ateliers annulés faute d'animateur.") String comment) {
}
