package org.cls.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cls.security.Permissions;
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
        @Schema(required = true, description = "Who last changed it (login name).") String updatedBy,
        @Schema(required = true, description = "The coordinator seats: each invited email and whether an account has claimed it.") List<CoordinatorSeatDto> coordinatorSeats,
        @Schema(required = true, description = "What the caller may do with this contract and what it contains.") Permissions permissions) {

    /** A coordinator seat: an invitation by email until the first login with that email verified claims it for an account. */
    @Schema(name = "CoordinatorSeat", description = "A coordinator seat of a contract.")
    public record CoordinatorSeatDto(
            @Schema(required = true, description = "The invited email.") String email,
            @Schema(required = true, description = "True once an account, signed in with this email verified, holds the seat; rights then follow that account, whatever its email becomes.") boolean linked,
            @Schema(description = "When the seat was claimed.") Instant linkedAt) {
    }

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

    ContractDto with(ContractRef predecessor, List<ContractRef> successors, List<CoordinatorSeatDto> seats, Permissions permissions) {
        return new ContractDto(id, version, kind, name, generation, status, signedOn, startDate, endDate, predecessor,
                successors, territory, coordinators, createdAt, createdBy, updatedAt, updatedBy, seats, permissions);
    }
}
