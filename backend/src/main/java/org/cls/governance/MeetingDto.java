package org.cls.governance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meeting", description = "A meeting of a committee.")
public record MeetingDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag.") long version,
        @Schema(required = true, description = "The committee.") UUID committeeId,
        @Schema(required = true, description = "The committee's name.") String committeeName,
        @Schema(required = true, description = "The committee's kind.") CommitteeKind committeeKind,
        @Schema(required = true, description = "The contract.") UUID contractId,
        @Schema(required = true, description = "Start, with the Europe/Paris offset.", examples = "2025-12-11T14:00:00+01:00") OffsetDateTime startsAt,
        @Schema(required = true, description = "End, with the Europe/Paris offset.", examples = "2025-12-11T16:30:00+01:00") OffsetDateTime endsAt,
        @Schema(description = "Place.") String place,
        @Schema(description = "Video link.") String videoLink,
        @Schema(required = true, description = "Status.") MeetingStatus status,
        @Schema(required = true, description = "Agenda items, in order.") List<AgendaItemDto> agenda,
        @Schema(required = true, description = "Invitees with their attendance, by last name.") List<InviteeDto> invitees,
        @Schema(description = "Minutes in Markdown.") String minutes,
        @Schema(description = "Minutes rendered to sanitised HTML (safe to insert in a page).") String minutesHtml,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it.") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it.") String updatedBy) {

    @Schema(name = "AgendaItem", description = "An agenda item.")
    public record AgendaItemDto(
            @Schema(required = true, description = "Title.") String title,
            @Schema(description = "Planned duration in minutes.") Integer durationMinutes,
            @Schema(description = "The presenter's identifier.") UUID presenterContactId,
            @Schema(description = "The presenter.") ContactRef presenter,
            @Schema(description = "The action's identifier.") UUID actionId,
            @Schema(description = "The action it is about.") ActionRef action) {
    }

    @Schema(name = "Invitee", description = "An invited contact and their attendance.")
    public record InviteeDto(
            @Schema(required = true, description = "The contact's identifier.") UUID contactId,
            @Schema(required = true, description = "The contact.") ContactRef contact,
            @Schema(required = true, description = "Attendance.") AttendanceStatus status) {
    }
}
