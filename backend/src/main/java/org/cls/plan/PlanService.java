package org.cls.plan;

import java.time.Instant;
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
import org.cls.contract.ContractAccess;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;

/**
 * Axes and objectives of a contract's plan. Positions are kept 1..n without gaps, in one transaction.
 * Reads run in a (read) transaction too: the access rule walks lazy associations up to the contract.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    ContractAccess access;

    @Inject
    PlanMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Inject
    PlanDependents dependents;

    // --- axes

    public List<AxisDto> listAxes(UUID contractId) {
        Contract contract = access.readable(contractId);
        return axesOf(contract).stream().map(mapper::toDto).toList();
    }

    public AxisDto createAxis(UUID contractId, AxisInput input) {
        Contract contract = access.writable(contractId);
        Axis axis = new Axis();
        axis.id = UUID.randomUUID();
        axis.contract = contract;
        axis.title = input.title().trim();
        axis.description = blankToNull(input.description());
        Instant now = Instant.now();
        axis.createdAt = now;
        axis.createdBy = user.username();
        axis.updatedAt = now;
        axis.updatedBy = user.username();
        List<Axis> siblings = axesOf(contract);
        place(siblings, axis, input.position());
        renumberAxes(siblings, axis);
        axis.persist();
        em.flush();
        return mapper.toDto(axis);
    }

    public AxisDto getAxis(UUID id) {
        return mapper.toDto(readableAxis(id));
    }

    public AxisDto replaceAxis(UUID id, String ifMatch, AxisInput input) {
        Axis axis = writableAxis(id);
        ETags.require(ifMatch, axis.version);
        applyAxis(axis, input);
        return mapper.toDto(axis);
    }

    public AxisDto patchAxis(UUID id, String ifMatch, JsonNode patch) {
        Axis axis = writableAxis(id);
        ETags.require(ifMatch, axis.version);
        applyAxis(axis, patching.apply(mapper.toInput(axis), patch, AxisInput.class));
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
        axis.delete();
        em.flush();
        List<Axis> rest = axesOf(contract);
        rest.remove(axis);
        renumberAxes(rest, null);
        em.flush();
    }

    private void applyAxis(Axis axis, AxisInput input) {
        // Siblings are read before any change so that one flush writes one new version
        List<Axis> siblings = axesOf(axis.contract);
        axis.title = input.title().trim();
        axis.description = blankToNull(input.description());
        touch(axis);
        if (input.position() != null && input.position() != axis.position) {
            siblings.remove(axis);
            place(siblings, axis, input.position());
            renumberAxes(siblings, axis);
        }
        em.flush();
    }

    private void renumberAxes(List<Axis> ordered, Axis moved) {
        for (int i = 0; i < ordered.size(); i++) {
            Axis a = ordered.get(i);
            if (a.position != i + 1) {
                a.position = i + 1;
                if (a != moved) {
                    touch(a);
                }
            }
        }
    }

    private List<Axis> axesOf(Contract contract) {
        return new ArrayList<>(Axis.<Axis>find("contract = ?1", Sort.by("position").and("createdAt"), contract).list());
    }

    Axis readableAxis(UUID id) {
        Axis axis = Axis.findById(id);
        if (axis == null || !access.canRead(axis.contract)) {
            throw ApiException.notFound("Axis " + id);
        }
        return axis;
    }

    private Axis writableAxis(UUID id) {
        Axis axis = readableAxis(id);
        access.requireWrite(axis.contract);
        return axis;
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
        objective.title = input.title().trim();
        objective.description = blankToNull(input.description());
        Instant now = Instant.now();
        objective.createdAt = now;
        objective.createdBy = user.username();
        objective.updatedAt = now;
        objective.updatedBy = user.username();
        List<Objective> siblings = objectivesOf(axis);
        place(siblings, objective, input.position());
        renumberObjectives(siblings, objective);
        objective.persist();
        em.flush();
        return mapper.toDto(objective);
    }

    public ObjectiveDto getObjective(UUID id) {
        return mapper.toDto(readableObjective(id));
    }

    public ObjectiveDto replaceObjective(UUID id, String ifMatch, AxisInput input) {
        Objective objective = writableObjective(id);
        ETags.require(ifMatch, objective.version);
        applyObjective(objective, input);
        return mapper.toDto(objective);
    }

    public ObjectiveDto patchObjective(UUID id, String ifMatch, JsonNode patch) {
        Objective objective = writableObjective(id);
        ETags.require(ifMatch, objective.version);
        applyObjective(objective, patching.apply(mapper.toInput(objective), patch, AxisInput.class));
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
        objective.delete();
        em.flush();
        List<Objective> rest = objectivesOf(axis);
        rest.remove(objective);
        renumberObjectives(rest, null);
        em.flush();
    }

    private void applyObjective(Objective objective, AxisInput input) {
        // Siblings are read before any change so that one flush writes one new version
        List<Objective> siblings = objectivesOf(objective.axis);
        objective.title = input.title().trim();
        objective.description = blankToNull(input.description());
        touch(objective);
        if (input.position() != null && input.position() != objective.position) {
            siblings.remove(objective);
            place(siblings, objective, input.position());
            renumberObjectives(siblings, objective);
        }
        em.flush();
    }

    private void renumberObjectives(List<Objective> ordered, Objective moved) {
        for (int i = 0; i < ordered.size(); i++) {
            Objective o = ordered.get(i);
            if (o.position != i + 1) {
                o.position = i + 1;
                if (o != moved) {
                    touch(o);
                }
            }
        }
    }

    List<Objective> objectivesOf(Axis axis) {
        return new ArrayList<>(Objective.<Objective>find("axis = ?1", Sort.by("position").and("createdAt"), axis).list());
    }

    public Objective readableObjective(UUID id) {
        Objective objective = Objective.findById(id);
        if (objective == null || !access.canRead(objective.axis.contract)) {
            throw ApiException.notFound("Objective " + id);
        }
        return objective;
    }

    public Objective writableObjective(UUID id) {
        Objective objective = readableObjective(id);
        access.requireWrite(objective.axis.contract);
        return objective;
    }

    // --- helpers

    /** Inserts an item at a 1-based position (end when null or beyond the end). */
    private static <T> void place(List<T> siblings, T item, Integer position) {
        int index = position == null ? siblings.size() : Math.min(position - 1, siblings.size());
        siblings.add(index, item);
    }

    private void touch(Axis axis) {
        axis.updatedAt = Instant.now();
        axis.updatedBy = user.username();
    }

    private void touch(Objective objective) {
        objective.updatedAt = Instant.now();
        objective.updatedBy = user.username();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
