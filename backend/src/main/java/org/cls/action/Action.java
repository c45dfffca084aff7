package org.cls.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hibernate.envers.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cls.partner.Contact;
import org.cls.partner.Partner;
import org.cls.plan.Objective;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A fiche action of an objective. */
@Entity
@Audited
@Table(name = "action")
public class Action extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id", nullable = false)
    public Objective objective;

    /** Its number within the objective, given at creation (or on a move to another objective). */
    @Column(nullable = false)
    public int seq;

    /** A code set by the coordinator; null means derived from the tree. */
    public String code;

    @Column(nullable = false)
    public String title;

    public String rationale;

    public String goals;

    public String description;

    @Column(name = "target_public")
    public String targetPublic;

    @ElementCollection
    @CollectionTable(name = "action_theme", joinColumns = @JoinColumn(name = "action_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false)
    public Set<ActionTheme> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "action_commune", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    public List<String> communeCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_neighbourhood", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    public List<String> priorityNeighbourhoods = new ArrayList<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(nullable = false)
    public int progress;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "link_contrat_ville")
    public String linkContratDeVille;

    @Column(name = "link_clsm")
    public String linkClsm;

    @Column(name = "link_ptsm")
    public String linkPtsm;

    @Column(name = "link_cpts")
    public String linkCpts;

    @Column(name = "link_ctg")
    public String linkCtg;

    @Column(name = "link_prs")
    public String linkPrs;

    @Column(name = "evaluation_notes")
    public String evaluationNotes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_partner_id")
    public Partner pilotPartner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_contact_id")
    public Contact pilotContact;

    @ElementCollection
    @CollectionTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<ActionPartner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_funding", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<Funding> fundings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_step", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<Step> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The code shown: the one set, or "axis.objective.n". */
    public String displayCode() {
        return code != null ? code : derivedCode(objective.axis.position, objective.position, seq);
    }

    public static String derivedCode(int axis, int objective, int seq) {
        return axis + "." + objective + "." + seq;
    }

    public boolean isLate(LocalDate today) {
        return endDate != null && endDate.isBefore(today) && status != ActionStatus.DONE;
    }
}
