package org.cls.indicator;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.cls.common.ApiException;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/me")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyIndicatorsResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("indicators-due")
    @Operation(operationId = "listMyIndicatorsDue", summary = "The indicators the caller has to feed as a pilot, most overdue first",
            description = "Indicators of the actions whose pilot contact has the caller's email (pilot role), whose next value is due "
                    + "(nextDueDate on or before today, Europe/Paris, plus `withinDays`), with their latest value. Empty for other roles.")
    @APIResponse(responseCode = "200", description = "A page of due indicators, the oldest due date first.")
    public PageDto<IndicatorDueDto> due(
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "Also the indicators due within this many days (0 to 366).") @QueryParam("withinDays") @DefaultValue("0")
            int withinDays) {
        PageRequest.of(page, size, null, "id", java.util.Map.of("id", "id"));
        if (withinDays < 0 || withinDays > 366) {
            throw ApiException.badParameter("withinDays", "must be between 0 and 366");
        }
        return service.due(page, size, withinDays);
    }
}
