package org.cls.indicator;

import static org.cls.indicator.IndicatorPoint.plain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.cls.action.Action;
import org.cls.action.ActionService;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.Messages;
import org.cls.common.PageDto;
import org.cls.common.Patching;
import org.cls.common.Violations;
import org.cls.contract.Contract;
import org.cls.contract.ContractScope;
import org.cls.security.Policy;
import org.cls.indicator.IndicatorProgress.Point;
import org.cls.plan.Objective;
import org.cls.plan.PlanService;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Indicators of actions and objectives, and their values. Readers of the contract read them; its coordinators write
 * everything; the pilot of an action records, changes and deletes the values of the action's indicators (not the
 * indicators). The computed fields come from {@link IndicatorProgress}, fed in bulk (first and latest value of every
 * indicator of a list in two queries). Reads run in a transaction too: the access rule walks lazy associations.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    static final int MAX_BATCH = 500;

    @Inject
    Policy policy;

    @Inject
    ActionService actions;

    @Inject
    PlanService plan;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    Validator validator;

    @Inject
    Messages messages;

    @Inject
    EntityManager em;

    // --- indicators

    public List<IndicatorDto> listOfAction(UUID actionId) {
        Action action = actions.readable(actionId);
        return toDtos(em.createQuery("from Indicator i where i.action = :a order by i.createdAt, i.id", Indicator.class)
                .setParameter("a", action).getResultList());
    }

    public List<IndicatorDto> listOfObjective(UUID objectiveId) {
        Objective objective = plan.readableObjective(objectiveId);
        return toDtos(em.createQuery("from Indicator i where i.objective = :o order by i.createdAt, i.id", Indicator.class)
                .setParameter("o", objective).getResultList());
    }

    public IndicatorDto createForAction(UUID actionId, IndicatorInput input) {
        Action action = actions.readable(actionId);
        policy.requireWrite(action.objective.axis.contract);
        Indicator indicator = new Indicator();
        indicator.action = action;
        return create(indicator, input);
    }

    public IndicatorDto createForObjective(UUID objectiveId, IndicatorInput input) {
        Objective objective = plan.writableObjective(objectiveId);
        Indicator indicator = new Indicator();
        indicator.objective = objective;
        return create(indicator, input);
    }

    private IndicatorDto create(Indicator indicator, IndicatorInput input) {
        indicator.id = UUID.randomUUID();
        indicator.createdAt = Instant.now();
        indicator.createdBy = user.username();
        apply(indicator, input);
        indicator.persist();
        em.flush();
        return toDto(indicator);
    }

    public IndicatorDto get(UUID id) {
        return toDto(readable(id));
    }

    public IndicatorDto replace(UUID id, String ifMatch, IndicatorInput input) {
        Indicator indicator = writable(id);
        ETags.require(ifMatch, indicator.version);
        apply(indicator, input);
        em.flush();
        return toDto(indicator);
    }

    public IndicatorDto patch(UUID id, String ifMatch, JsonNode patch) {
        Indicator indicator = writable(id);
        ETags.require(ifMatch, indicator.version);
        apply(indicator, patching.apply(toInput(indicator), patch, IndicatorInput.class));
        em.flush();
        return toDto(indicator);
    }

    public void delete(UUID id, String ifMatch, boolean cascade) {
        Indicator indicator = writable(id);
        ETags.require(ifMatch, indicator.version);
        List<Measurement> values = valuesOf(indicator);
        if (!values.isEmpty() && !cascade) {
            throw ApiException.conflict("The indicator has " + values.size() + " value(s), from " + values.get(0).date + " to "
                    + values.get(values.size() - 1).date + ": delete them first, or ask for cascade=true.");
        }
        values.forEach(Measurement::delete);
        indicator.delete();
        em.flush();
    }

    // --- measurements

    public List<MeasurementDto> measurements(UUID indicatorId) {
        return valuesOf(readable(indicatorId)).stream().map(IndicatorService::toDto).toList();
    }

    /** The value and whether it was created (false: it replaced the value at that date, If-Match given). */
    public record Recorded(MeasurementDto measurement, boolean created) {
    }

    public Recorded record(UUID indicatorId, String ifMatch, MeasurementInput input) {
        Indicator indicator = recordable(indicatorId);
        Measurement existing = valueAt(indicator, input.date());
        if (existing != null) {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw ApiException.conflict("The indicator already has a value at " + input.date()
                        + ": replace it with If-Match (its version), or use PUT /api/v1/measurements/" + existing.id + ".");
            }
            ETags.require(ifMatch, existing.version);
            apply(existing, input);
            em.flush();
            return new Recorded(toDto(existing), false);
        }
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.indicator = indicator;
        apply(m, input);
        m.persist();
        em.flush();
        return new Recorded(toDto(m), true);
    }

    public MeasurementDto getMeasurement(UUID id) {
        return toDto(readableMeasurement(id));
    }

    public MeasurementDto replaceMeasurement(UUID id, String ifMatch, MeasurementInput input) {
        Measurement m = recordableMeasurement(id);
        ETags.require(ifMatch, m.version);
        moveCheck(m, input.date());
        apply(m, input);
        em.flush();
        return toDto(m);
    }

    public MeasurementDto patchMeasurement(UUID id, String ifMatch, JsonNode patch) {
        Measurement m = recordableMeasurement(id);
        ETags.require(ifMatch, m.version);
        MeasurementInput input = patching.apply(new MeasurementInput(m.date, m.value, m.comment), patch, MeasurementInput.class);
        moveCheck(m, input.date());
        apply(m, input);
        em.flush();
        return toDto(m);
    }

    public void deleteMeasurement(UUID id, String ifMatch) {
        Measurement m = recordableMeasurement(id);
        ETags.require(ifMatch, m.version);
        m.delete();
        em.flush();
    }

    private void moveCheck(Measurement m, LocalDate date) {
        if (!m.date.equals(date)) {
            Measurement other = valueAt(m.indicator, date);
            if (other != null) {
                throw ApiException.conflict("The indicator already has a value at " + date + " (" + other.id + ").");
            }
        }
    }

    /**
     * All the values or none: every line is checked first (fields, indicator the caller may feed, one value per indicator
     * and date, version of the value replaced) and every rejected line is reported in one problem.
     */
    public MeasurementBatchDto batch(MeasurementBatchInput input) {
        List<MeasurementBatchInput.Line> lines = input == null || input.measurements() == null ? List.of() : input.measurements();
        if (lines.isEmpty()) {
            throw ApiException.badParameter("measurements", messages.get("org.cls.indicator.emptyBatch"));
        }
        if (lines.size() > MAX_BATCH) {
            throw ApiException.badParameter("measurements", messages.get("org.cls.indicator.batchTooLarge"));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MeasurementBatchInput.Line line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError("measurements[" + i + "]", "must not be null"));
                continue;
            }
            Set<ConstraintViolation<MeasurementBatchInput.Line>> violations = validator.validate(line);
            String prefix = "measurements[" + i + "].";
            Violations.toFieldErrors(violations).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            if (line.indicatorId() != null) {
                ids.add(line.indicatorId());
            }
        }
        Map<UUID, Indicator> indicators = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Indicator i where i.id in :ids", Indicator.class).setParameter("ids", ids).getResultList()
                    .forEach(i -> indicators.put(i.id, i));
        }
        Map<Contract, Boolean> readable = new HashMap<>();
        Map<UUID, Map<LocalDate, Measurement>> existing = new HashMap<>();
        if (!indicators.isEmpty()) {
            em.createQuery("from Measurement m where m.indicator.id in :ids", Measurement.class).setParameter("ids", indicators.keySet())
                    .getResultList().forEach(m -> existing.computeIfAbsent(m.indicator.id, k -> new HashMap<>()).put(m.date, m));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MeasurementBatchInput.Line line = lines.get(i);
            if (line == null || line.indicatorId() == null) {
                continue;
            }
            String prefix = "measurements[" + i + "].";
            Indicator indicator = indicators.get(line.indicatorId());
            if (indicator == null || !readable.computeIfAbsent(indicator.contract(), policy::canRead)) {
                errors.add(new FieldError(prefix + "indicatorId", messages.get("org.cls.indicator.unknownIndicator")));
                continue;
            }
            if (!canRecord(indicator)) {
                errors.add(new FieldError(prefix + "indicatorId", messages.get("org.cls.indicator.notRecordable")));
                continue;
            }
            if (line.date() == null) {
                continue;
            }
            if (!seen.add(indicator.id + "/" + line.date())) {
                errors.add(new FieldError(prefix + "date", messages.get("org.cls.indicator.duplicateInBatch")));
                continue;
            }
            Measurement current = existing.getOrDefault(indicator.id, Map.of()).get(line.date());
            if (current != null && line.version() == null) {
                errors.add(new FieldError(prefix + "date", messages.get("org.cls.indicator.valueExists")));
            } else if (current != null && current.version != line.version()) {
                errors.add(new FieldError(prefix + "version", messages.get("org.cls.indicator.staleVersion")));
            } else if (current == null && line.version() != null) {
                errors.add(new FieldError(prefix + "version", messages.get("org.cls.indicator.noValueToReplace")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        List<Measurement> saved = new ArrayList<>();
        int created = 0;
        for (MeasurementBatchInput.Line line : lines) {
            Measurement m = existing.getOrDefault(line.indicatorId(), Map.of()).get(line.date());
            if (m == null) {
                m = new Measurement();
                m.id = UUID.randomUUID();
                m.indicator = indicators.get(line.indicatorId());
                apply(m, new MeasurementInput(line.date(), line.value(), line.comment()));
                m.persist();
                created++;
            } else {
                apply(m, new MeasurementInput(line.date(), line.value(), line.comment()));
            }
            saved.add(m);
        }
        em.flush();
        return new MeasurementBatchDto(saved.stream().map(IndicatorService::toDto).toList(), created, saved.size() - created);
    }

    // --- what the caller has to feed

    public PageDto<IndicatorDueDto> due(int page, int size, int withinDays) {
        ContractScope scope = policy.scope();
        if (!scope.pilot()) {
            return new PageDto<>(List.of(), page, size, 0);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Indicator> query = em.createQuery("select i from Indicator i join fetch i.action a join fetch a.objective o"
                + " join fetch o.axis ax join fetch ax.contract c join a.pilotContact k where " + scope.isCaller("k", params), Indicator.class);
        params.forEach(query::setParameter);
        List<Indicator> mine = query.getResultList();
        LocalDate today = today();
        LocalDate horizon = today.plusDays(withinDays);
        List<IndicatorDto> dtos = toDtos(mine);
        Map<UUID, Indicator> byId = new HashMap<>();
        mine.forEach(i -> byId.put(i.id, i));
        List<IndicatorDueDto> due = dtos.stream().filter(d -> d.nextDueDate() != null && !d.nextDueDate().isAfter(horizon))
                .map(d -> {
                    Action a = byId.get(d.id()).action;
                    Contract c = a.objective.axis.contract;
                    return new IndicatorDueDto(d, a.id, a.displayCode(), a.title, c.id, c.name,
                            Math.max(0, ChronoUnit.DAYS.between(d.nextDueDate(), today)));
                })
                .sorted(Comparator.comparing((IndicatorDueDto d) -> d.indicator().nextDueDate())
                        .thenComparing(IndicatorDueDto::contractName).thenComparing(IndicatorDueDto::actionCode)
                        .thenComparing(d -> d.indicator().name()))
                .toList();
        int from = Math.min(due.size(), page * size);
        return new PageDto<>(due.subList(from, Math.min(due.size(), from + size)), page, size, due.size());
    }

    // --- CSV exports

    /** An exported value with what names it. */
    public record ExportRow(String contract, String objective, String action, String actionTitle, Indicator indicator,
            Measurement measurement) {
    }

    public List<ExportRow> exportOfAction(UUID actionId) {
        Action action = actions.readable(actionId);
        List<Indicator> list = em.createQuery("from Indicator i where i.action = :a order by i.createdAt, i.id", Indicator.class)
                .setParameter("a", action).getResultList();
        return rows(list);
    }

    public List<ExportRow> exportOfContract(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        List<Indicator> list = new ArrayList<>(em.createQuery("select i from Indicator i join fetch i.action a join fetch a.objective o"
                + " join fetch o.axis ax where ax.contract = :c order by ax.position, o.position, a.seq, i.createdAt, i.id", Indicator.class)
                .setParameter("c", contract).getResultList());
        list.addAll(em.createQuery("select i from Indicator i join fetch i.objective o join fetch o.axis ax where ax.contract = :c"
                + " order by ax.position, o.position, i.createdAt, i.id", Indicator.class).setParameter("c", contract).getResultList());
        return rows(list);
    }

    private List<ExportRow> rows(List<Indicator> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Measurement>> values = new HashMap<>();
        em.createQuery("from Measurement m where m.indicator in :list order by m.date", Measurement.class).setParameter("list", list)
                .getResultList().forEach(m -> values.computeIfAbsent(m.indicator.id, k -> new ArrayList<>()).add(m));
        List<ExportRow> rows = new ArrayList<>();
        for (Indicator i : list) {
            Objective o = i.ownerObjective();
            String objective = o.axis.position + "." + o.position;
            for (Measurement m : values.getOrDefault(i.id, List.of())) {
                rows.add(new ExportRow(o.axis.contract.name, objective, i.action == null ? null : i.action.displayCode(),
                        i.action == null ? null : i.action.title, i, m));
            }
        }
        return rows;
    }

    // --- rules

    Indicator readable(UUID id) {
        return policy.readable(Indicator.class, id);
    }

    private Indicator writable(UUID id) {
        Indicator indicator = readable(id);
        policy.requireWrite(indicator.contract(), isPilotOf(indicator)
                ? "The pilot of an action records the values of its indicators but does not change the indicators."
                : "Only the coordinators of this contract may change its indicators.");
        return indicator;
    }

    private Indicator recordable(UUID id) {
        Indicator indicator = readable(id);
        if (!canRecord(indicator)) {
            throw ApiException.forbidden("Only the coordinators of this contract and the action's pilot may record values.");
        }
        return indicator;
    }

    private Measurement readableMeasurement(UUID id) {
        return policy.readable(Measurement.class, id);
    }

    private Measurement recordableMeasurement(UUID id) {
        Measurement m = readableMeasurement(id);
        if (!canRecord(m.indicator)) {
            throw ApiException.forbidden("Only the coordinators of this contract and the action's pilot may change values.");
        }
        return m;
    }

    private boolean canRecord(Indicator indicator) {
        return policy.canRecordValues(indicator);
    }

    private boolean isPilotOf(Indicator indicator) {
        return indicator.action != null && policy.isPilotOf(indicator.action);
    }

    private List<Measurement> valuesOf(Indicator indicator) {
        return Measurement.<Measurement>find("indicator = ?1 order by date", indicator).list();
    }

    private Measurement valueAt(Indicator indicator, LocalDate date) {
        return Measurement.<Measurement>find("indicator = ?1 and date = ?2", indicator, date).firstResult();
    }

    private void apply(Indicator indicator, IndicatorInput input) {
        List<FieldError> errors = new ArrayList<>();
        IndicatorPoint baseline = input.baseline();
        IndicatorPoint target = input.target();
        if (baseline != null) {
            if (!target.date().isAfter(baseline.date())) {
                errors.add(new FieldError("target.date", messages.get("org.cls.indicator.targetBeforeBaseline")));
            }
            int cmp = target.value().compareTo(baseline.value());
            if (input.direction() == Direction.INCREASE && cmp < 0) {
                errors.add(new FieldError("target.value", messages.get("org.cls.indicator.targetBelowBaseline")));
            } else if (input.direction() == Direction.DECREASE && cmp > 0) {
                errors.add(new FieldError("target.value", messages.get("org.cls.indicator.targetAboveBaseline")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        indicator.name = input.name().trim();
        indicator.kind = input.kind();
        indicator.unit = blankToNull(input.unit());
        indicator.direction = input.direction();
        indicator.baselineValue = baseline == null ? null : baseline.value();
        indicator.baselineDate = baseline == null ? null : baseline.date();
        indicator.targetValue = target.value();
        indicator.targetDate = target.date();
        indicator.frequency = input.frequency();
        indicator.source = blankToNull(input.source());
        indicator.description = blankToNull(input.description());
        indicator.updatedAt = Instant.now();
        indicator.updatedBy = user.username();
    }

    private void apply(Measurement m, MeasurementInput input) {
        m.date = input.date();
        m.value = input.value();
        m.comment = blankToNull(input.comment());
        m.author = user.username();
        m.authorName = user.displayName();
        m.recordedAt = Instant.now();
    }

    // --- mapping

    static LocalDate today() {
        return LocalDate.now(ActionService.PARIS);
    }

    IndicatorInput toInput(Indicator i) {
        return new IndicatorInput(i.name, i.kind, i.unit, i.direction, baselineOf(i), new IndicatorPoint(i.targetValue, i.targetDate),
                i.frequency, i.source, i.description);
    }

    private static IndicatorPoint baselineOf(Indicator i) {
        return i.baselineValue == null ? null : new IndicatorPoint(plain(i.baselineValue), i.baselineDate);
    }

    IndicatorDto toDto(Indicator indicator) {
        return toDtos(List.of(indicator)).get(0);
    }

    /** The computed fields of every indicator from two bulk queries: the first and the latest value of each. */
    List<IndicatorDto> toDtos(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Map<UUID, Point> first = ends(indicators, "min");
        Map<UUID, Point> latest = ends(indicators, "max");
        LocalDate today = today();
        Map<Contract, Boolean> writable = new HashMap<>();
        return indicators.stream().map(i -> {
            IndicatorProgress.Result r = IndicatorProgress.of(i, first.get(i.id), latest.get(i.id), today);
            boolean canEdit = writable.computeIfAbsent(i.contract(), policy::canWrite);
            return new IndicatorDto(i.id, i.version, i.action == null ? null : i.action.id, i.objective == null ? null : i.objective.id,
                    i.contract().id, i.name, i.kind, i.unit, i.direction, baselineOf(i), new IndicatorPoint(plain(i.targetValue), i.targetDate),
                    i.frequency, i.source, i.description, plain(r.latestValue()), r.latestDate(), r.achievement(), r.expectedAchievement(),
                    r.trackStatus(), r.nextDueDate(), canEdit || isPilotOf(i), canEdit, i.createdAt, i.createdBy, i.updatedAt,
                    i.updatedBy);
        }).toList();
    }

    private Map<UUID, Point> ends(Collection<Indicator> indicators, String fn) {
        Map<UUID, Point> out = new HashMap<>();
        em.createQuery("select m.indicator.id, m.date, m.value from Measurement m where m.indicator in :list and m.date = (select "
                + fn + "(m2.date) from Measurement m2 where m2.indicator = m.indicator)", Object[].class)
                .setParameter("list", indicators).getResultList()
                .forEach(row -> out.put((UUID) row[0], new Point((LocalDate) row[1], (BigDecimal) row[2])));
        return out;
    }

    static MeasurementDto toDto(Measurement m) {
        return new MeasurementDto(m.id, m.version, m.indicator.id, m.date, plain(m.value), m.comment, m.author, m.authorName, m.recordedAt);
    }

    /** 45.0000 as stored leaves as 45; 12.5000 as 12.5. */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
