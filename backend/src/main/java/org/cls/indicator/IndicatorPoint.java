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

    /** A value as sent back: 45.0000 as stored leaves as 45 (no trailing zeros, no exponent). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
