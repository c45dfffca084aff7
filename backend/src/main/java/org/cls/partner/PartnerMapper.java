package org.cls.partner;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface PartnerMapper {

    PartnerDto toDto(Partner partner);

    PartnerInput toInput(Partner partner);

    @Mapping(target = "partnerId", source = "partner.id")
    ContactDto toDto(Contact contact);
}
