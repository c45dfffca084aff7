package org.cls.indicator;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ETags;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/objectives")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ObjectiveIndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("{id}/indicators")
    @Operation(operationId = "listObjectiveIndicators", summary = "List the indicators of an objective (contract-level indicators)", description = IndicatorProgress.RULES)
    @APIResponse(responseCode = "200", description = "The indicators, in creation order.")
    public List<IndicatorDto> list(@PathParam("id") UUID id) {
        return service.listOfObjective(id);
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createObjectiveIndicator", summary = "Create an indicator of an objective (coordinators of the contract)")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> create(@PathParam("id") UUID id, @NotNull @Valid IndicatorInput input, UriInfo uri) {
        return created(service.createForObjective(id, input), uri);
    }

    static RestResponse<IndicatorDto> created(IndicatorDto dto, UriInfo uri) {
        return ETags.created(uri, "api/v1/indicators", dto.id(), dto.version(), dto);
    }
}
