package org.cls.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cls.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public record Filter(String q, ContractStatus status, ContractKind kind, String regionCode, String departementCode) {
    }

    /** The contracts within a read scope that match the filter, one page of them. */
    public PanacheQuery<Contract> findReadable(ContractScope scope, Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(scope.jpql("c", params));
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(c.name) like :q or lower(c.territory.name) like :q)");
            params.put("q", "%" + filter.q().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("c.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            where.add("c.territory.regionCode = :regionCode");
            params.put("regionCode", filter.regionCode());
        }
        if (filter.departementCode() != null && !filter.departementCode().isBlank()) {
            where.add(":departementCode member of c.territory.departementCodes");
            params.put("departementCode", filter.departementCode());
        }
        return find("from Contract c where " + String.join(" and ", where), page.sort(), params)
                .page(Page.of(page.page(), page.size()));
    }
}
