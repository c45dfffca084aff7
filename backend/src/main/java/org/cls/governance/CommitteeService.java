package org.cls.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.PageDto;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.partner.Contact;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

/** Committees of a contract. Readers of the contract read them; its coordinators write them. */
@ApplicationScoped
@Transactional
public class CommitteeService {

    @Inject
    Policy policy;

    @Inject
    Governance governance;

    @Inject
    MeetingService meetingService;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public PageDto<CommitteeDto> list(UUID contractId, int page, int size) {
        Contract contract = policy.readable(Contract.class, contractId);
        return Governance.page(Committee.<Committee>find("contract = ?1 order by name, id", contract), page, size,
                governance::toDto);
    }

    public CommitteeDto create(UUID contractId, CommitteeInput input) {
        Contract contract = policy.writable(Contract.class, contractId);
        Committee committee = new Committee();
        committee.id = UUID.randomUUID();
        committee.contract = contract;
        Instant now = Instant.now();
        committee.createdAt = now;
        committee.createdBy = user.username();
        apply(committee, input, now);
        committee.persist();
        em.flush();
        return governance.toDto(committee);
    }

    @Transactional(TxType.SUPPORTS)
    public CommitteeDto get(UUID id) {
        return governance.toDto(governance.readableCommittee(id));
    }

    public CommitteeDto replace(UUID id, String ifMatch, CommitteeInput input) {
        Committee committee = governance.writableCommittee(id);
        ETags.require(ifMatch, committee.version);
        apply(committee, input, Instant.now());
        em.flush();
        return governance.toDto(committee);
    }

    public CommitteeDto patch(UUID id, String ifMatch, JsonNode patch) {
        Committee committee = governance.writableCommittee(id);
        ETags.require(ifMatch, committee.version);
        apply(committee, patching.apply(toInput(committee), patch, CommitteeInput.class), Instant.now());
        em.flush();
        return governance.toDto(committee);
    }

    public void delete(UUID id, String ifMatch, boolean cascade) {
        Committee committee = governance.writableCommittee(id);
        ETags.require(ifMatch, committee.version);
        long meetings = Meeting.count("committee", committee);
        if (meetings > 0 && !cascade) {
            throw ApiException.conflict("Committee '" + committee.name + "' has " + meetings
                    + " meeting(s). Delete them first, or ask for the cascade with ?cascade=true.");
        }
        Meeting.<Meeting>list("committee", committee).forEach(meetingService::remove);
        committee.delete();
        em.flush();
    }

    static CommitteeInput toInput(Committee c) {
        return new CommitteeInput(c.kind, c.name, c.theme, c.members.stream().map(m -> m.id).toList());
    }

    private void apply(Committee committee, CommitteeInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Set<Contact> members = new LinkedHashSet<>();
        List<UUID> ids = input.memberContactIds() == null ? List.of() : input.memberContactIds();
        for (int i = 0; i < ids.size(); i++) {
            Contact contact = governance.contact(ids.get(i), "memberContactIds[" + i + "]", errors);
            if (contact != null) {
                members.add(contact);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        committee.kind = input.kind();
        committee.name = input.name().trim();
        committee.theme = input.theme() == null || input.theme().isBlank() ? null : input.theme().trim();
        committee.members.retainAll(members);
        committee.members.addAll(members);
        committee.updatedAt = now;
        committee.updatedBy = user.username();
    }
}
