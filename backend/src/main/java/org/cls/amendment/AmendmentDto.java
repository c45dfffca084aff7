package org.cls.amendment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Amendment", description = "An amendment (avenant) of a contract as the API returns it.")
public record AmendmentDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag; send it back in If-Match to change the amendment.") long version,
        @Schema(required = true, description = "The contract it amends.") UUID contractId,
        @Schema(required = true, description = "Its number within the contract: 1, 2, … in signing order.") int number,
        @Schema(required = true, description = "Date of signature.") LocalDate signedOn,
        @Schema(required = true, description = "What the amendment changes.") String summary,
        @Schema(description = "The end date it gave the contract; absent when it did not change it.") LocalDate newEndDate,
        @Schema(description = "The contract's end date before this amendment; restored when the amendment is deleted.") LocalDate previousEndDate,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy) {
}
