package org.cls.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cls.action.Action;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.PageDto;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Parameters;

/** Decisions taken in meetings and their follow-up. Readers of the contract read them; its coordinators write them. */
@ApplicationScoped
@Transactional
public class DecisionService {

    @Inject
    Policy policy;

    @Inject
    Governance governance;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public PageDto<DecisionDto> listOfMeeting(UUID meetingId, int page, int size) {
        Meeting meeting = governance.readableMeeting(meetingId);
        return Governance.page(Decision.<Decision>find("meeting = ?1 order by createdAt, id", meeting), page, size, Governance::toDto);
    }

    /** The follow-up list of a contract: by due date (none last), then meeting date. */
    @Transactional(TxType.SUPPORTS)
    public PageDto<DecisionDto> listOfContract(UUID contractId, DecisionStatus status, int page, int size) {
        Contract contract = policy.readable(Contract.class, contractId);
        Parameters params = Parameters.with("c", contract);
        String q = "meeting.committee.contract = :c";
        if (status != null) {
            q += " and status = :s";
            params.and("s", status);
        }
        return Governance.page(Decision.<Decision>find(q + " order by dueDate nulls last, meeting.startsAt, id", params),
                page, size, Governance::toDto);
    }

    @Transactional(TxType.SUPPORTS)
    public List<DecisionDto> ofAction(UUID actionId) {
        Action action = governance.readableAction(actionId);
        return Decision.<Decision>find("action = ?1 order by meeting.startsAt desc, id", action).list().stream()
                .map(Governance::toDto).toList();
    }

    public DecisionDto create(UUID meetingId, DecisionInput input) {
        Meeting meeting = governance.writableMeeting(meetingId);
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.meeting = meeting;
        Instant now = Instant.now();
        decision.createdAt = now;
        decision.createdBy = user.username();
        apply(decision, input, now);
        decision.persist();
        em.flush();
        return Governance.toDto(decision);
    }

    @Transactional(TxType.SUPPORTS)
    public DecisionDto get(UUID id) {
        return Governance.toDto(governance.readableDecision(id));
    }

    public DecisionDto replace(UUID id, String ifMatch, DecisionInput input) {
        Decision decision = governance.writableDecision(id);
        ETags.require(ifMatch, decision.version);
        apply(decision, input, Instant.now());
        em.flush();
        return Governance.toDto(decision);
    }

    public DecisionDto patch(UUID id, String ifMatch, JsonNode patch) {
        Decision decision = governance.writableDecision(id);
        ETags.require(ifMatch, decision.version);
        apply(decision, patching.apply(toInput(decision), patch, DecisionInput.class), Instant.now());
        em.flush();
        return Governance.toDto(decision);
    }

    public void delete(UUID id, String ifMatch) {
        Decision decision = governance.writableDecision(id);
        ETags.require(ifMatch, decision.version);
        decision.delete();
        em.flush();
    }

    static DecisionInput toInput(Decision d) {
        return new DecisionInput(d.text, d.owner == null ? null : d.owner.id, d.dueDate, d.action == null ? null : d.action.id,
                d.status);
    }

    private void apply(Decision decision, DecisionInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        var owner = governance.contact(input.ownerContactId(), "ownerContactId", errors);
        Action action = Governance.action(input.actionId(), decision.meeting.committee.contract, "actionId", errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        decision.text = input.text().trim();
        decision.owner = owner;
        decision.dueDate = input.dueDate();
        decision.action = action;
        decision.status = input.status() == null ? DecisionStatus.OPEN : input.status();
        decision.updatedAt = now;
        decision.updatedBy = user.username();
    }
}
