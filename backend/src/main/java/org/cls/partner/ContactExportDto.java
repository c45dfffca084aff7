package org.cls.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cls.audit.HistoryEntryDto;
import org.cls.audit.HistoryOperation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the platform holds on one contact (GDPR art. 15 access, art. 20 portability). */
@Schema(name = "ContactExport", description = "Everything the platform holds on one contact (GDPR right of access): the contact, its organisation,"
        + " where contracts use it and every state it took in the audit trail, with when and by whom.")
public record ContactExportDto(
        @Schema(required = true, description = "When the export was made.") Instant exportedAt,
        @Schema(required = true, description = "The contact as it is now.") ContactDto contact,
        @Schema(required = true, description = "Its partner organisation.") PartnerDto partner,
        @Schema(required = true, description = "Its uses in the contracts the caller reads, by contract.") List<Use> uses,
        @Schema(required = true, description = "Whether contracts the caller does not read also use it (named to their own coordinators only).")
        boolean usedInOtherContracts,
        @Schema(required = true, description = "Every state of the contact in the audit trail, oldest first.") List<Revision> history) {

    @Schema(name = "ContactUse", description = "A use of a contact in a contract.")
    public record Use(
            @Schema(required = true, description = "How it is used.") ContactUseKind kind,
            @Schema(required = true, description = "The action (PILOT), committee (COMMITTEE_MEMBER), meeting (MEETING_INVITEE, AGENDA_PRESENTER)"
                    + " or decision (DECISION_OWNER).") UUID objectId,
            @Schema(required = true, description = "The object's name: action code and title, committee name, meeting's committee, decision text.")
            String label,
            @Schema(description = "The meeting's day (Paris), for meeting uses.") LocalDate date,
            @Schema(required = true, description = "The contract.") UUID contractId,
            @Schema(required = true, description = "The contract's name.") String contractName) {
    }

    @Schema(name = "ContactRevision", description = "One state of the contact in the audit trail.")
    public record Revision(
            @Schema(required = true, description = "Audit revision number.") long revision,
            @Schema(required = true, description = "When it was saved.") Instant at,
            @Schema(required = true, description = "Who saved it.") HistoryEntryDto.Author author,
            @Schema(required = true, description = "CREATED, UPDATED or DELETED.") HistoryOperation operation,
            @Schema(description = "First name.") String firstName,
            @Schema(description = "Last name.") String lastName,
            @Schema(description = "Function in the organisation.") String function,
            @Schema(description = "Professional email.") String email,
            @Schema(description = "Professional phone.") String phone,
            @Schema(description = "The partner organisation.") UUID partnerId,
            @Schema(description = "The département of its directory (absent from states saved before directories existed).")
            String departementCode) {
    }
}
