package org.cls.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of one object, as the history shows it. */
@Schema(name = "HistoryEntry", description = "One change of one object: who, when, what (field by field).")
public record HistoryEntryDto(
        @Schema(required = true, description = "Audit revision number: one per transaction; entries of one revision were saved together.")
        long revision,
        @Schema(required = true, description = "When the change was saved.")
        Instant at,
        @Schema(required = true, description = "Who saved it.")
        Author author,
        @Schema(required = true, description = "Kind of object changed.")
        HistoryObjectType objectType,
        @Schema(required = true, description = "Id of the object changed (it may since have been deleted).")
        UUID objectId,
        @Schema(required = true, description = "The object's name as of this change (a title, a code and title, a note's first words).")
        String label,
        @Schema(required = true, description = "CREATED, UPDATED or DELETED.")
        HistoryOperation operation,
        @Schema(required = true, description = "Fields that changed, with their value before and after. On CREATED, the fields set; on DELETED, the last state.")
        List<FieldChange> changes) {

    @Schema(name = "HistoryAuthor", description = "The author of a change, from the access token; `system` for changes made by the platform itself (demo data, imports).")
    public record Author(
            @Schema(required = true, description = "Token subject of the author.") String subject,
            @Schema(required = true, description = "Display name of the author.") String name) {
    }

    @Schema(name = "FieldChange", description = "A field's value before and after a change, as text (dates ISO-8601, lists comma-separated, partners by name).")
    public record FieldChange(
            @Schema(required = true, description = "API name of the field, e.g. `status`, `territory.communeCodes`.") String field,
            @Schema(description = "Value before; null when unset.") String before,
            @Schema(description = "Value after; null when unset.") String after) {
    }
}
