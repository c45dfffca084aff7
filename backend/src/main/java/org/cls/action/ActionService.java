package org.cls.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.Messages;
import org.cls.common.PageDto;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.partner.Contact;
import org.cls.partner.ContactDirectory;
import org.cls.partner.Partner;
import org.cls.plan.Objective;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fiches actions. Coordinators of the contract write everything; the pilot of an action (its referent contact's email
 * is the caller's) may change only its status, progress and steps, and add notes; the ARS in scope reads and adds notes.
 * Reads run in a transaction too: the access rule walks lazy associations up to the contract.
 */
@ApplicationScoped
@Transactional
public class ActionService {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The fields a pilot may change on their own action. */
    public static final Set<String> PILOT_FIELDS = Set.of("status", "progress", "steps");

    public static final Map<String, String> SORTS = Map.of(
            "code", "ax.position, o.position, a.seq",
            "title", "a.title",
            "endDate", "a.endDate",
            "status", "a.status",
            "progress", "a.progress");

    public record Filter(UUID contractId, UUID axisId, UUID objectiveId, ActionStatus status, ActionTheme theme,
            UUID pilotPartnerId, UUID partnerId, Boolean late, String q) {
    }

    @Inject
    Policy policy;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** A pilot contact the caller cannot read is refused as if unknown: naming it would open its data (issue 14). */
    @Inject
    ContactDirectory directory;

    // --- reads

    public PageDto<ActionDto> list(Filter filter, int page, int size, String sortField, boolean descending) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add(policy.scope().jpql("c", params));
        if (filter.contractId() != null) {
            where.add("c.id = :contractId");
            params.put("contractId", filter.contractId());
        }
        if (filter.axisId() != null) {
            where.add("ax.id = :axisId");
            params.put("axisId", filter.axisId());
        }
        if (filter.objectiveId() != null) {
            where.add("o.id = :objectiveId");
            params.put("objectiveId", filter.objectiveId());
        }
        if (filter.status() != null) {
            where.add("a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.theme() != null) {
            where.add(":theme member of a.themes");
            params.put("theme", filter.theme());
        }
        if (filter.pilotPartnerId() != null) {
            where.add("a.pilotPartner.id = :pilotPartnerId");
            params.put("pilotPartnerId", filter.pilotPartnerId());
        }
        if (filter.partnerId() != null) {
            // the partner pilots the action, takes part in it (co-pilot, contributor, funder) or funds it
            where.add("(a.pilotPartner.id = :partnerId or exists (select 1 from Action pa join pa.partners p where pa = a and p.partnerId = :partnerId)"
                    + " or exists (select 1 from Action fa join fa.fundings f where fa = a and f.funderId = :partnerId))");
            params.put("partnerId", filter.partnerId());
        }
        if (filter.late() != null) {
            String late = "(a.endDate < :today and a.status <> :done)";
            where.add(filter.late() ? late : "not " + late.replace("a.endDate <", "a.endDate is not null and a.endDate <"));
            params.put("today", LocalDate.now(PARIS));
            params.put("done", ActionStatus.DONE);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(a.title) like :q or lower(a.code) like :q or concat(cast(ax.position as String), '.',"
                    + " cast(o.position as String), '.', cast(a.seq as String)) like :q)");
            params.put("q", "%" + filter.q().trim().toLowerCase(Locale.ROOT) + "%");
        }
        String from = " from Action a join a.objective o join o.axis ax join ax.contract c where " + String.join(" and ", where);
        String direction = descending ? " desc" : " asc";
        String order = java.util.Arrays.stream(SORTS.get(sortField).split(", ")).map(s -> s + direction)
                .collect(Collectors.joining(", ")) + ", a.id";
        TypedQuery<Action> query = em.createQuery("select a" + from + " order by " + order, Action.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + from, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Action> actions = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageDto<>(toDtos(actions), page, size, count.getSingleResult());
    }

    public ActionDto get(UUID id) {
        return toDto(readable(id));
    }

    // --- writes

    public ActionDto create(ActionInput input) {
        Objective objective = writableObjective(input.objectiveId());
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.objective = objective;
        Instant now = Instant.now();
        action.createdAt = now;
        action.createdBy = user.username();
        apply(action, input);
        // last before the insert: the objective stays locked until the commit
        action.seq = nextSeq(objective);
        action.persist();
        em.flush();
        return toDto(action);
    }

    public ActionDto replace(UUID id, String ifMatch, ActionInput input) {
        Action action = readable(id);
        requireCoordinator(action);
        ETags.require(ifMatch, action.version);
        move(action, input.objectiveId());
        apply(action, input);
        em.flush();
        return toDto(action);
    }

    public ActionDto patch(UUID id, String ifMatch, JsonNode patch) {
        Action action = readable(id);
        if (!canWrite(action)) {
            if (!policy.isPilotOf(action)) {
                throw ApiException.forbidden("Only the coordinators of this contract and the action's pilot may change it.");
            }
            if (patch != null && patch.isObject()) {
                List<String> others = new ArrayList<>();
                patch.fieldNames().forEachRemaining(f -> {
                    if (!PILOT_FIELDS.contains(f)) {
                        others.add(f);
                    }
                });
                if (!others.isEmpty()) {
                    throw ApiException.forbidden("The pilot of an action may change only its status, progress and steps, not: "
                            + String.join(", ", others) + ".");
                }
            }
        }
        ETags.require(ifMatch, action.version);
        ActionInput input = patching.apply(toInput(action), patch, ActionInput.class);
        move(action, input.objectiveId());
        apply(action, input);
        em.flush();
        return toDto(action);
    }

    public void delete(UUID id, String ifMatch) {
        Action action = readable(id);
        requireCoordinator(action);
        ETags.require(ifMatch, action.version);
        action.delete();
        em.flush();
    }

    // --- notes

    public List<NoteDto> notes(UUID actionId) {
        Action action = readable(actionId);
        return ActionNote.<ActionNote>find("action = ?1 order by createdAt, id", action).list().stream()
                .map(ActionService::toDto).toList();
    }

    public NoteDto addNote(UUID actionId, NoteInput input) {
        Action action = readable(actionId);
        if (!policy.canAddNote(action)) {
            throw ApiException.forbidden("Only the coordinators, the action's pilot and the ARS may add notes.");
        }
        ActionNote note = new ActionNote();
        note.id = UUID.randomUUID();
        note.action = action;
        note.text = input.text().trim();
        note.author = user.username();
        note.authorName = user.displayName();
        note.createdAt = Instant.now();
        note.persist();
        em.flush();
        return toDto(note);
    }

    // --- rules

    /** The action if the caller may read its contract; 404 otherwise. */
    public Action readable(UUID id) {
        return policy.readable(Action.class, id);
    }

    private boolean canWrite(Action action) {
        return policy.canWrite(contractOf(action));
    }

    private void requireCoordinator(Action action) {
        policy.requireWrite(contractOf(action), policy.isPilotOf(action)
                ? "The pilot of an action may change only its status, progress and steps (PATCH) and add notes."
                : "Only the coordinators of this contract may change its actions.");
    }

    private static Contract contractOf(Action action) {
        return Policy.contractOf(action);
    }

    /** The objective an action is put in: 400 when unknown or unreadable, 403 when read-only. */
    private Objective writableObjective(UUID id) {
        Objective objective = Objective.findById(id);
        if (objective == null || !policy.canRead(objective.axis.contract)) {
            throw ApiException.badParameter("objectiveId", messages.get("org.cls.action.unknownObjective"));
        }
        policy.requireWrite(objective.axis.contract);
        return objective;
    }

    /**
     * Moves an action to another objective of its contract. Never to another contract: its meetings, decisions, documents
     * and notes would follow it into that contract's read scope.
     */
    private void move(Action action, UUID objectiveId) {
        if (!action.objective.id.equals(objectiveId)) {
            Objective target = writableObjective(objectiveId);
            if (!target.axis.contract.id.equals(contractOf(action).id)) {
                throw ApiException.badParameter("objectiveId", messages.get("org.cls.action.otherContract"));
            }
            action.objective = target;
            action.seq = nextSeq(target);
        }
    }

    /**
     * The next free seq of the objective. Two requests adding to one objective at once would read the same max: the
     * objective's row is locked first (until the commit), so the second waits for the first's action and numbers after it.
     * The database's unique (objective_id, seq) backs this up. Neither query flushes: an action being moved here must
     * not be written in its new objective with its old seq (a duplicate there) before it gets its new one.
     */
    private int nextSeq(Objective objective) {
        em.createNativeQuery("select id from objective where id = :id for update").setParameter("id", objective.id)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Integer max = em.createQuery("select max(a.seq) from Action a where a.objective = :o", Integer.class)
                .setParameter("o", objective).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void apply(Action action, ActionInput input) {
        List<FieldError> errors = new ArrayList<>();
        Partner pilotPartner = null;
        Contact pilotContact = null;
        if (input.pilot() != null) {
            pilotPartner = Partner.findById(input.pilot().partnerId());
            if (pilotPartner == null) {
                errors.add(new FieldError("pilot.partnerId", messages.get("org.cls.action.unknownPartner")));
            } else if (input.pilot().contactId() != null) {
                pilotContact = Contact.findById(input.pilot().contactId());
                if (pilotContact == null || !pilotContact.partner.id.equals(pilotPartner.id) || !directory.canRead(pilotContact)) {
                    errors.add(new FieldError("pilot.contactId", messages.get("org.cls.action.notAContactOfThePilot")));
                }
            }
        }
        List<ActionInput.PartnerInput> partners = orEmpty(input.partners());
        List<ActionInput.FundingInput> fundings = orEmpty(input.fundings());
        Set<UUID> ids = new HashSet<>();
        partners.forEach(p -> ids.add(p.partnerId()));
        fundings.forEach(f -> ids.add(f.funderId()));
        Set<UUID> known = ids.isEmpty() ? Set.of()
                : new HashSet<>(em.createQuery("select p.id from Partner p where p.id in :ids", UUID.class)
                        .setParameter("ids", ids).getResultList());
        for (int i = 0; i < partners.size(); i++) {
            if (!known.contains(partners.get(i).partnerId())) {
                errors.add(new FieldError("partners[" + i + "].partnerId", messages.get("org.cls.action.unknownPartner")));
            }
        }
        for (int i = 0; i < fundings.size(); i++) {
            if (!known.contains(fundings.get(i).funderId())) {
                errors.add(new FieldError("fundings[" + i + "].funderId", messages.get("org.cls.action.unknownPartner")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        action.code = blankToNull(input.code());
        action.title = input.title().trim();
        action.rationale = blankToNull(input.rationale());
        action.goals = blankToNull(input.goals());
        action.description = blankToNull(input.description());
        action.targetPublic = blankToNull(input.targetPublic());
        replace(action.themes, orEmpty(input.themes()).stream().distinct().toList());
        replace(action.communeCodes, orEmpty(input.communeCodes()).stream().distinct().toList());
        replace(action.priorityNeighbourhoods, orEmpty(input.priorityNeighbourhoods()).stream().map(String::trim).distinct().toList());
        action.startDate = input.startDate();
        action.endDate = input.endDate();
        action.status = input.status();
        action.progress = input.progress();
        action.priority = input.priority();
        ActionInput.Links links = input.links();
        action.linkContratDeVille = links == null ? null : blankToNull(links.contratDeVille());
        action.linkClsm = links == null ? null : blankToNull(links.clsm());
        action.linkPtsm = links == null ? null : blankToNull(links.ptsm());
        action.linkCpts = links == null ? null : blankToNull(links.cpts());
        action.linkCtg = links == null ? null : blankToNull(links.ctg());
        action.linkPrs = links == null ? null : blankToNull(links.prs());
        action.evaluationNotes = blankToNull(input.evaluationNotes());
        action.pilotPartner = pilotPartner;
        action.pilotContact = pilotContact;
        replace(action.partners, partners.stream().map(p -> {
            ActionPartner line = new ActionPartner();
            line.partnerId = p.partnerId();
            line.role = p.role();
            return line;
        }).toList());
        replace(action.fundings, fundings.stream().map(f -> {
            Funding line = new Funding();
            line.funderId = f.funderId();
            line.year = f.year();
            line.amount = f.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
            line.kind = f.kind();
            line.status = f.status();
            return line;
        }).toList());
        replace(action.steps, orEmpty(input.steps()).stream().map(s -> {
            Step step = new Step();
            step.title = s.title().trim();
            step.dueDate = s.dueDate();
            step.done = Boolean.TRUE.equals(s.done());
            return step;
        }).toList());
        action.updatedAt = Instant.now();
        action.updatedBy = user.username();
    }

    /** Replaces a collection's content only when it differs, so that an unchanged list is not rewritten. */
    private static <T> void replace(Collection<T> target, List<T> next) {
        if (target instanceof List<?> && listEquals((List<?>) target, next) || target instanceof Set<?> && target.equals(Set.copyOf(next))
                && target.size() == next.size()) {
            return;
        }
        target.clear();
        target.addAll(next);
    }

    private static boolean listEquals(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof ActionPartner p && y instanceof ActionPartner q) {
            return p.partnerId.equals(q.partnerId) && p.role == q.role;
        }
        if (x instanceof Funding f && y instanceof Funding g) {
            return f.funderId.equals(g.funderId) && f.year == g.year && f.amount.compareTo(g.amount) == 0 && f.kind == g.kind
                    && f.status == g.status;
        }
        if (x instanceof Step s && y instanceof Step t) {
            return s.title.equals(t.title) && java.util.Objects.equals(s.dueDate, t.dueDate) && s.done == t.done;
        }
        return x.equals(y);
    }

    // --- mapping

    /** The current state as a client would send it: the base of a merge patch. */
    ActionInput toInput(Action a) {
        return new ActionInput(a.objective.id, a.code, a.title, a.rationale, a.goals, a.description, a.targetPublic,
                List.copyOf(a.themes), List.copyOf(a.communeCodes), List.copyOf(a.priorityNeighbourhoods), a.startDate, a.endDate,
                a.status, a.progress, a.priority, links(a), a.evaluationNotes,
                a.pilotPartner == null ? null
                        : new ActionInput.PilotInput(a.pilotPartner.id, a.pilotContact == null ? null : a.pilotContact.id),
                a.partners.stream().map(p -> new ActionInput.PartnerInput(p.partnerId, p.role)).toList(),
                a.fundings.stream().map(f -> new ActionInput.FundingInput(f.funderId, f.year, f.amount, f.kind, f.status)).toList(),
                a.steps.stream().map(s -> new ActionInput.StepInput(s.title, s.dueDate, s.done)).toList());
    }

    private static ActionInput.Links links(Action a) {
        return new ActionInput.Links(a.linkContratDeVille, a.linkClsm, a.linkPtsm, a.linkCpts, a.linkCtg, a.linkPrs);
    }

    ActionDto toDto(Action action) {
        return toDtos(List.of(action)).get(0);
    }

    List<ActionDto> toDtos(List<Action> actions) {
        Set<UUID> ids = new HashSet<>();
        for (Action a : actions) {
            a.partners.forEach(p -> ids.add(p.partnerId));
            a.fundings.forEach(f -> ids.add(f.funderId));
        }
        Map<UUID, String> names = ids.isEmpty() ? Map.of()
                : em.createQuery("from Partner p where p.id in :ids", Partner.class).setParameter("ids", ids).getResultList()
                        .stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        LocalDate today = LocalDate.now(PARIS);
        return actions.stream().map(a -> toDto(a, names, today)).toList();
    }

    private ActionDto toDto(Action a, Map<UUID, String> names, LocalDate today) {
        Function<UUID, String> name = id -> names.getOrDefault(id, "");
        ActionDto.Pilot pilot = a.pilotPartner == null ? null
                : new ActionDto.Pilot(a.pilotPartner.id, a.pilotPartner.name,
                        a.pilotContact == null ? null : a.pilotContact.id,
                        a.pilotContact == null ? null : a.pilotContact.firstName + " " + a.pilotContact.lastName,
                        a.pilotContact == null ? null : a.pilotContact.email);
        List<ActionDto.FundingLine> fundings = a.fundings.stream()
                .map(f -> new ActionDto.FundingLine(f.funderId, name.apply(f.funderId), f.year, f.amount, f.kind, f.status)).toList();
        return new ActionDto(a.id, a.version, a.objective.axis.contract.id, a.objective.axis.id, a.objective.id, a.displayCode(),
                a.code != null, a.title, a.rationale, a.goals, a.description, a.targetPublic, List.copyOf(a.themes),
                List.copyOf(a.communeCodes), List.copyOf(a.priorityNeighbourhoods), a.startDate, a.endDate, a.status, a.progress,
                a.isLate(today), a.priority, links(a), a.evaluationNotes, pilot,
                a.partners.stream().map(p -> new ActionDto.PartnerLine(p.partnerId, name.apply(p.partnerId), p.role)).toList(),
                fundings, totals(fundings),
                a.steps.stream().map(s -> new ActionDto.StepLine(s.title, s.dueDate, s.done)).toList(),
                a.createdAt, a.createdBy, a.updatedAt, a.updatedBy, policy.permissions(a));
    }

    static ActionDto.FundingTotals totals(List<ActionDto.FundingLine> fundings) {
        Map<UUID, List<ActionDto.FundingLine>> byFunder = new LinkedHashMap<>();
        fundings.forEach(f -> byFunder.computeIfAbsent(f.funderId(), k -> new ArrayList<>()).add(f));
        List<ActionDto.FunderTotal> funders = byFunder.values().stream()
                .map(lines -> new ActionDto.FunderTotal(lines.get(0).funderId(), lines.get(0).funderName(), sum(lines), byStatus(lines)))
                .toList();
        return new ActionDto.FundingTotals(sum(fundings), byStatus(fundings), funders);
    }

    private static BigDecimal sum(List<ActionDto.FundingLine> lines) {
        return lines.stream().map(ActionDto.FundingLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private static Map<FundingStatus, BigDecimal> byStatus(List<ActionDto.FundingLine> lines) {
        Map<FundingStatus, BigDecimal> out = new EnumMap<>(FundingStatus.class);
        for (FundingStatus s : FundingStatus.values()) {
            out.put(s, sum(lines.stream().filter(l -> l.status() == s).toList()));
        }
        return out;
    }

    private static NoteDto toDto(ActionNote n) {
        return new NoteDto(n.id, n.action.id, n.text, n.author, n.authorName, n.createdAt);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
