package org.cls.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.action.ActionNote;
import org.cls.action.ActionService;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.partner.Contact;
import org.cls.partner.Partner;
import org.cls.plan.Axis;
import org.cls.plan.Objective;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The audit trail read back from Envers: each object's successive states, turned into field-level changes.
 * Technical fields (version, created/updated stamps) are left out: the revision carries who and when.
 */
@ApplicationScoped
@Transactional
public class HistoryService {

    public static final Map<String, String> SORTS = Map.of("revision", "revision");

    @Inject
    EntityManager em;

    @Inject
    Policy policy;

    @Inject
    ActionService actions;

    /** An action's changes and those of its notes, newest first. */
    public PageDto<HistoryEntryDto> ofAction(UUID actionId, int page, int size) {
        PageRequest.of(page, size, null, "revision", SORTS);
        actions.readable(actionId);
        Names names = new Names();
        List<HistoryEntryDto> entries = new ArrayList<>();
        entries.addAll(changes(Action.class, AuditEntity.id().eq(actionId), HistoryObjectType.ACTION,
                a -> a.id, a -> actionState(a, names), a -> a.title));
        entries.addAll(changes(ActionNote.class, AuditEntity.relatedId("action").eq(actionId), HistoryObjectType.NOTE,
                n -> n.id, HistoryService::noteState, n -> excerpt(n.text)));
        return pageOf(entries, page, size);
    }

    /** A contract's changes and those of its plan (axes, objectives, actions, notes), newest first. */
    public PageDto<HistoryEntryDto> ofContract(UUID contractId, int page, int size) {
        PageRequest.of(page, size, null, "revision", SORTS);
        policy.readable(Contract.class, contractId);
        Names names = new Names();
        List<HistoryEntryDto> entries = new ArrayList<>();
        entries.addAll(changes(Contract.class, AuditEntity.id().eq(contractId), HistoryObjectType.CONTRACT,
                c -> c.id, HistoryService::contractState, c -> c.name));
        List<HistoryEntryDto> axes = changes(Axis.class, AuditEntity.relatedId("contract").eq(contractId),
                HistoryObjectType.AXIS, a -> a.id, HistoryService::orderedState, a -> a.title);
        entries.addAll(axes);
        if (!axes.isEmpty()) {
            List<HistoryEntryDto> objectives = changes(Objective.class, AuditEntity.relatedId("axis").in(ids(axes)),
                    HistoryObjectType.OBJECTIVE, o -> o.id, HistoryService::orderedState, o -> o.title);
            entries.addAll(objectives);
            if (!objectives.isEmpty()) {
                List<HistoryEntryDto> acts = changes(Action.class, AuditEntity.relatedId("objective").in(ids(objectives)),
                        HistoryObjectType.ACTION, a -> a.id, a -> actionState(a, names), a -> a.title);
                entries.addAll(acts);
                if (!acts.isEmpty()) {
                    entries.addAll(changes(ActionNote.class, AuditEntity.relatedId("action").in(ids(acts)),
                            HistoryObjectType.NOTE, n -> n.id, HistoryService::noteState, n -> excerpt(n.text)));
                }
            }
        }
        return pageOf(entries, page, size);
    }

