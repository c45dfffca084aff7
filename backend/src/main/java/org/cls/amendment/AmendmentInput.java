package org.cls.amendment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AmendmentInput", description = "An amendment (avenant) as clients send it (create, replace, merge-patch).")
public record AmendmentInput(
        @NotNull
        @Schema(description = "Date of signature: not in the future, not before the contract's start date, not before the previous amendment's signature.",
                examples = "2024-06-20")
        LocalDate signedOn,
        @NotBlank @Size(max = 4000)
        @Schema(description = "What the amendment changes.", examples = "Prolongation du CLS 1 jusqu'à l'entrée en vigueur du CLS 2.")
        String summary,
        @Schema(description = "New last day in force of the contract, applied to its endDate; after the contract's start date. "
                + "Omitted or null: the amendment does not change the end date. Only the latest amendment may change it.",
                examples = "2024-12-31")
        LocalDate newEndDate) {
}
