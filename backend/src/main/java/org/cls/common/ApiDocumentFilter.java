package org.cls.common;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The one {@code mp.openapi.filter}: runs each document filter in turn. */
public class ApiDocumentFilter implements OASFilter {

    private final List<OASFilter> filters = List.of(new MergePatchSchemasFilter(), new ProblemResponsesFilter());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        filters.forEach(filter -> filter.filterOpenAPI(openAPI));
    }
}
