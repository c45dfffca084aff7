package org.cls.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contract", description = "A contract as the API returns it.")
public record ContractDto(
        @Schema(required = true, description = "Identifier.") UUID id,
        @Schema(required = true, description = "Version, also sent as ETag; send it back in If-Match to change the contract.") long version,
        @Schema(required = true, description = "CLS or CLSM.") ContractKind kind,
        @Schema(required = true, description = "Name of the contract.") String name,
        @Schema(required = true, description = "Generation: 1, 2, …") int generation,
        @Schema(required = true, description = "Lifecycle status.") ContractStatus status,
        @Schema(description = "Date of signature.") LocalDate signedOn,
        @Schema(description = "First day in force.") LocalDate startDate,
        @Schema(description = "Last day in force.") LocalDate endDate,
        @Schema(description = "The contract this one follows, when the caller may read it.") ContractRef predecessor,
        @Schema(required = true, description = "The contracts that follow this one (next generations) that the caller may read.") List<ContractRef> successors,
        @Schema(required = true, description = "Territory covered.") TerritoryDto territory,
        @Schema(required = true, description = "Emails of the coordinators (full rights on the contract).") List<String> coordinators,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(required = true, description = "Who created it (login name).") String createdBy,
        @Schema(required = true, description = "When it was last changed.") Instant updatedAt,
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy) {

    /** Another contract of the same lineage, named. */
    @Schema(name = "ContractRef", description = "A predecessor or successor of a contract.")
    public record ContractRef(
            @Schema(required = true, description = "Identifier of the contract.") UUID id,
            @Schema(required = true, description = "Its name.") String name,
            @Schema(required = true, description = "Its generation.") int generation) {

        static ContractRef of(Contract c) {
            return new ContractRef(c.id, c.name, c.generation);
        }
    }

    ContractDto withGenerations(ContractRef predecessor, List<ContractRef> successors) {
        return new ContractDto(id, version, kind, name, generation, status, signedOn, startDate, endDate, predecessor,
                successors, territory, coordinators, createdAt, createdBy, updatedAt, updatedBy);
    }
}
