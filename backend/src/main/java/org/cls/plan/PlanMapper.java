package org.cls.plan;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface PlanMapper {

    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "number", source = "position")
    AxisDto toDto(Axis axis);

    @Mapping(target = "axisId", source = "axis.id")
    @Mapping(target = "contractId", source = "axis.contract.id")
    @Mapping(target = "number", source = "position")
    @Mapping(target = "code", expression = "java(objective.code())")
    ObjectiveDto toDto(Objective objective);

    AxisInput toInput(Axis axis);

    AxisInput toInput(Objective objective);
}