    private <E> List<HistoryEntryDto> changes(Class<E> type, AuditCriterion criterion, HistoryObjectType objectType,
            Function<E, UUID> idOf, Function<E, Map<String, String>> stateOf, Function<E, String> labelOf) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<UUID, Map<String, String>> previous = new HashMap<>();
        List<HistoryEntryDto> entries = new ArrayList<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            E entity = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            UUID id = idOf.apply(entity);
            Map<String, String> state = stateOf.apply(entity);
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            HistoryOperation operation = switch (revisionType) {
                case ADD -> HistoryOperation.CREATED;
                case MOD -> HistoryOperation.UPDATED;
                case DEL -> HistoryOperation.DELETED;
            };
            List<HistoryEntryDto.FieldChange> fieldChanges = operation == HistoryOperation.DELETED
                    ? diff(state, Map.of())
                    : diff(before, state);
            previous.put(id, state);
            if (operation == HistoryOperation.UPDATED && fieldChanges.isEmpty()) {
                continue; // only technical fields changed
            }
            entries.add(new HistoryEntryDto(revision.id, revision.changedAt,
                    new HistoryEntryDto.Author(revision.subject, revision.authorName), objectType, id,
                    labelOf.apply(entity), operation, fieldChanges));
        }
        return entries;
    }

    static List<HistoryEntryDto.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        LinkedHashMap<String, Boolean> fields = new LinkedHashMap<>();
        before.keySet().forEach(f -> fields.put(f, true));
        after.keySet().forEach(f -> fields.put(f, true));
        List<HistoryEntryDto.FieldChange> changes = new ArrayList<>();
        for (String field : fields.keySet()) {
            String b = before.get(field);
            String a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new HistoryEntryDto.FieldChange(field, b, a));
            }
        }
        return changes;
    }

    private static PageDto<HistoryEntryDto> pageOf(List<HistoryEntryDto> entries, int page, int size) {
        List<HistoryEntryDto> sorted = entries.stream()
                .sorted(Comparator.comparingLong(HistoryEntryDto::revision).reversed()
                        .thenComparing(e -> e.objectType().ordinal()))
                .toList();
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        return new PageDto<>(sorted.subList(from, to), page, size, sorted.size());
    }

    private static Object[] ids(List<HistoryEntryDto> entries) {
        return entries.stream().map(HistoryEntryDto::objectId).distinct().toArray();
    }

    // --- states: the fields a person reads, as text, keyed by their API name

    private static Map<String, String> contractState(Contract c) {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "name", c.name);
        put(s, "kind", c.kind);
        put(s, "status", c.status);
        put(s, "generation", c.generation);
        put(s, "signedOn", c.signedOn);
        put(s, "startDate", c.startDate);
        put(s, "endDate", c.endDate);
        put(s, "territory.name", c.territory.name);
        put(s, "territory.kind", c.territory.kind);
        put(s, "territory.regionCode", c.territory.regionCode);
        put(s, "territory.departementCodes", join(c.territory.departementCodes));
        put(s, "territory.communeCodes", join(c.territory.communeCodes));
        put(s, "territory.population", c.territory.population);
        put(s, "coordinators", join(c.coordinators.stream().sorted().toList()));
        return s;
    }

    private static Map<String, String> orderedState(Object axisOrObjective) {
        Map<String, String> s = new LinkedHashMap<>();
        if (axisOrObjective instanceof Axis a) {
            put(s, "number", a.position);
            put(s, "title", a.title);
            put(s, "description", a.description);
        } else if (axisOrObjective instanceof Objective o) {
            put(s, "number", o.position);
            put(s, "title", o.title);
            put(s, "description", o.description);
        }
        return s;
    }

    private static Map<String, String> actionState(Action a, Names names) {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "code", a.code);
        put(s, "title", a.title);
        put(s, "objectiveId", a.objective == null ? null : a.objective.id);
        put(s, "rationale", a.rationale);
        put(s, "goals", a.goals);
        put(s, "description", a.description);
        put(s, "targetPublic", a.targetPublic);
        put(s, "themes", join(a.themes.stream().map(Enum::name).sorted().toList()));
        put(s, "communeCodes", join(a.communeCodes));
        put(s, "priorityNeighbourhoods", join(a.priorityNeighbourhoods));
        put(s, "startDate", a.startDate);
        put(s, "endDate", a.endDate);
        put(s, "status", a.status);
        put(s, "progress", a.progress);
        put(s, "priority", a.priority);
        put(s, "links.contratDeVille", a.linkContratDeVille);
        put(s, "links.clsm", a.linkClsm);
        put(s, "links.ptsm", a.linkPtsm);
        put(s, "links.cpts", a.linkCpts);
        put(s, "links.ctg", a.linkCtg);
        put(s, "links.prs", a.linkPrs);
        put(s, "evaluationNotes", a.evaluationNotes);
        put(s, "pilot.partner", a.pilotPartner == null ? null : names.partner(a.pilotPartner.id));
        put(s, "pilot.contact", a.pilotContact == null ? null : names.contact(a.pilotContact.id));
        put(s, "partners", join(a.partners.stream().map(p -> names.partner(p.partnerId) + " (" + p.role + ")").toList()));
        put(s, "fundings", join(a.fundings.stream().map(f -> names.partner(f.funderId) + " " + f.year + " "
                + f.amount.toPlainString() + " € " + f.kind + " " + f.status).toList()));
        put(s, "steps", join(a.steps.stream().map(st -> st.title + (st.dueDate == null ? "" : " (" + st.dueDate + ")")
                + (st.done ? " ✓" : "")).toList()));
        return s;
    }

    private static Map<String, String> noteState(ActionNote n) {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "text", n.text);
        return s;
    }

    private static void put(Map<String, String> state, String field, Object value) {
        if (value != null) {
            String text = value instanceof Enum<?> e ? e.name() : value.toString();
            if (!text.isEmpty()) {
                state.put(field, text);
            }
        }
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** Partner and contact names as they are now, looked up once per request. */
    private final class Names {
        private final Map<UUID, String> cache = new HashMap<>();

        String partner(UUID id) {
            return cache.computeIfAbsent(id, k -> {
                Partner p = em.find(Partner.class, k);
                return p == null ? k.toString() : p.name;
            });
        }

        String contact(UUID id) {
            return cache.computeIfAbsent(id, k -> {
                Contact c = em.find(Contact.class, k);
                return c == null ? k.toString() : (c.firstName + " " + c.lastName).strip();
            });
        }
    }
}
