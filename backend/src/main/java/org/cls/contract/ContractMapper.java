package org.cls.contract;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = "cdi")
public interface ContractMapper {

    /** Without its generations: {@link ContractService} adds those the caller may read. */
    @Mapping(target = "predecessor", ignore = true)
    @Mapping(target = "successors", ignore = true)
    @Mapping(target = "coordinatorSeats", ignore = true)
    @Mapping(target = "permissions", ignore = true)
    ContractDto toDto(Contract contract);

    TerritoryDto toDto(Territory territory);

    /** The current state as a client would send it: the base of a merge patch. */
    @Mapping(target = "predecessorId", source = "predecessor.id")
    ContractInput toInput(Contract contract);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "coordinators", ignore = true)
    @Mapping(target = "predecessor", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    void update(ContractInput input, @MappingTarget Contract contract);

    default void update(TerritoryDto input, @MappingTarget Territory territory) {
        territory.name = input.name().trim();
        territory.kind = input.kind();
        territory.regionCode = input.regionCode();
        territory.departementCodes.clear();
        territory.departementCodes.addAll(distinct(input.departementCodes()));
        territory.communeCodes.clear();
        territory.communeCodes.addAll(distinct(input.communeCodes()));
        territory.population = input.population();
    }

    private static List<String> distinct(List<String> codes) {
        return codes == null ? new ArrayList<>() : codes.stream().distinct().toList();
    }
}
