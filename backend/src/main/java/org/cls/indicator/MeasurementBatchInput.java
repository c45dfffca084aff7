package org.cls.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementBatchInput", description = "The values of a reporting round, saved all at once or not at all.")
public record MeasurementBatchInput(
        @Schema(description = "1 to 500 values.") List<Line> measurements) {

    @Schema(name = "MeasurementBatchLine", description = "One value of a batch.")
    public record Line(
            @NotNull @Schema(description = "The indicator.") UUID indicatorId,
            @NotNull @Schema(description = "The date the value refers to.", examples = "2025-06-30") LocalDate date,
            @NotNull @Digits(integer = 15, fraction = 4) @Schema(description = "The value.", examples = "45") BigDecimal value,
            @Size(max = 2000) @Schema(description = "Comment.") String comment,
            @Schema(description = "To replace the value already recorded at this date: its version (as in its ETag). Without it, a "
                    + "date that already has a value is rejected.") Long version) {
    }
}
