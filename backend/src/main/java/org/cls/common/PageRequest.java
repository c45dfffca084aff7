package org.cls.common;

import java.util.Map;

import io.quarkus.panache.common.Sort;

/** Paging and sorting parameters of a list, checked against the fields a resource allows. */
public record PageRequest(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SIZE = "50";

    /**
     * @param sortParam   {@code field} or {@code -field}
     * @param sortColumns API field name → JPQL path
     */
    public static PageRequest of(int page, int size, String sortParam, String defaultSort, Map<String, String> sortColumns) {
        if (page < 0) {
            throw ApiException.badParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badParameter("size", "must be between 1 and " + MAX_SIZE);
        }
        String s = sortParam == null || sortParam.isBlank() ? defaultSort : sortParam.trim();
        boolean descending = s.startsWith("-");
        String field = descending ? s.substring(1) : s;
        String column = sortColumns.get(field);
        if (column == null) {
            throw ApiException.badParameter("sort", "unknown sort field '" + field + "'; allowed: "
                    + String.join(", ", sortColumns.keySet().stream().sorted().toList()));
        }
        Sort sort = descending ? Sort.descending(column) : Sort.ascending(column);
        // A stable order across pages
        sort = sort.and("id");
        return new PageRequest(page, size, sort);
    }
}
