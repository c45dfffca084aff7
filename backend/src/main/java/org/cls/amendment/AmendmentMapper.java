package org.cls.amendment;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface AmendmentMapper {

    @Mapping(target = "contractId", source = "contract.id")
    AmendmentDto toDto(Amendment amendment);

    /** The current state as a client would send it: the base of a merge patch. */
    AmendmentInput toInput(Amendment amendment);
}
