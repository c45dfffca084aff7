package org.cls.governance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingInput", description = "A meeting as clients send it (create, replace, merge-patch).")
public record MeetingInput(
        @NotNull @Schema(required = true, description = "Start, with its offset (Europe/Paris shown to people).",
                examples = "2025-12-11T14:00:00+01:00") OffsetDateTime startsAt,
        @NotNull @Schema(required = true, description = "End, after the start.", examples = "2025-12-11T16:30:00+01:00") OffsetDateTime endsAt,
        @Size(max = 300) @Schema(description = "Place.", examples = "Cahors") String place,
        @Size(max = 1000) @Schema(description = "Video link (http or https).") String videoLink,
        @Size(max = 100) @Schema(description = "Agenda items, in order.") List<@NotNull @Valid AgendaItemInput> agenda,
        @Size(max = 500) @Schema(description = "Invited contacts; attendance of contacts still invited is kept.")
        List<@NotNull UUID> inviteeContactIds,
        @Schema(description = "Status; PLANNED when omitted.") MeetingStatus status,
        @Size(max = 200000) @Schema(description = "Minutes (compte rendu) in Markdown.") String minutes) {
}
