package org.cls.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.cls.common.ApiException;
import org.cls.security.Policy;
import org.cls.common.ETags;
import org.cls.common.MergePatch;
import org.cls.common.Messages;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.common.ProblemMappers;
import org.cls.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
@Transactional
public class ContractService {

    public static final Map<String, String> SORTS = Map.of(
            "name", "c.name",
            "kind", "c.kind",
            "generation", "c.generation",
            "status", "c.status",
            "startDate", "c.startDate",
            "endDate", "c.endDate",
            "createdAt", "c.createdAt",
            "updatedAt", "c.updatedAt");

    @Inject
    ContractRepository repository;

    @Inject
    ContractMapper mapper;

    @Inject
    Policy policy;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    Messages messages;

    @Transactional(TxType.SUPPORTS)
    public PageDto<ContractDto> list(ContractRepository.Filter filter, PageRequest page) {
        PanacheQuery<Contract> query = repository.findReadable(ContractScope.of(user), filter, page);
        return new PageDto<>(dtos(query.list()), page.page(), page.size(), query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public ContractDto get(UUID id) {
        return dto(readable(id));
    }

    public ContractDto create(ContractInput input) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        mapper.update(input, contract);
        setPredecessor(contract, input.predecessorId());
        String creator = requireVerifiedEmail();
        contract.coordinators.addAll(coordinators(input.coordinators(), Set.of()));
        contract.coordinators.add(creator);
        Instant now = Instant.now();
        contract.createdAt = now;
        contract.createdBy = user.username();
        touch(contract, now);
        repository.persist(contract);
        repository.flush();
        // the creator's seat is theirs from the start; the others are invitations until claimed
        repository.getEntityManager().createNativeQuery("update contract_coordinator set subject = ?1, linked_at = ?2"
                + " where contract_id = ?3 and email = ?4 and subject is null").setParameter(1, user.subject()).setParameter(2, now)
                .setParameter(3, contract.id).setParameter(4, creator).executeUpdate();
        return dto(contract);
    }

    public ContractDto replace(UUID id, String ifMatch, ContractInput input) {
        Contract contract = writable(id);
        ETags.require(ifMatch, contract.version);
        apply(contract, input);
        return dto(contract);
    }

    public ContractDto patch(UUID id, String ifMatch, JsonNode patch) {
        Contract contract = writable(id);
        ETags.require(ifMatch, contract.version);
        if (patch == null || !patch.isObject()) {
            throw ApiException.badParameter("body", "a JSON object is expected");
        }
        JsonNode merged = MergePatch.apply(json.valueToTree(mapper.toInput(contract)), patch);
        ContractInput input;
        try {
            input = json.treeToValue(merged, ContractInput.class);
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            throw ApiException.badParameter(field.isEmpty() ? "body" : field, "invalid value or type");
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "invalid value or type");
        }
        Set<ConstraintViolation<ContractInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        apply(contract, input);
        return dto(contract);
    }

    public void delete(UUID id, String ifMatch, boolean cascade) {
        Contract contract = writable(id);
        ETags.require(ifMatch, contract.version);
        if (!cascade) {
            List<Object[]> axes = repository.getEntityManager()
                    .createQuery("select ax.position, ax.title from Axis ax where ax.contract = :c order by ax.position", Object[].class)
                    .setParameter("c", contract).getResultList();
            if (!axes.isEmpty()) {
                throw ApiException.conflict("The contract has a plan of " + axes.size() + " axis/axes: "
                        + String.join(", ", axes.stream().map(a -> a[0] + " " + a[1]).toList())
                        + ". Delete them first, or ask for the cascade with ?cascade=true.");
            }
        }
        // The plan (axes, objectives, actions and their details) goes with it, by the database's cascades
        repository.delete(contract);
    }

