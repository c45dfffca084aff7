package org.cls.reporting;

import static org.cls.indicator.IndicatorPoint.plain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.Action;
import org.cls.action.ActionService;
import org.cls.action.ActionStatus;
import org.cls.action.ActionTheme;
import org.cls.action.FundingKind;
import org.cls.action.FundingStatus;
import org.cls.action.PartnerRole;
import org.cls.contract.Contract;
import org.cls.contract.TerritoryDto;
import org.cls.indicator.Indicator;
import org.cls.indicator.IndicatorPoint;
import org.cls.indicator.IndicatorProgress;
import org.cls.indicator.IndicatorProgress.Point;
import org.cls.partner.Partner;
import org.cls.plan.Axis;
import org.cls.plan.Objective;
import org.cls.reporting.ArsPullDto.ArsAction;
import org.cls.reporting.ArsPullDto.ArsActionPartner;
import org.cls.reporting.ArsPullDto.ArsAxis;
import org.cls.reporting.ArsPullDto.ArsContract;
import org.cls.reporting.ArsPullDto.ArsFunding;
import org.cls.reporting.ArsPullDto.ArsIndicator;
import org.cls.reporting.ArsPullDto.ArsMeasurement;
import org.cls.reporting.ArsPullDto.ArsObjective;
import org.cls.reporting.ArsPullDto.ArsPartner;
import org.cls.reporting.ArsPullDto.ArsStep;

/**
 * Loads whole plans (contract, axes, objectives, actions with their steps, partners and fundings) for a batch of
 * contracts, with the indicators of actions and objectives and their values, in a constant number of statements, whatever the batch or the plans' sizes. Callers check access first.
 */
@ApplicationScoped
public class PlanLoader {

    @Inject
    EntityManager em;

