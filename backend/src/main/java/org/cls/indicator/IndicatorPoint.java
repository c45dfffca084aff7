package org.cls.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorPoint", description = "A value at a date: the baseline (situation de départ) or the target (cible).")
public record IndicatorPoint(
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(required = true, description = "The value, in the indicator's unit.", examples = "200")
        BigDecimal value,
        @NotNull @Schema(required = true, description = "The date it refers to.", examples = "2026-12-31")
        LocalDate date) {
}
