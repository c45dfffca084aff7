package org.cls.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ValidPeriod
@Schema(name = "ContractInput", description = "A contract as clients send it (create, replace, merge-patch).")
public record ContractInput(
        @NotNull
        @Schema(description = "CLS or CLSM.")
        ContractKind kind,
        @NotBlank @Size(max = 200)
        @Schema(description = "Name of the contract.", examples = "CLS 2 du Grand Quercy")
        String name,
        @NotNull @Min(1) @Max(20)
        @Schema(description = "Generation: 1 for a first contract, 2 for the next one…", examples = "2")
        Integer generation,
        @NotNull
        @Schema(description = "Lifecycle status.")
        ContractStatus status,
        @Schema(description = "Date of signature.", examples = "2025-01-15")
        LocalDate signedOn,
        @Schema(description = "First day in force.", examples = "2025-01-01")
        LocalDate startDate,
        @Schema(description = "Last day in force; after startDate.", examples = "2029-12-31")
        LocalDate endDate,
        @Schema(description = "The contract this one follows (e.g. CLS 1 for a CLS 2): one the caller may read, not itself, "
                + "not one of its own successors. Null or omitted: none.")
        UUID predecessorId,
        @NotNull @Valid
        @Schema(description = "Territory covered.")
        TerritoryDto territory,
        @Size(max = 20)
        @Schema(description = "Emails of the coordinators. The creator is always one of them; omitted on create means only the creator.")
        List<@NotBlank @Email String> coordinators) {
}
