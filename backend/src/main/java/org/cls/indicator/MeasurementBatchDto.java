package org.cls.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementBatchResult", description = "The values saved by a batch, in the order sent.")
public record MeasurementBatchDto(
        @Schema(required = true, description = "The saved values.") List<MeasurementDto> measurements,
        @Schema(required = true, description = "How many were new.") int created,
        @Schema(required = true, description = "How many replaced a value.") int updated) {
}
