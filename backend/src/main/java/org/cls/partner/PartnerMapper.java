package org.cls.partner;

import jakarta.inject.Inject;

import org.cls.security.Policy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public abstract class PartnerMapper {

    @Inject
    protected Policy policy;

    @Mapping(target = "permissions", expression = "java(policy.permissions(partner))")
    public abstract PartnerDto toDto(Partner partner);

    public abstract PartnerInput toInput(Partner partner);

    @Mapping(target = "partnerId", source = "partner.id")
    @Mapping(target = "permissions", expression = "java(policy.permissions(contact))")
    public abstract ContactDto toDto(Contact contact);
}
