package org.cls.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;

/**
 * Axes and objectives of a contract's plan. Positions are kept 1..n without gaps ({@link OrderedChildren}), in one transaction.
 * Reads run in a (read) transaction too: the access rule walks lazy associations up to the contract.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    Policy policy;

    @Inject
    PlanMapper mapper;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Inject
    PlanDependents dependents;

    @Inject
    OrderedChildren children;

    // --- axes

    public List<AxisDto> listAxes(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        return axesOf(contract).stream().map(mapper::toDto).toList();
    }

    public AxisDto createAxis(UUID contractId, AxisInput input) {
        Contract contract = policy.writable(Contract.class, contractId);
        Axis axis = new Axis();
        axis.id = UUID.randomUUID();
        axis.contract = contract;
        return mapper.toDto(children.create(axis, axesOf(contract), input));
    }

    public AxisDto getAxis(UUID id) {
        return mapper.toDto(readableAxis(id));
    }

    public AxisDto replaceAxis(UUID id, String ifMatch, AxisInput input) {
        Axis axis = writableAxis(id);
        ETags.require(ifMatch, axis.version);
        children.update(axis, axesOf(axis.contract), input);
        return mapper.toDto(axis);
    }

    public AxisDto patchAxis(UUID id, String ifMatch, JsonNode patch) {
        Axis axis = writableAxis(id);
        ETags.require(ifMatch, axis.version);
        children.update(axis, axesOf(axis.contract), patching.apply(mapper.toInput(axis), patch, AxisInput.class));
        return mapper.toDto(axis);
    }

    public void deleteAxis(UUID id, String ifMatch, boolean cascade) {
        Axis axis = writableAxis(id);
        ETags.require(ifMatch, axis.version);
        if (!cascade) {
            List<Objective> objectives = objectivesOf(axis);
            if (!objectives.isEmpty()) {
                throw ApiException.conflict("Axis " + axis.position + " has " + objectives.size() + " objective(s): "
                        + objectives.stream().map(o -> o.code() + " " + o.title).collect(Collectors.joining(", "))
                        + dependents.describeActionsOfAxis(axis)
                        + ". Delete them first, or ask for the cascade with ?cascade=true.");
            }
        }
        Contract contract = axis.contract;
        em.createQuery("delete from Objective o where o.axis = :axis").setParameter("axis", axis).executeUpdate();
        children.delete(axis, () -> axesOf(contract));
    }

    private List<Axis> axesOf(Contract contract) {
        return new ArrayList<>(Axis.<Axis>find("contract = ?1", Sort.by("position").and("createdAt"), contract).list());
    }

    Axis readableAxis(UUID id) {
        return policy.readable(Axis.class, id);
    }

    private Axis writableAxis(UUID id) {
        return policy.writable(Axis.class, id);
    }

    // --- objectives

    public List<ObjectiveDto> listObjectives(UUID axisId) {
        return objectivesOf(readableAxis(axisId)).stream().map(mapper::toDto).toList();
    }

    public ObjectiveDto createObjective(UUID axisId, AxisInput input) {
        Axis axis = writableAxis(axisId);
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.axis = axis;
        return mapper.toDto(children.create(objective, objectivesOf(axis), input));
    }

    public ObjectiveDto getObjective(UUID id) {
        return mapper.toDto(readableObjective(id));
    }

    public ObjectiveDto replaceObjective(UUID id, String ifMatch, AxisInput input) {
        Objective objective = writableObjective(id);
        ETags.require(ifMatch, objective.version);
        children.update(objective, objectivesOf(objective.axis), input);
        return mapper.toDto(objective);
    }

    public ObjectiveDto patchObjective(UUID id, String ifMatch, JsonNode patch) {
        Objective objective = writableObjective(id);
        ETags.require(ifMatch, objective.version);
        children.update(objective, objectivesOf(objective.axis), patching.apply(mapper.toInput(objective), patch, AxisInput.class));
        return mapper.toDto(objective);
    }

    public void deleteObjective(UUID id, String ifMatch, boolean cascade) {
        Objective objective = writableObjective(id);
        ETags.require(ifMatch, objective.version);
        if (!cascade) {
            String actions = dependents.describeActionsOfObjective(objective);
            if (!actions.isEmpty()) {
                throw ApiException.conflict("Objective " + objective.code() + " has " + actions
                        + ". Delete them first, or ask for the cascade with ?cascade=true.");
            }
        }
        Axis axis = objective.axis;
        children.delete(objective, () -> objectivesOf(axis));
    }

    List<Objective> objectivesOf(Axis axis) {
        return new ArrayList<>(Objective.<Objective>find("axis = ?1", Sort.by("position").and("createdAt"), axis).list());
    }

    public Objective readableObjective(UUID id) {
        return policy.readable(Objective.class, id);
    }

    public Objective writableObjective(UUID id) {
        return policy.writable(Objective.class, id);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
