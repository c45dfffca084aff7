package org.cls.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reports: created and edited as DRAFT by the coordinators, frozen on submission, reviewed by the ARS. */
@ApplicationScoped
@Transactional
public class ReportService {

    static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-S([12]))?");

    @Inject
    Policy policy;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    PlanLoader plans;

    @Inject
    DashboardService dashboards;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportDto> list(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        return em.createQuery("from Report r where r.contract = :c order by r.periodStart desc, r.period", Report.class)
                .setParameter("c", contract).getResultList().stream().map(r -> dto(r, false)).toList();
    }

    public ReportDto create(UUID contractId, ReportInput input) {
        Contract contract = policy.writable(Contract.class, contractId);
        if (input.period() == null) {
            throw ApiException.badParameter("period", "must be YYYY-S1, YYYY-S2 or YYYY");
        }
        Matcher m = PERIOD.matcher(input.period());
        if (!m.matches()) {
            throw ApiException.badParameter("period", "must be YYYY-S1, YYYY-S2 or YYYY");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw ApiException.badParameter("period", "year out of range");
        }
        if (em.createQuery("select count(r) from Report r where r.contract = :c and r.period = :p", Long.class)
                .setParameter("c", contract).setParameter("p", input.period()).getSingleResult() > 0) {
            throw ApiException.conflict("A report for " + input.period() + " already exists for this contract.");
        }
        Report r = new Report();
        r.id = UUID.randomUUID();
        r.contract = contract;
        r.period = input.period();
        if (m.group(2) == null) {
            r.periodStart = LocalDate.of(year, 1, 1);
            r.periodEnd = LocalDate.of(year, 12, 31);
        } else if (m.group(2).equals("1")) {
            r.periodStart = LocalDate.of(year, 1, 1);
            r.periodEnd = LocalDate.of(year, 6, 30);
        } else {
            r.periodStart = LocalDate.of(year, 7, 1);
            r.periodEnd = LocalDate.of(year, 12, 31);
        }
        r.status = ReportStatus.DRAFT;
        Instant now = now();
        r.createdAt = now;
        r.createdBy = user.username();
        narrative(r, input);
        snapshot(r);
        r.persist();
        em.flush();
        return dto(r, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDto get(UUID id) {
        return dto(readable(id), true);
    }

    /** Saves the narrative of a draft and retakes its snapshot. */
    public ReportDto update(UUID id, String ifMatch, ReportInput input) {
        Report r = readable(id);
        policy.requireWrite(r.contract);
        ETags.require(ifMatch, r.version);
        requireStatus(r, ReportStatus.DRAFT, "Only a draft can be edited.");
        narrative(r, input);
        snapshot(r);
        em.flush();
        return dto(r, true);
    }

    /** Retakes the snapshot one last time, then freezes it. */
    public ReportDto submit(UUID id, String ifMatch) {
        Report r = readable(id);
        policy.requireWrite(r.contract);
        ETags.require(ifMatch, r.version);
        requireStatus(r, ReportStatus.DRAFT, "Only a draft can be submitted.");
        snapshot(r);
        r.status = ReportStatus.SUBMITTED;
        r.submittedAt = r.updatedAt;
        r.submittedBy = user.username();
        em.flush();
        return dto(r, true);
    }

    public ReportDto review(UUID id, String ifMatch, ReviewInput input) {
        Report r = readable(id);
        if (!policy.canReview(r.contract)) {
            throw ApiException.forbidden(user.isServiceAccount()
                    ? "A reporting service account reads and exports; reviews are made by ARS officers."
                    : "Reviews are made by ARS officers whose territory covers the contract and who do not coordinate it.");
        }
        ETags.require(ifMatch, r.version);
        requireStatus(r, ReportStatus.SUBMITTED, "Only a submitted report can be reviewed.");
        r.status = ReportStatus.REVIEWED;
        r.reviewComment = input.comment().trim();
        r.reviewedAt = now();
        r.reviewedBy = user.username();
        touch(r);
        em.flush();
        return dto(r, true);
    }

    public void delete(UUID id, String ifMatch) {
        Report r = readable(id);
        policy.requireWrite(r.contract);
        ETags.require(ifMatch, r.version);
        requireStatus(r, ReportStatus.DRAFT, "Only a draft can be deleted.");
        r.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report readable(UUID id) {
        return policy.readable(Report.class, id);
    }

    private static void requireStatus(Report r, ReportStatus status, String message) {
        if (r.status != status) {
            throw ApiException.conflict(message + " This report is " + r.status + ".");
        }
    }

    private void narrative(Report r, ReportInput input) {
        r.highlights = blankToNull(input.highlights());
        r.difficulties = blankToNull(input.difficulties());
        r.levers = blankToNull(input.levers());
        r.adjustments = blankToNull(input.adjustments());
    }

    private void snapshot(Report r) {
        Instant now = now();
        ReportSnapshot s = new ReportSnapshot(now, r.period, r.periodStart, r.periodEnd, plans.load(List.of(r.contract.id)).get(0),
                dashboards.dashboard(r.contract.id));
        try {
            r.snapshot = json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (r.snapshot.length() > 1_000_000) {
            throw ApiException.conflict("The plan is too large for a report snapshot (over 1,000,000 characters).");
        }
        r.snapshotAt = now;
        touch(r);
    }

    private void touch(Report r) {
        r.updatedAt = now();
        r.updatedBy = user.username();
    }

    public ReportSnapshot snapshotOf(Report r) {
        try {
            return json.readValue(r.snapshot, ReportSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ReportDto dto(Report r, boolean withSnapshot) {
        return new ReportDto(r.id, r.version, r.contract.id, r.period, r.periodStart, r.periodEnd, r.status, r.snapshotAt,
                r.highlights, r.difficulties, r.levers, r.adjustments, r.reviewComment, r.submittedAt, r.submittedBy,
                r.reviewedAt, r.reviewedBy, r.createdAt, r.createdBy, r.updatedAt, withSnapshot ? snapshotOf(r) : null, policy.permissions(r));
    }

    /** Microseconds: what both databases keep, so a snapshot time reads back equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