    private void apply(Contract contract, ContractInput input) {
        mapper.update(input, contract);
        setPredecessor(contract, input.predecessorId());
        if (input.coordinators() != null) {
            Set<String> next = coordinators(input.coordinators(), contract.coordinators);
            if (next.isEmpty()) {
                throw ApiException.badParameter("coordinators", "a contract keeps at least one coordinator");
            }
            contract.coordinators.retainAll(next);
            contract.coordinators.addAll(next);
        }
        touch(contract, Instant.now());
        // Flush now so a concurrent change surfaces as 412 from this call, not after the response is built
        repository.flush();
    }

    /** Sets the contract it follows: one the caller may read, not itself, not one that follows it (no cycle). */
    private void setPredecessor(Contract contract, UUID predecessorId) {
        if (predecessorId == null) {
            contract.predecessor = null;
            return;
        }
        if (contract.predecessor != null && contract.predecessor.id.equals(predecessorId)) {
            return; // unchanged, even if the caller no longer reads it
        }
        if (predecessorId.equals(contract.id)) {
            throw ApiException.badParameter("predecessorId", messages.get("org.cls.contract.predecessorIsItself"));
        }
        Contract predecessor = repository.findById(predecessorId);
        if (predecessor == null || !policy.canRead(predecessor)) {
            throw ApiException.badParameter("predecessorId", messages.get("org.cls.contract.unknownPredecessor"));
        }
        Set<UUID> seen = new HashSet<>();
        for (Contract c = predecessor; c != null && seen.add(c.id); c = c.predecessor) {
            if (c.id.equals(contract.id)) {
                throw ApiException.badParameter("predecessorId", messages.get("org.cls.contract.predecessorCycle"));
            }
        }
        contract.predecessor = predecessor;
    }

    private ContractDto dto(Contract contract) {
        return dtos(List.of(contract)).get(0);
    }

    /** The DTOs with the predecessor and successors the caller may read (one query for the successors of the page). */
    private List<ContractDto> dtos(List<Contract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String scope = policy.scope().jpql("c", params);
        params.put("ids", contracts.stream().map(c -> c.id).toList());
        var query = repository.getEntityManager().createQuery("select c from Contract c where c.predecessor.id in :ids and "
                + scope + " order by c.generation, c.name", Contract.class);
        params.forEach(query::setParameter);
        Map<UUID, List<ContractDto.ContractRef>> successors = new HashMap<>();
        for (Contract s : query.getResultList()) {
            successors.computeIfAbsent(s.predecessor.id, k -> new ArrayList<>()).add(ContractDto.ContractRef.of(s));
        }
        Map<UUID, List<ContractDto.CoordinatorSeatDto>> seats = new HashMap<>();
        repository.getEntityManager().createQuery("from CoordinatorSeat s where s.contractId in :ids order by s.email", CoordinatorSeat.class)
                .setParameter("ids", params.get("ids")).getResultList()
                .forEach(s -> seats.computeIfAbsent(s.contractId, k -> new ArrayList<>())
                        .add(new ContractDto.CoordinatorSeatDto(s.email, s.subject != null, s.linkedAt)));
        return contracts.stream().map(c -> mapper.toDto(c).with(
                c.predecessor != null && policy.canRead(c.predecessor) ? ContractDto.ContractRef.of(c.predecessor) : null,
                successors.getOrDefault(c.id, List.of()), seats.getOrDefault(c.id, List.of()), policy.permissions(c))).toList();
    }

    private void touch(Contract contract, Instant now) {
        contract.updatedAt = now;
        contract.updatedBy = user.username();
    }

    private static Set<String> coordinators(List<String> emails, Set<String> fallback) {
        if (emails == null) {
            return fallback;
        }
        Set<String> out = new LinkedHashSet<>();
        emails.forEach(e -> out.add(e.trim().toLowerCase(Locale.ROOT)));
        return out;
    }

    private String requireVerifiedEmail() {
        String email = user.verifiedEmail();
        if (email == null) {
            throw ApiException.forbidden("Your account has no verified email: it cannot coordinate a contract.");
        }
        return email;
    }

    private Contract readable(UUID id) {
        return policy.readable(Contract.class, id);
    }

    private Contract writable(UUID id) {
        return policy.writable(Contract.class, id);
    }
}
