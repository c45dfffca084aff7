package org.cls.contract;

import java.util.List;
import java.util.Map;

import org.cls.security.CurrentUser;

/**
 * What contracts a caller may read, as a JPQL condition.
 * <ul>
 * <li>coordinator: the contracts where they hold a coordinator seat: a seat their account ({@code sub}) claimed, or a
 * pending invitation to their verified email (claimed at their next login, see {@link org.cls.security.AccountLinks});</li>
 * <li>ars: the contracts of their régions; when the token also names départements (a délégation départementale), only
 * those sharing one of them;</li>
 * <li>pilot: the contracts in which they pilot at least one action: the action's referent contact is linked to their
 * account, or is a pending invitation to their verified email.</li>
 * </ul>
 * An unverified or changed email never gains a right. A caller with several roles reads the union. A service account (the
 * ARS reporting tools) reads as ARS only: it never coordinates nor pilots, whatever its email or roles.
 */
public record ContractScope(String subject, String verifiedEmail, boolean coordinator, List<String> arsRegions,
        List<String> arsDepartements, boolean pilot) {

    public static ContractScope of(CurrentUser user) {
        if (user.isAnonymous()) {
            return new ContractScope(null, null, false, List.of(), List.of(), false);
        }
        boolean machine = user.isServiceAccount();
        boolean ars = user.hasRole(CurrentUser.ARS);
        return new ContractScope(user.subject(), user.verifiedEmail(), user.hasRole(CurrentUser.COORDINATOR) && !machine,
                ars ? user.regionCodes() : List.of(), ars ? user.departementCodes() : List.of(), user.hasRole(CurrentUser.PILOT) && !machine);
    }

    /** The ARS part of the scope alone (the pull and the overview are the ARS's view, whatever else the caller is). */
    public ContractScope arsOnly() {
        return new ContractScope(subject, null, false, arsRegions, arsDepartements, false);
    }

    /** The ARS part of the rule: the contract lies in the caller's ARS territory. */
    public boolean arsCovers(Contract c) {
        return arsRegions.contains(c.territory.regionCode)
                && (arsDepartements.isEmpty() || c.territory.departementCodes.stream().anyMatch(arsDepartements::contains));
    }

    /** A seat (alias {@code s}, a {@link CoordinatorSeat}) held by the caller. */
    public String seatHeld(String s, Map<String, Object> params) {
        return heldByCaller(s + ".subject", s + ".email", params);
    }

    /** A contact (alias {@code k}) that is the caller: linked to their account, or a pending invitation to their verified email. */
    public String isCaller(String k, Map<String, Object> params) {
        return heldByCaller(k + ".accountSubject", k + ".email", params);
    }

    /** Claimed by the caller's account, or still an invitation to the caller's verified email. */
    private String heldByCaller(String subject, String email, Map<String, Object> params) {
        params.put("scopeSub", this.subject);
        if (verifiedEmail == null) {
            return subject + " = :scopeSub";
        }
        params.put("scopeEmail", verifiedEmail);
        return "(" + subject + " = :scopeSub or (" + subject + " is null and " + email + " = :scopeEmail))";
    }

    /** The coordinator part of the rule as a JPQL condition on contract alias {@code c}. */
    public String coordinates(String c, Map<String, Object> params) {
        if (!coordinator) {
            return "1 = 0";
        }
        return "exists (select 1 from CoordinatorSeat cs where cs.contractId = " + c + ".id and " + seatHeld("cs", params) + ")";
    }

    /** The ARS part of the rule as a JPQL condition on contract alias {@code c}. */
    public String arsReads(String c, Map<String, Object> params) {
        if (arsRegions.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder or = new StringBuilder("(").append(c).append(".territory.regionCode in :scopeRegions");
        params.put("scopeRegions", arsRegions);
        if (!arsDepartements.isEmpty()) {
            or.append(" and exists (select 1 from Contract s join s.territory.departementCodes d where s = ")
                    .append(c).append(" and d in :scopeDepartements)");
            params.put("scopeDepartements", arsDepartements);
        }
        return or.append(')').toString();
    }

    /** The pilot part of the rule as a JPQL condition on contract alias {@code c}. */
    public String pilots(String c, Map<String, Object> params) {
        if (!pilot) {
            return "1 = 0";
        }
        return "exists (select 1 from Action pa join pa.pilotContact pk where pa.objective.axis.contract = " + c + " and "
                + isCaller("pk", params) + ")";
    }

    /** The whole rule (pilots included) as a JPQL condition on alias {@code c}. */
    public String jpql(String c, Map<String, Object> params) {
        return "(" + coordinates(c, params) + " or " + arsReads(c, params) + " or " + pilots(c, params) + ")";
    }
}
