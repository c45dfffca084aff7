package org.cls.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The audit trail read back from Envers: each object's successive states, turned into field-level changes.
 * Technical fields (version, created/updated stamps) are left out: the revision carries who and when. A page is
 * chosen and counted in SQL over the audit tables (an update is shown when a column or a collection behind the state
 * changed); only the states of that page and those they follow are loaded.
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
        String action = "s.id = :owner";
        String notes = "s.action_id = :owner";
        return page(List.of(actionSource(action, names), noteSource(notes)), actionId, page, size);
    }

    /** A contract's changes and those of its plan (axes, objectives, actions, notes), newest first. */
    public PageDto<HistoryEntryDto> ofContract(UUID contractId, int page, int size) {
        PageRequest.of(page, size, null, "revision", SORTS);
        policy.readable(Contract.class, contractId);
        Names names = new Names();
        String axes = "select x.id from axis_aud x where x.contract_id = :owner";
        String objectives = "select o.id from objective_aud o where o.axis_id in (" + axes + ")";
        String acts = "select a.id from action_aud a where a.objective_id in (" + objectives + ")";
        return page(List.of(
                new Source<>(HistoryObjectType.CONTRACT, Contract.class, "contract_aud", "s.id = :owner",
                        List.of("name", "kind", "status", "territory_name", "territory_kind", "region_code"),
                        List.of("generation", "signed_on", "start_date", "end_date", "population"),
                        "contract_id", List.of("contract_departement_aud", "contract_commune_aud", "contract_coordinator_aud"),
                        c -> c.id, HistoryService::contractState, c -> c.name),
                new Source<>(HistoryObjectType.AXIS, Axis.class, "axis_aud", "s.contract_id = :owner",
                        List.of("title", "description"), List.of("position"), null, List.of(),
                        a -> a.id, HistoryService::orderedState, a -> a.title),
                new Source<>(HistoryObjectType.OBJECTIVE, Objective.class, "objective_aud", "s.axis_id in (" + axes + ")",
                        List.of("title", "description"), List.of("position"), null, List.of(),
                        o -> o.id, HistoryService::orderedState, o -> o.title),
                actionSource("s.objective_id in (" + objectives + ")", names),
                noteSource("s.action_id in (" + acts + ")")), contractId, page, size);
    }

    private Source<Action> actionSource(String filter, Names names) {
        return new Source<>(HistoryObjectType.ACTION, Action.class, "action_aud", filter,
                List.of("code", "title", "rationale", "goals", "description", "target_public", "status", "priority",
                        "link_contrat_ville", "link_clsm", "link_ptsm", "link_cpts", "link_ctg", "link_prs", "evaluation_notes"),
                List.of("objective_id", "start_date", "end_date", "progress", "pilot_partner_id", "pilot_contact_id"),
                "action_id", List.of("action_theme_aud", "action_commune_aud", "action_neighbourhood_aud", "action_partner_aud",
                        "action_funding_aud", "action_step_aud"),
                a -> a.id, a -> actionState(a, names), a -> a.title);
    }

    private static Source<ActionNote> noteSource(String filter) {
        return new Source<>(HistoryObjectType.NOTE, ActionNote.class, "action_note_aud", filter, List.of("note_text"), List.of(),
                null, List.of(), n -> n.id, HistoryService::noteState, n -> excerpt(n.text));
    }

    /**
     * The audited rows of one kind of object, and what of them a person reads: the columns behind its state (text ones,
     * where an empty string is no value, and the others) and the audit tables of its collections.
     */
    private record Source<E>(HistoryObjectType type, Class<E> entity, String table, String filter, List<String> texts,
            List<String> values, String ownerColumn, List<String> collections, Function<E, UUID> idOf,
            Function<E, Map<String, String>> stateOf, Function<E, String> labelOf) {

        /**
         * One line per shown change: (revision, type, id, revision type, previous revision of the same object). An update
         * is shown when a column of the state or one of its collections changed; one touching only technical fields is not.
         */
        String changesSql() {
            String previous = " over (partition by s.id order by s.rev)";
            List<String> changed = new ArrayList<>();
            changed.add("s.revtype <> 1");
            changed.add("lag(s.rev)" + previous + " is null");
            texts.forEach(c -> changed.add("coalesce(s." + c + ", '') <> coalesce(lag(s." + c + ")" + previous + ", '')"));
            values.forEach(c -> changed.add("s." + c + " is distinct from lag(s." + c + ")" + previous));
            collections.forEach(t -> changed.add("exists (select 1 from " + t + " k where k." + ownerColumn + " = s.id and k.rev = s.rev)"));
            return "select rev, " + type.ordinal() + " as object_type, id, revtype, previous_rev from (select s.id, s.rev, s.revtype, lag(s.rev)"
                    + previous + " as previous_rev, case when " + String.join(" or ", changed) + " then 1 else 0 end as shown from "
                    + table + " s where " + filter + ") c where shown = 1";
        }
    }

    /** One page of changes, ordered and counted in the database; only the states that page shows are read. */
    private PageDto<HistoryEntryDto> page(List<Source<?>> sources, UUID owner, int page, int size) {
        String changes = String.join(" union all ", sources.stream().map(Source::changesSql).toList());
        long total = ((Number) em.createNativeQuery("select count(*) from (" + changes + ") h")
                .setParameter("owner", owner).getSingleResult()).longValue();
        if ((long) page * size >= total) {
            return new PageDto<>(List.of(), page, size, total);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rev, object_type, id, revtype, previous_rev from (" + changes
                + ") h order by rev desc, object_type, id")
                .setParameter("owner", owner)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        List<Change> lines = rows.stream().map(Change::of).toList();
        Map<HistoryObjectType, Map<Change.Key, Object[]>> states = new HashMap<>();
        for (Source<?> source : sources) {
            List<Change> ofType = lines.stream().filter(l -> l.type() == source.type().ordinal()).toList();
            if (!ofType.isEmpty()) {
                states.put(source.type(), states(source, ofType));
            }
        }
        List<HistoryEntryDto> entries = new ArrayList<>();
        for (Change line : lines) {
            Source<?> source = sources.stream().filter(s -> s.type().ordinal() == line.type()).findFirst().orElseThrow();
            entries.add(entry(source, line, states.get(source.type())));
        }
        return new PageDto<>(entries, page, size, total);
    }

    /** The audited states of the page's changes and of the states they follow, in one query: (id, revision) → row. */
    private Map<Change.Key, Object[]> states(Source<?> source, List<Change> lines) {
        Set<UUID> ids = new HashSet<>();
        Set<Number> revisions = new HashSet<>();
        for (Change line : lines) {
            ids.add(line.id());
            revisions.add(line.revision());
            if (line.previous() != null) {
                revisions.add(line.previous());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(source.entity(), false, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().in(revisions))
                .getResultList();
        Map<Change.Key, Object[]> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.put(new Change.Key(idOf(source, row[0]), ((AuditRevision) row[1]).id), row);
        }
        return byKey;
    }

    private static <E> UUID idOf(Source<E> source, Object entity) {
        return source.idOf().apply(source.entity().cast(entity));
    }

    private static <E> HistoryEntryDto entry(Source<E> source, Change line, Map<Change.Key, Object[]> states) {
        Object[] row = states.get(new Change.Key(line.id(), line.revision()));
        E entity = source.entity().cast(row[0]);
        AuditRevision revision = (AuditRevision) row[1];
        Map<String, String> state = source.stateOf().apply(entity);
        Object[] previousRow = line.previous() == null ? null : states.get(new Change.Key(line.id(), line.previous()));
        Map<String, String> before = previousRow == null ? Map.of() : source.stateOf().apply(source.entity().cast(previousRow[0]));
        HistoryOperation operation = switch ((RevisionType) row[2]) {
            case ADD -> HistoryOperation.CREATED;
            case MOD -> HistoryOperation.UPDATED;
            case DEL -> HistoryOperation.DELETED;
        };
        List<HistoryEntryDto.FieldChange> fieldChanges = operation == HistoryOperation.DELETED ? diff(state, Map.of()) : diff(before, state);
        return new HistoryEntryDto(revision.id, revision.changedAt, new HistoryEntryDto.Author(revision.subject, revision.authorName),
                source.type(), line.id(), source.labelOf().apply(entity), operation, fieldChanges);
    }

    /** A native uuid column comes back as a UUID or, on H2, as its 16 bytes. */
    private static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    /** A line of the changes query. */
    private record Change(long revision, int type, UUID id, Long previous) {

        record Key(UUID id, long revision) {
        }

        static Change of(Object[] row) {
            return new Change(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), uuid(row[2]),
                    row[4] == null ? null : ((Number) row[4]).longValue());
        }
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
