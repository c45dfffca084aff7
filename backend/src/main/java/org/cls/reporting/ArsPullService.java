package org.cls.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.cls.action.ActionService;
import org.cls.audit.AuditRevision;
import org.cls.contract.ContractScope;
import org.cls.reporting.ArsPullDto.DeletedItem;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ARS pull: contracts of an ARS scope streamed page by page (the persistence context is cleared after each page, so
 * memory does not grow with the number of contracts). Changes since a date come from the updatedAt columns (and, for
 * indicator values, their recordedAt: a value recorded or corrected since then marks its contract as changed); deletions
 * from the Envers audit tables (revtype 2).
 */
@ApplicationScoped
public class ArsPullService {

    /** Contracts per page: what is held in memory at once (a page is about fifteen statements). */
    public static final int PAGE = 20;

    @Inject
    EntityManager em;

    @Inject
    PlanLoader plans;

    @Inject
    ObjectMapper json;

    /** What is asked: the ARS scope of the caller narrowed by the optional filters. */
    public record Query(ContractScope scope, String regionCode, String departementCode, Instant updatedSince) {
    }

    /**
     * A validator of the whole answer: changes whenever any audited object changes (the last revision number), the day
     * changes (the late flags) or the question differs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(Query q) {
        String key = AuditRevision.latest(em) + "|" + LocalDate.now(ActionService.PARIS) + "|" + q.scope().arsRegions() + "|"
                + q.scope().arsDepartements() + "|" + q.regionCode() + "|" + q.departementCode() + "|" + q.updatedSince()
                + "|" + ArsPullDto.SCHEMA_VERSION;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void write(Query q, OutputStream out) throws IOException {
        // read only: no snapshots kept for dirty checking, no flush before each query
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Instant generatedAt = Instant.now();
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", ArsPullDto.SCHEMA_VERSION);
            g.writeStringField("generatedAt", generatedAt.toString());
            g.writeFieldName("updatedSince");
            if (q.updatedSince() == null) {
                g.writeNull();
            } else {
                g.writeString(q.updatedSince().toString());
            }
            g.writeArrayFieldStart("contracts");
            UUID after = null;
            while (true) {
                List<UUID> page = page(q, after);
                for (ArsPullDto.ArsContract c : plans.load(page)) {
                    g.writeObject(c);
                }
                g.flush();
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("deleted");
            g.writeArrayFieldStart("contracts");
            if (q.updatedSince() != null) {
                for (DeletedItem d : deletedContracts(q)) {
                    g.writeObject(d);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actions");
            if (q.updatedSince() != null) {
                for (DeletedItem d : deletedActions(q)) {
                    g.writeObject(d);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** The next page of contract ids in scope, by id (keyset pagination). */
    List<UUID> page(Query q, UUID after) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select c.id from Contract c where ").append(scope(q, "c", params));
        if (after != null) {
            jpql.append(" and c.id > :after");
            params.put("after", after);
        }
        if (q.updatedSince() != null) {
            jpql.append(" and (c.updatedAt > :since")
                    .append(" or exists (select 1 from Axis x where x.contract = c and x.updatedAt > :since)")
                    .append(" or exists (select 1 from Objective o where o.axis.contract = c and o.updatedAt > :since)")
                    .append(" or exists (select 1 from Action a where a.objective.axis.contract = c and a.updatedAt > :since)")
                    .append(" or exists (select 1 from Indicator i where i.action.objective.axis.contract = c and i.updatedAt > :since)")
                    .append(" or exists (select 1 from Indicator i where i.objective.axis.contract = c and i.updatedAt > :since)")
                    .append(" or exists (select 1 from Measurement m where m.indicator.action.objective.axis.contract = c"
                            + " and m.recordedAt > :since)")
                    .append(" or exists (select 1 from Measurement m where m.indicator.objective.axis.contract = c"
                            + " and m.recordedAt > :since)");
            List<UUID> withDeletions = contractsWithDeletedItems(q.updatedSince());
            if (!withDeletions.isEmpty()) {
                jpql.append(" or c.id in :withDeletions");
                params.put("withDeletions", withDeletions);
            }
            jpql.append(')');
            params.put("since", q.updatedSince());
        }
        jpql.append(" order by c.id");
        TypedQuery<UUID> query = em.createQuery(jpql.toString(), UUID.class).setMaxResults(PAGE);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String scope(Query q, String alias, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(q.scope().jpql(alias, params));
        if (q.regionCode() != null) {
            where.append(" and ").append(alias).append(".territory.regionCode = :regionCode");
            params.put("regionCode", q.regionCode());
        }
        if (q.departementCode() != null) {
            where.append(" and :departementCode member of ").append(alias).append(".territory.departementCodes");
            params.put("departementCode", q.departementCode());
        }
        return where.toString();
    }

