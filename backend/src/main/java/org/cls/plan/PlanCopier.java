package org.cls.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cls.action.Action;
import org.cls.action.ActionPartner;
import org.cls.action.ActionStatus;
import org.cls.action.Step;
import org.cls.contract.Contract;

/**
 * Copies one node of a plan into another contract. What an action keeps: its code if one was set, title, rationale,
 * goals, description, target public, themes, territory, priority, links to other schemes, pilot, partners, and its
 * steps' titles. What starts afresh: status NOT_STARTED, progress 0, no dates, steps not done and without due date,
 * no fundings, no evaluation notes, no follow-up notes.
 */
@ApplicationScoped
public class PlanCopier {

    public Axis copyAxis(Axis source, Contract target, String by, Instant now) {
        Axis axis = new Axis();
        axis.id = UUID.randomUUID();
        axis.contract = target;
        axis.position(source.position());
        axis.describe(source.title, source.description);
        axis.created(by, now);
        axis.persist();
        return axis;
    }

    public Objective copyObjective(Objective source, Axis target, String by, Instant now) {
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.axis = target;
        objective.position(source.position());
        objective.describe(source.title, source.description);
        objective.created(by, now);
        objective.persist();
        return objective;
    }

    public Action copyAction(Action source, Objective target, String by, Instant now) {
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.objective = target;
        action.seq = source.seq;
        action.code = source.code;
        action.title = source.title;
        action.rationale = source.rationale;
        action.goals = source.goals;
        action.description = source.description;
        action.targetPublic = source.targetPublic;
        action.themes.addAll(source.themes);
        action.communeCodes.addAll(source.communeCodes);
        action.priorityNeighbourhoods.addAll(source.priorityNeighbourhoods);
        action.status = ActionStatus.NOT_STARTED;
        action.progress = 0;
        action.priority = source.priority;
        action.linkContratDeVille = source.linkContratDeVille;
        action.linkClsm = source.linkClsm;
        action.linkPtsm = source.linkPtsm;
        action.linkCpts = source.linkCpts;
        action.linkCtg = source.linkCtg;
        action.linkPrs = source.linkPrs;
        action.pilotPartner = source.pilotPartner;
        action.pilotContact = source.pilotContact;
        for (ActionPartner p : source.partners) {
            ActionPartner line = new ActionPartner();
            line.partnerId = p.partnerId;
            line.role = p.role;
            action.partners.add(line);
        }
        for (Step s : source.steps) {
            Step step = new Step();
            step.title = s.title;
            step.done = false;
            action.steps.add(step);
        }
        action.createdAt = now;
        action.createdBy = by;
        action.updatedAt = now;
        action.updatedBy = by;
        action.persist();
        return action;
    }
}
