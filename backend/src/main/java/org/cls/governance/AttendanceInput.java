package org.cls.governance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceInput", description = "The attendance of one invitee.")
public record AttendanceInput(
        @NotNull @Schema(required = true, description = "An invited contact.") UUID contactId,
        @NotNull @Schema(required = true, description = "Their attendance.", examples = "PRESENT") AttendanceStatus status) {
}