    /** The contracts given, in the order given (unknown ids are skipped). */
    public List<ArsContract> load(List<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Contract> contracts = new HashMap<>();
        for (Contract c : em.createQuery("from Contract c where c.id in :ids", Contract.class).setParameter("ids", contractIds)
                .getResultList()) {
            contracts.put(c.id, c);
        }
        Map<UUID, List<String>> departements = codes("departementCodes", contractIds);
        Map<UUID, List<String>> communes = codes("communeCodes", contractIds);
        List<Axis> axes = em.createQuery("from Axis ax where ax.contract.id in :ids order by ax.position", Axis.class)
                .setParameter("ids", contractIds).getResultList();
        List<Objective> objectives = em.createQuery("select o from Objective o join fetch o.axis ax where ax.contract.id in :ids"
                + " order by o.position", Objective.class).setParameter("ids", contractIds).getResultList();
        List<Action> actions = em.createQuery("select a from Action a join fetch a.objective o join fetch o.axis ax"
                + " where ax.contract.id in :ids order by a.seq", Action.class).setParameter("ids", contractIds).getResultList();

        String ofContracts = " from Action a join a.objective o join o.axis ax where ax.contract.id in :ids";
        Map<UUID, List<ArsStep>> steps = new HashMap<>();
        for (Object[] r : rows("select a.id, s.title, s.dueDate, s.done" + ofContracts.replace("from Action a", "from Action a join a.steps s")
                + " order by a.id, index(s)", contractIds)) {
            steps.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new ArsStep((String) r[1], (LocalDate) r[2], (Boolean) r[3]));
        }
        Map<UUID, List<ArsActionPartner>> partners = new HashMap<>();
        for (Object[] r : rows("select a.id, p.partnerId, p.role" + ofContracts.replace("from Action a", "from Action a join a.partners p")
                + " order by a.id, index(p)", contractIds)) {
            partners.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new ArsActionPartner((UUID) r[1], (PartnerRole) r[2]));
        }
        Map<UUID, List<ArsFunding>> fundings = new HashMap<>();
        for (Object[] r : rows("select a.id, f.funderId, f.year, f.amount, f.kind, f.status"
                + ofContracts.replace("from Action a", "from Action a join a.fundings f") + " order by a.id, index(f)", contractIds)) {
            fundings.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new ArsFunding((UUID) r[1], (Integer) r[2],
                    (BigDecimal) r[3], (FundingKind) r[4], (FundingStatus) r[5]));
        }
        Map<UUID, List<ActionTheme>> themes = new HashMap<>();
        for (Object[] r : rows("select a.id, t" + ofContracts.replace("from Action a", "from Action a join a.themes t")
                + " order by a.id, t", contractIds)) {
            themes.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((ActionTheme) r[1]);
        }
        Map<UUID, List<String>> actionCommunes = new HashMap<>();
        for (Object[] r : rows("select a.id, cc" + ofContracts.replace("from Action a", "from Action a join a.communeCodes cc")
                + " order by a.id, index(cc)", contractIds)) {
            actionCommunes.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<UUID, UUID> pilots = new HashMap<>();
        for (Object[] r : rows("select a.id, a.pilotPartner.id" + ofContracts + " and a.pilotPartner is not null", contractIds)) {
            pilots.put((UUID) r[0], (UUID) r[1]);
        }

        LocalDate today = LocalDate.now(ActionService.PARIS);
        Map<UUID, Instant> latest = new HashMap<>();
        Map<UUID, List<ArsIndicator>> indicators = indicators(contractIds, today, latest);
        Map<UUID, List<ArsAction>> actionsByObjective = new HashMap<>();
        Map<UUID, Set<UUID>> partnersByContract = new HashMap<>();
        for (Action a : actions) {
            UUID contractId = a.objective.axis.contract.id;
            Set<UUID> named = partnersByContract.computeIfAbsent(contractId, k -> new LinkedHashSet<>());
            UUID pilot = pilots.get(a.id);
            if (pilot != null) {
                named.add(pilot);
            }
            partners.getOrDefault(a.id, List.of()).forEach(p -> named.add(p.partnerId()));
            fundings.getOrDefault(a.id, List.of()).forEach(f -> named.add(f.funderId()));
            later(latest, contractId, a.updatedAt);
            actionsByObjective.computeIfAbsent(a.objective.id, k -> new ArrayList<>()).add(new ArsAction(a.id,
                    a.code != null ? a.code : Action.derivedCode(a.objective.axis.position, a.objective.position, a.seq), a.title,
                    a.rationale, a.goals, a.description, a.targetPublic, themes.getOrDefault(a.id, List.of()),
                    actionCommunes.getOrDefault(a.id, List.of()), a.startDate, a.endDate, a.status, a.progress,
                    a.isLate(today), a.priority, pilot, steps.getOrDefault(a.id, List.of()),
                    partners.getOrDefault(a.id, List.of()), fundings.getOrDefault(a.id, List.of()), a.updatedAt,
                    indicators.getOrDefault(a.id, List.of())));
        }
        Map<UUID, List<ArsObjective>> objectivesByAxis = new HashMap<>();
        for (Objective o : objectives) {
            later(latest, o.axis.contract.id, o.updatedAt);
            objectivesByAxis.computeIfAbsent(o.axis.id, k -> new ArrayList<>()).add(new ArsObjective(o.id, o.position, o.code(),
                    o.title, o.description, actionsByObjective.getOrDefault(o.id, List.of()), indicators.getOrDefault(o.id, List.of())));
        }
        Map<UUID, List<ArsAxis>> axesByContract = new HashMap<>();
        for (Axis ax : axes) {
            later(latest, ax.contract.id, ax.updatedAt);
            axesByContract.computeIfAbsent(ax.contract.id, k -> new ArrayList<>()).add(new ArsAxis(ax.id, ax.position, ax.title,
                    ax.description, objectivesByAxis.getOrDefault(ax.id, List.of())));
        }
        Set<UUID> allPartners = new LinkedHashSet<>();
        partnersByContract.values().forEach(allPartners::addAll);
        Map<UUID, ArsPartner> partnerDtos = new HashMap<>();
        if (!allPartners.isEmpty()) {
            for (Partner p : em.createQuery("from Partner p where p.id in :ids", Partner.class).setParameter("ids", allPartners)
                    .getResultList()) {
                partnerDtos.put(p.id, new ArsPartner(p.id, p.name, p.type, p.siret));
            }
        }

        List<ArsContract> result = new ArrayList<>();
        for (UUID id : contractIds) {
            Contract c = contracts.get(id);
            if (c == null) {
                continue;
            }
            later(latest, id, c.updatedAt);
            List<ArsAxis> plan = axesByContract.getOrDefault(id, List.of());
            List<ArsAction> all = plan.stream().flatMap(ax -> ax.objectives().stream()).flatMap(o -> o.actions().stream()).toList();
            int progress = all.isEmpty() ? 0 : (int) Math.round(all.stream().mapToInt(ArsAction::progress).average().orElse(0));
            List<ArsPartner> named = partnersByContract.getOrDefault(id, Set.of()).stream().map(partnerDtos::get)
                    .filter(p -> p != null).sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList();
            result.add(new ArsContract(c.id, c.version, c.kind, c.name, c.generation, c.status, c.signedOn, c.startDate, c.endDate,
                    new TerritoryDto(c.territory.name, c.territory.kind, c.territory.regionCode,
                            departements.getOrDefault(id, List.of()), communes.getOrDefault(id, List.of()), c.territory.population),
                    latest.get(id), all.size(), progress, plan, named));
        }
        return result;
    }

    /**
     * The indicators of the contracts' actions and objectives, by action or objective id, with their values: four
     * statements (two per kind of owner, each an indexed path rather than an OR across outer joins). A changed indicator
     * or a value recorded counts as a change of the contract (its {@code updatedAt}).
     */
    private Map<UUID, List<ArsIndicator>> indicators(Collection<UUID> contractIds, LocalDate today, Map<UUID, Instant> latest) {
        Map<UUID, List<ArsIndicator>> byOwner = new HashMap<>();
        for (String owner : List.of("action", "objective")) {
            String path = " join i." + owner + (owner.equals("action") ? " a join a.objective o" : " o")
                    + " join o.axis ax where ax.contract.id in :ids";
            List<Object[]> indicators = em.createQuery("select i, i." + owner + ".id, ax.contract.id from Indicator i" + path
                    + " order by i.createdAt, i.id", Object[].class).setParameter("ids", contractIds).getResultList();
            if (indicators.isEmpty()) {
                continue;
            }
            Map<UUID, List<ArsMeasurement>> values = new HashMap<>();
            for (Object[] r : rows("select i.id, m.date, m.value, m.recordedAt from Measurement m join m.indicator i" + path
                    + " order by i.id, m.date", contractIds)) {
                values.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new ArsMeasurement((LocalDate) r[1], plain((BigDecimal) r[2]), (Instant) r[3]));
            }
            for (Object[] row : indicators) {
                Indicator i = (Indicator) row[0];
                UUID contractId = (UUID) row[2];
                List<ArsMeasurement> ms = values.getOrDefault(i.id, List.of());
                later(latest, contractId, i.updatedAt);
                ms.forEach(m -> later(latest, contractId, m.recordedAt()));
                byOwner.computeIfAbsent((UUID) row[1], k -> new ArrayList<>()).add(dto(i, ms, today));
            }
        }
        return byOwner;
    }

    private static ArsIndicator dto(Indicator i, List<ArsMeasurement> ms, LocalDate today) {
        Point first = ms.isEmpty() ? null : new Point(ms.get(0).date(), ms.get(0).value());
        Point last = ms.isEmpty() ? null : new Point(ms.get(ms.size() - 1).date(), ms.get(ms.size() - 1).value());
        IndicatorProgress.Result r = IndicatorProgress.of(i, first, last, today);
        return new ArsIndicator(i.id, i.name, i.kind, i.unit, i.direction,
                i.baselineValue == null ? null : new IndicatorPoint(plain(i.baselineValue), i.baselineDate),
                new IndicatorPoint(plain(i.targetValue), i.targetDate), i.frequency, i.source, plain(r.latestValue()), r.latestDate(),
                r.achievement(), r.expectedAchievement(), r.trackStatus(), r.nextDueDate(), i.updatedAt, ms);
    }

    private Map<UUID, List<String>> codes(String collection, Collection<UUID> ids) {
        Map<UUID, List<String>> codes = new HashMap<>();
        for (Object[] r : rows("select c.id, d from Contract c join c.territory." + collection + " d where c.id in :ids"
                + " order by c.id, index(d)", ids)) {
            codes.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return codes;
    }

    private List<Object[]> rows(String jpql, Collection<UUID> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static void later(Map<UUID, Instant> latest, UUID id, Instant at) {
        if (at != null) {
            latest.merge(id, at, (x, y) -> x.isAfter(y) ? x : y);
        }
    }
}
