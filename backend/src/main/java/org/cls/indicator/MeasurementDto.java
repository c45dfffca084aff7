package org.cls.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement", description = "A value of an indicator at a date.")
public record MeasurementDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag; send it back in If-Match to change the value.") long version,
        @Schema(required = true, description = "The indicator.") UUID indicatorId,
        @Schema(required = true, description = "The date the value refers to.") LocalDate date,
        @Schema(required = true, description = "The value.") BigDecimal value,
        @Schema(description = "Comment.") String comment,
        @Schema(required = true, description = "Who recorded it last (login name, from the token).") String author,
        @Schema(required = true, description = "Their display name.") String authorName,
        @Schema(required = true, description = "When it was recorded last.") Instant recordedAt) {
}
