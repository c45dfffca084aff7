package org.cls.contract;

import java.util.List;
import java.util.Map;

import org.cls.security.CurrentUser;

/**
 * What contracts a caller may read.
 * <ul>
 * <li>coordinator: the contracts whose coordinators include their email;</li>
 * <li>ars: the contracts of their régions; when the token also names départements (a délégation
 * départementale), only those sharing one of them;</li>
 * <li>pilot: the contracts in which they pilot at least one action (the action's referent contact has their email).</li>
 * </ul>
 * A caller with several roles reads the union. A service account (the ARS reporting tools) reads as ARS only:
 * it never coordinates nor pilots, whatever its email or roles.
 */
public record ContractScope(String coordinatorEmail, List<String> arsRegions, List<String> arsDepartements, String pilotEmail) {

    public static ContractScope of(CurrentUser user) {
        boolean machine = user.isServiceAccount();
        String email = user.hasRole(CurrentUser.COORDINATOR) && !machine ? user.email() : null;
        boolean ars = user.hasRole(CurrentUser.ARS);
        String pilot = user.hasRole(CurrentUser.PILOT) && !machine ? user.email() : null;
        return new ContractScope(email, ars ? user.regionCodes() : List.of(), ars ? user.departementCodes() : List.of(), pilot);
    }

    /** The coordinator and ARS part of the rule; the pilot part needs a query (see {@link ContractAccess}). */
    public boolean canRead(Contract c) {
        return isCoordinatorOf(c) || arsCovers(c);
    }

    public boolean isCoordinatorOf(Contract c) {
        return coordinatorEmail != null && c.coordinators.contains(coordinatorEmail);
    }

    private boolean arsCovers(Contract c) {
        return arsRegions.contains(c.territory.regionCode)
                && (arsDepartements.isEmpty() || c.territory.departementCodes.stream().anyMatch(arsDepartements::contains));
    }

    /** The whole rule (pilots included) as a JPQL condition on alias {@code c}. */
    public String jpql(String c, Map<String, Object> params) {
        StringBuilder or = new StringBuilder("(1 = 0");
        if (coordinatorEmail != null) {
            or.append(" or :scopeEmail member of ").append(c).append(".coordinators");
            params.put("scopeEmail", coordinatorEmail);
        }
        if (!arsRegions.isEmpty()) {
            or.append(" or (").append(c).append(".territory.regionCode in :scopeRegions");
            params.put("scopeRegions", arsRegions);
            if (!arsDepartements.isEmpty()) {
                or.append(" and exists (select 1 from Contract s join s.territory.departementCodes d where s = ")
                        .append(c).append(" and d in :scopeDepartements)");
                params.put("scopeDepartements", arsDepartements);
            }
            or.append(')');
        }
        if (pilotEmail != null) {
            or.append(" or exists (select 1 from Action pa where pa.objective.axis.contract = ").append(c)
                    .append(" and pa.pilotContact.email = :scopePilotEmail)");
            params.put("scopePilotEmail", pilotEmail);
        }
        return or.append(')').toString();
    }
}
