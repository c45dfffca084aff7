package org.cls.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.contract.Contract;
import org.cls.reporting.DashboardSection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The governance sections of the dashboard: {@code meetings} (the next ones) and {@code decisions} (open, most overdue). */
public final class GovernanceDashboardSections {

    /** How many upcoming meetings the dashboard lists. */
    static final int NEXT_MEETINGS = 5;

    private GovernanceDashboardSections() {
    }

    @Schema(name = "DashboardMeeting", description = "A planned meeting still to come.")
    public record UpcomingMeeting(@Schema(required = true) UUID id, @Schema(required = true) UUID committeeId,
            @Schema(required = true) String committeeName, @Schema(required = true) CommitteeKind committeeKind,
            @Schema(required = true) Instant startsAt, String place) {
    }

    @Schema(name = "DashboardMeetings", description = "The next PLANNED meetings of the contract's committees (at most "
            + NEXT_MEETINGS + "), soonest first.")
    public record Meetings(@Schema(required = true) List<UpcomingMeeting> upcoming) {
    }

    @Schema(name = "DashboardDecision", description = "An open decision.")
    public record OpenDecision(@Schema(required = true) UUID id, @Schema(required = true) UUID meetingId,
            @Schema(required = true) String text, LocalDate dueDate, UUID actionId) {
    }

    @Schema(name = "DashboardDecisions", description = "The contract's OPEN decisions: how many, how many overdue (due date"
            + " passed, Paris), and the most overdue one (earliest due date passed), if any.")
    public record Decisions(@Schema(required = true) long open, @Schema(required = true) long overdue, OpenDecision mostOverdue) {
    }

    @ApplicationScoped
    public static class MeetingsSection implements DashboardSection {

        @Inject
        EntityManager em;

        @Override
        public String name() {
            return "meetings";
        }

        /** One statement. */
        @Override
        public Meetings compute(Contract contract, LocalDate today) {
            return new Meetings(em.createQuery("select new org.cls.governance.GovernanceDashboardSections$UpcomingMeeting(m.id, c.id,"
                    + " c.name, c.kind, m.startsAt, m.place) from Meeting m join m.committee c where c.contract = :c"
                    + " and m.status = :planned and m.startsAt >= :now order by m.startsAt, m.id", UpcomingMeeting.class)
                    .setParameter("c", contract).setParameter("planned", MeetingStatus.PLANNED).setParameter("now", Instant.now())
                    .setMaxResults(NEXT_MEETINGS).getResultList());
        }
    }

    @ApplicationScoped
    public static class DecisionsSection implements DashboardSection {

        @Inject
        EntityManager em;

        @Override
        public String name() {
            return "decisions";
        }

        /** Two statements, always: the counts, then the most overdue. */
        @Override
        public Decisions compute(Contract contract, LocalDate today) {
            Object[] counts = em.createQuery("select count(d), coalesce(sum(case when d.dueDate < :today then 1 else 0 end), 0)"
                    + " from Decision d join d.meeting m join m.committee c where c.contract = :c and d.status = :open", Object[].class)
                    .setParameter("c", contract).setParameter("open", DecisionStatus.OPEN).setParameter("today", today)
                    .getSingleResult();
            long open = ((Number) counts[0]).longValue();
            long overdue = ((Number) counts[1]).longValue();
            List<OpenDecision> most = em.createQuery("select new org.cls.governance.GovernanceDashboardSections$OpenDecision(d.id,"
                    + " m.id, d.text, d.dueDate, a.id) from Decision d join d.meeting m join m.committee c left join d.action a"
                    + " where c.contract = :c and d.status = :open and d.dueDate < :today order by d.dueDate, d.id",
                    OpenDecision.class).setParameter("c", contract).setParameter("open", DecisionStatus.OPEN)
                    .setParameter("today", today).setMaxResults(1).getResultList();
            return new Decisions(open, overdue, most.isEmpty() ? null : most.get(0));
        }
    }
}