    /**
     * Contracts an axis, objective, action, indicator (of an action or an objective) or value of which was deleted since then (a plan shrinks
     * without any updatedAt moving).
     */
    @SuppressWarnings("unchecked")
    private List<UUID> contractsWithDeletedItems(Instant since) {
        List<Object> rows = em.createNativeQuery("select distinct x.contract_id from axis_aud x join audit_revision r on r.id = x.rev"
                + " where x.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from objective_aud o join audit_revision r on r.id = o.rev"
                + " join axis_aud x on x.id = o.axis_id where o.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from action_aud a join audit_revision r on r.id = a.rev"
                + " join objective_aud o on o.id = a.objective_id join axis_aud x on x.id = o.axis_id"
                + " where a.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from indicator_aud i join audit_revision r on r.id = i.rev"
                + " join action_aud a on a.id = i.action_id join objective_aud o on o.id = a.objective_id"
                + " join axis_aud x on x.id = o.axis_id where i.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from measurement_aud m join audit_revision r on r.id = m.rev"
                + " join indicator_aud i on i.id = m.indicator_id join action_aud a on a.id = i.action_id"
                + " join objective_aud o on o.id = a.objective_id join axis_aud x on x.id = o.axis_id"
                + " where m.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from indicator_aud i join audit_revision r on r.id = i.rev"
                + " join objective_aud o on o.id = i.objective_id join axis_aud x on x.id = o.axis_id where i.revtype = 2 and r.changed_at > ?1"
                + " union select x.contract_id from measurement_aud m join audit_revision r on r.id = m.rev"
                + " join indicator_aud i on i.id = m.indicator_id join objective_aud o on o.id = i.objective_id"
                + " join axis_aud x on x.id = o.axis_id where m.revtype = 2 and r.changed_at > ?1").setParameter(1, since).getResultList();
        return rows.stream().map(ArsPullService::uuid).distinct().toList();
    }

    /** Contracts deleted since then whose last state was in the scope and the filters. */
    @SuppressWarnings("unchecked")
    List<DeletedItem> deletedContracts(Query q) {
        List<String> departements = q.departementCode() != null ? List.of(q.departementCode()) : q.scope().arsDepartements();
        List<Object[]> rows = em.createNativeQuery("select c.id, c.region_code, r.changed_at from contract_aud c"
                + " join audit_revision r on r.id = c.rev where c.revtype = 2 and r.changed_at > ?1 order by r.changed_at, c.id")
                .setParameter(1, q.updatedSince()).getResultList();
        List<DeletedItem> deleted = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = uuid(r[0]);
            String region = (String) r[1];
            if (!q.scope().arsRegions().contains(region) || q.regionCode() != null && !q.regionCode().equals(region)) {
                continue;
            }
            if (!departements.isEmpty() && ((Number) em.createNativeQuery("select count(*) from contract_departement_aud"
                    + " where contract_id = ?1 and code in (?2)").setParameter(1, id).setParameter(2, departements)
                    .getSingleResult()).longValue() == 0) {
                continue;
            }
            deleted.add(new DeletedItem(id, id, instant(r[2])));
        }
        return deleted;
    }

    /** Actions deleted on their own since then, in contracts still in the scope. */
    @SuppressWarnings("unchecked")
    List<DeletedItem> deletedActions(Query q) {
        List<Object[]> rows = em.createNativeQuery("select distinct a.id, x.contract_id, r.changed_at from action_aud a"
                + " join audit_revision r on r.id = a.rev join objective_aud o on o.id = a.objective_id"
                + " join axis_aud x on x.id = o.axis_id where a.revtype = 2 and r.changed_at > ?1")
                .setParameter(1, q.updatedSince()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> contractIds = rows.stream().map(r -> uuid(r[1])).distinct().toList();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<UUID> inScope = em.createQuery("select c.id from Contract c where c.id in :ids and " + scope(q, "c", params),
                UUID.class);
        params.put("ids", contractIds);
        params.forEach(inScope::setParameter);
        List<UUID> visible = inScope.getResultList();
        return rows.stream().filter(r -> visible.contains(uuid(r[1])))
                .map(r -> new DeletedItem(uuid(r[0]), uuid(r[1]), instant(r[2])))
                .sorted((x, y) -> x.deletedAt().compareTo(y.deletedAt())).toList();
    }

    static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
