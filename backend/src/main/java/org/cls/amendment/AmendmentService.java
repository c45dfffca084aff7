package org.cls.amendment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.action.ActionService;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.FieldError;
import org.cls.common.Messages;
import org.cls.common.Patching;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Amendments (avenants) of a contract. Readers of the contract read them; its coordinators write them.
 * <ul>
 * <li>Numbers are 1..n in creation order, and signing dates never go backwards along them: number order is signing order.</li>
 * <li>An amendment with a {@code newEndDate} sets the contract's end date in the same transaction (the contract's
 * version increases); the end date it replaced is kept in {@code previousEndDate}.</li>
 * <li>Only the latest amendment may be deleted or have its {@code newEndDate} changed: deleting it restores the end date
 * it replaced; removing its {@code newEndDate} does the same.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class AmendmentService {

    @Inject
    Policy policy;

    @Inject
    AmendmentMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    Patching patching;

    @Inject
    Messages messages;

    @Inject
    EntityManager em;

    public List<AmendmentDto> list(UUID contractId) {
        return amendmentsOf(policy.readable(Contract.class, contractId)).stream().map(mapper::toDto).toList();
    }

    public AmendmentDto create(UUID contractId, AmendmentInput input) {
        Contract contract = policy.writable(Contract.class, contractId);
        List<Amendment> existing = amendmentsOf(contract);
        Amendment previous = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        check(contract, input, previous, null);
        Amendment amendment = new Amendment();
        amendment.id = UUID.randomUUID();
        amendment.contract = contract;
        amendment.number = previous == null ? 1 : previous.number + 1;
        amendment.signedOn = input.signedOn();
        amendment.summary = input.summary().trim();
        amendment.previousEndDate = contract.endDate;
        Instant now = Instant.now();
        amendment.createdAt = now;
        amendment.createdBy = user.username();
        touch(amendment, now);
        if (input.newEndDate() != null) {
            amendment.newEndDate = input.newEndDate();
            setEndDate(contract, input.newEndDate(), now);
        }
        amendment.persist();
        em.flush();
        return mapper.toDto(amendment);
    }

    public AmendmentDto get(UUID id) {
        return mapper.toDto(readable(id));
    }

    public AmendmentDto replace(UUID id, String ifMatch, AmendmentInput input) {
        Amendment amendment = writable(id);
        ETags.require(ifMatch, amendment.version);
        apply(amendment, input);
        return mapper.toDto(amendment);
    }

    public AmendmentDto patch(UUID id, String ifMatch, JsonNode patch) {
        Amendment amendment = writable(id);
        ETags.require(ifMatch, amendment.version);
        apply(amendment, patching.apply(mapper.toInput(amendment), patch, AmendmentInput.class));
        return mapper.toDto(amendment);
    }

    public void delete(UUID id, String ifMatch) {
        Amendment amendment = writable(id);
        ETags.require(ifMatch, amendment.version);
        Contract contract = amendment.contract;
        List<Amendment> later = later(amendment);
        if (!later.isEmpty()) {
            throw ApiException.conflict("Amendment " + amendment.number + " is followed by amendment(s) "
                    + later.stream().map(a -> Integer.toString(a.number)).collect(Collectors.joining(", "))
                    + ": only the latest amendment may be deleted.");
        }
        if (amendment.newEndDate != null) {
            setEndDate(contract, amendment.previousEndDate, Instant.now());
        }
        amendment.delete();
        em.flush();
    }

    private void apply(Amendment amendment, AmendmentInput input) {
        Contract contract = amendment.contract;
        List<Amendment> all = amendmentsOf(contract);
        int index = all.indexOf(amendment);
        Amendment previous = index > 0 ? all.get(index - 1) : null;
        Amendment next = index < all.size() - 1 ? all.get(index + 1) : null;
        check(contract, input, previous, next);
        Instant now = Instant.now();
        if (!Objects.equals(input.newEndDate(), amendment.newEndDate)) {
            if (next != null) {
                throw ApiException.conflict("Amendment " + amendment.number + " is followed by amendment " + next.number
                        + ": only the latest amendment may change the contract's end date.");
            }
            if (amendment.newEndDate == null) {
                // It starts changing the end date now: remember the one it replaces
                amendment.previousEndDate = contract.endDate;
            }
            setEndDate(contract, input.newEndDate() != null ? input.newEndDate() : amendment.previousEndDate, now);
            amendment.newEndDate = input.newEndDate();
        }
        amendment.signedOn = input.signedOn();
        amendment.summary = input.summary().trim();
        touch(amendment, now);
        // Flush now so a concurrent change surfaces as 412 from this call
        em.flush();
    }

    /** The rules bean validation cannot see: they depend on the contract and the neighbouring amendments. */
    private void check(Contract contract, AmendmentInput input, Amendment previous, Amendment next) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate signedOn = input.signedOn();
        if (signedOn.isAfter(LocalDate.now(ActionService.PARIS))) {
            errors.add(new FieldError("signedOn", messages.get("org.cls.amendment.signedInFuture")));
        } else if (contract.startDate != null && signedOn.isBefore(contract.startDate)) {
            errors.add(new FieldError("signedOn", messages.get("org.cls.amendment.signedBeforeStart")));
        } else if (previous != null && signedOn.isBefore(previous.signedOn)) {
            errors.add(new FieldError("signedOn", messages.get("org.cls.amendment.signedBeforePrevious")));
        } else if (next != null && signedOn.isAfter(next.signedOn)) {
            errors.add(new FieldError("signedOn", messages.get("org.cls.amendment.signedAfterNext")));
        }
        if (input.newEndDate() != null && contract.startDate != null && !input.newEndDate().isAfter(contract.startDate)) {
            errors.add(new FieldError("newEndDate", messages.get("org.cls.amendment.endBeforeStart")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private void setEndDate(Contract contract, LocalDate endDate, Instant now) {
        contract.endDate = endDate;
        contract.updatedAt = now;
        contract.updatedBy = user.username();
    }

    private void touch(Amendment amendment, Instant now) {
        amendment.updatedAt = now;
        amendment.updatedBy = user.username();
    }

    private List<Amendment> later(Amendment amendment) {
        return Amendment.<Amendment>find("contract = ?1 and number > ?2 order by number", amendment.contract, amendment.number).list();
    }

    private static List<Amendment> amendmentsOf(Contract contract) {
        return new ArrayList<>(Amendment.<Amendment>find("contract = ?1 order by number", contract).list());
    }

    private Amendment readable(UUID id) {
        return policy.readable(Amendment.class, id);
    }

    private Amendment writable(UUID id) {
        return policy.writable(Amendment.class, id);
    }
}
